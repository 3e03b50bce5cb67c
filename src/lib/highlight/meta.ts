/** An inclusive range of 1-based line numbers. */
export type LineRange = readonly [from: number, to: number];

/** What a code fence's meta string (the info string after the language) asks for. */
export interface CodeMeta {
  /** `title="train.py"`: a caption above the block. */
  title?: string;
  /** `{2,4-6}`: lines to highlight. */
  highlight: LineRange[];
  /** `ins={3}`: lines marked as inserted. */
  ins: LineRange[];
  /** `del={4}`: lines marked as deleted. */
  del: LineRange[];
  /** `showLineNumbers`: number the lines (CSS counters, so the numbers are not copied). */
  lineNumbers: boolean;
  /** Words that are none of the above, as written, so the build can say they were not understood. */
  unknown: string[];
}

// A line range bigger than any code block a person writes; beyond it the range is a typo.
const MAX_LINE = 100_000;
// `key="value"`, `key='value'`, `key={ranges}`, a bare `{ranges}`, or any other word.
const TOKEN = /(\w+)=("[^"]*"|'[^']*'|\{[^}]*\})|\{[^}]*\}|\S+/g;

/** `2,4-6` → `[[2,2],[4,6]]`, or `undefined` when any part is not a line or a range of lines. */
export function parseLineRanges(text: string): LineRange[] | undefined {
  const ranges: LineRange[] = [];
  for (const part of text.split(',')) {
    const match = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(part);
    if (!match) return undefined;
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    if (from < 1 || to < from || to > MAX_LINE) return undefined;
    ranges.push([from, to]);
  }
  return ranges;
}

/** Whether 1-based `line` is in any of `ranges`. */
export const inRanges = (line: number, ranges: readonly LineRange[]): boolean => ranges.some(([from, to]) => line >= from && line <= to);

/**
 * Reads the meta string of a code fence, in the syntax most Markdown tools share (rehype-pretty-code,
 * Expressive Code, Docusaurus): `title="train.py" {2,4-6} ins={3} del={4} showLineNumbers`. Order is
 * free; anything else is kept in `unknown`, never guessed at.
 */
export function parseCodeMeta(meta: string | undefined): CodeMeta {
  const result: CodeMeta = { highlight: [], ins: [], del: [], lineNumbers: false, unknown: [] };
  for (const match of (meta ?? '').matchAll(TOKEN)) {
    const [token, key, value] = match;
    if (key !== undefined && value !== undefined) {
      const inner = value.slice(1, -1);
      if (key === 'title' && !value.startsWith('{')) {
        result.title = inner;
        continue;
      }
      if ((key === 'ins' || key === 'del') && value.startsWith('{')) {
        const ranges = parseLineRanges(inner);
        if (ranges) {
          result[key].push(...ranges);
          continue;
        }
      }
    } else if (token.startsWith('{')) {
      const ranges = parseLineRanges(token.slice(1, -1));
      if (ranges) {
        result.highlight.push(...ranges);
        continue;
      }
    } else if (token === 'showLineNumbers') {
      result.lineNumbers = true;
      continue;
    }
    result.unknown.push(token);
  }
  return result;
}
