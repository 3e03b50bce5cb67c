/**
 * When a pair of single dollar signs is math and when it is prose (prices, shell variables).
 * The parser (Sätteri's math, like remark-math) pairs any two `$`; Labbook then keeps a pair as
 * math only under Pandoc's rule, made a little stricter:
 *
 * - the opening `$` has no whitespace after it, the closing `$` none before it;
 * - the closing `$` is not followed by a digit (Pandoc) or a letter (Labbook: `$PATH:$HOME/bin`);
 * - GitHub's explicit `` $`…`$ `` and `$$…$$` are always math.
 *
 * A rejected pair's opening `$` is escaped (`\$`, which Markdown shows as `$`) and the text parsed
 * again, so the search restarts after it, the way Pandoc reads on. The escape adds one character
 * on that line: line numbers do not move.
 */

/** Where an inline math node is in the source: `$` to `$`, delimiters included. */
export interface DollarSpan {
  start: number;
  end: number;
}

const SPACE = /\s/u;
const WORD = /[\p{L}\p{N}]/u;

/** True when the span the parser took for inline math is prose under the rule above. */
export function isProseDollarPair(source: string, span: DollarSpan): boolean {
  const text = source.slice(span.start, span.end);
  if (text.startsWith('$$') || text.startsWith('$`')) return false;
  if (!text.startsWith('$') || !text.endsWith('$') || text.length < 3) return false;
  const inner = text.slice(1, -1);
  const after = source.charAt(span.end);
  return SPACE.test(inner.charAt(0)) || SPACE.test(inner.charAt(inner.length - 1)) || WORD.test(after);
}

/**
 * `source` with the opening `$` of every prose pair escaped. `findInlineMath` parses a text and
 * returns where its inline math is; it is called again after each round of escapes (a document
 * with a few prices takes two or three parses).
 */
export function escapeProseDollars(source: string, findInlineMath: (text: string) => DollarSpan[]): string {
  let text = source;
  // Each round escapes at least one `$`: the loop ends.
  for (;;) {
    const prose = findInlineMath(text).filter((span) => isProseDollarPair(text, span));
    if (prose.length === 0) return text;
    for (const span of [...prose].sort((a, b) => b.start - a.start)) text = `${text.slice(0, span.start)}\\${text.slice(span.start)}`;
  }
}
