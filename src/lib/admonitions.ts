/**
 * MkDocs admonitions (`!!! note "Title"` + a body indented by four spaces; `???` folded, `???+`
 * foldable and open) rewritten, before parsing, as the callout blockquote every other dialect
 * uses (`> [!note] Title`), so that src/markdown/callouts.ts draws them all alike. To CommonMark
 * the indented body is a code block: only a source-level step can let it be read as Markdown.
 *
 * Only lines that start with `!!!`/`???` at the left margin, outside fenced code, are touched, and
 * every line stays on its line, so the parser's line numbers are still the file's. A body is
 * rewritten recursively, so admonitions nest and fences inside a body stay fences.
 */

export interface AdmonitionProblem {
  /** 1-based line in the given text. */
  line: number;
  message: string;
}

const MARKER = /^(?:!!!|\?\?\?\+?)/;
// `!!! type [more classes] ["title"]`: MkDocs' syntax; extra classes are ignored.
const HEADER = /^(!!!|\?\?\?\+?)[ \t]+([A-Za-z][\w-]*)((?:[ \t]+[A-Za-z][\w-]*)*)(?:[ \t]+"(.*)")?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const BODY = /^(?: {4}|\t)/;

/** `line` without one level of body indentation. */
const dedent = (line: string) => line.replace(BODY, '');

/** Whether `line` closes the fence opened with `run`. */
function closesFence(line: string, run: string): boolean {
  const match = /^ {0,3}(`+|~+)[ \t]*$/.exec(line);
  return Boolean(match?.[1] && match[1][0] === run[0] && match[1].length >= run.length);
}

/** The callout header for an admonition header's parts. */
function calloutHeader(marker: string, type: string, title: string | undefined): string {
  const fold = marker === '???' ? '-' : marker === '???+' ? '+' : '';
  const text = title?.trim();
  return `> [!${type}]${fold}${text ? ` ${text}` : ''}`;
}

/**
 * The text with every admonition at the left margin written as a callout blockquote, and the
 * problems found (a header without a body, a line that starts like a header but is not one), which
 * are left as written. `lines` are without line endings; the result has as many lines.
 */
export function rewriteAdmonitions(lines: readonly string[], firstLine = 1): { lines: string[]; problems: AdmonitionProblem[] } {
  const out: string[] = [];
  const problems: AdmonitionProblem[] = [];
  let fence: string | undefined;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as string;
    if (fence !== undefined) {
      if (closesFence(line, fence)) fence = undefined;
      out.push(line);
      i += 1;
      continue;
    }
    const opening = FENCE.exec(line);
    if (opening?.[1] && !(opening[1][0] === '`' && (opening[2] ?? '').includes('`'))) {
      fence = opening[1];
      out.push(line);
      i += 1;
      continue;
    }
    if (!MARKER.test(line)) {
      out.push(line);
      i += 1;
      continue;
    }
    const header = HEADER.exec(line);
    if (!header) {
      problems.push({ line: firstLine + i, message: `"${line.trim()}" starts like an MkDocs admonition but is not one; write !!! type "Optional title" and indent its body by four spaces` });
      out.push(line);
      i += 1;
      continue;
    }
    // The body: indented lines, and blank lines followed by more of them.
    let end = i + 1;
    let last = i;
    while (end < lines.length) {
      const next = lines[end] as string;
      if (BODY.test(next) && next.trim() !== '') last = end;
      else if (next.trim() !== '') break;
      end += 1;
    }
    if (last === i) {
      problems.push({ line: firstLine + i, message: `MkDocs admonition "${line.trim()}" has no body (indent its lines by four spaces under it); left as text` });
      out.push(line);
      i += 1;
      continue;
    }
    const [, marker = '!!!', type = 'note', , title] = header;
    const body = rewriteAdmonitions(lines.slice(i + 1, last + 1).map(dedent), firstLine + i + 1);
    problems.push(...body.problems);
    out.push(calloutHeader(marker, type, title), ...body.lines.map((bodyLine) => (bodyLine.trim() === '' ? '>' : `> ${bodyLine}`)));
    i = last + 1;
  }
  return { lines: out, problems };
}

/** Cheap test on the raw text: could it hold an admonition? */
export function mayHaveAdmonitions(text: string): boolean {
  return /^(?:!!!|\?\?\?)/m.test(text);
}
