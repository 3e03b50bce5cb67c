/**
 * Mermaid's parse errors count lines in the text its parsers see, not in what the author wrote:
 * before parsing it drops the front matter, empties `%%{...}%%` directives and deletes `%%`
 * comment lines (and the blank lines before them). A Gantt chart with two comment lines thus
 * reports its error two lines too early, on a line that may be a comment. This replays those
 * steps (Mermaid 11, src/preprocess.ts), remembering where every character came from, and
 * rewrites "error on line N" to the line of the diagram as written.
 */

// Mermaid 11's own patterns (src/diagram-api/regexes.ts, src/diagram-api/comments.ts).
const FRONT_MATTER = /^([^\S\n\r]*)-{3}\s*[\n\r](.*?)[\n\r]\1-{3}\s*[\n\r]+/s;
const DIRECTIVE = /%{2}{\s*(?:(\w+)\s*:|(\w+))\s*(?:(\w+)|((?:(?!}%{2}).|\r?\n)*))?\s*(?:}%{2})?/gi;
const COMMENT_LINE = /^\s*%%(?!{)[^\n]+\n?/gm;

/** Text with, for every character, its offset in the original (and one more entry for its end). */
interface Tracked {
  text: string;
  origin: number[];
}

/** `tracked` with every match of `pattern` (global) removed. */
function removeAll(tracked: Tracked, pattern: RegExp): Tracked {
  let text = '';
  const origin: number[] = [];
  let at = 0;
  for (const match of tracked.text.matchAll(pattern)) {
    text += tracked.text.slice(at, match.index);
    origin.push(...tracked.origin.slice(at, match.index));
    at = match.index + match[0].length;
  }
  text += tracked.text.slice(at);
  origin.push(...tracked.origin.slice(at));
  return { text, origin };
}

/** The 1-based line of `code` (what Mermaid rendered) that line `line` of the text its parser saw is. */
export function sourceLineOfParsedLine(code: string, line: number): number {
  const lf = code.replace(/\r\n?/g, '\n');
  let tracked: Tracked = { text: lf, origin: Array.from({ length: lf.length + 1 }, (_, i) => i) };
  const frontMatter = FRONT_MATTER.exec(tracked.text);
  if (frontMatter) tracked = { text: tracked.text.slice(frontMatter[0].length), origin: tracked.origin.slice(frontMatter[0].length) };
  tracked = removeAll(tracked, DIRECTIVE);
  tracked = removeAll(tracked, COMMENT_LINE);
  const leading = tracked.text.length - tracked.text.trimStart().length;
  tracked = { text: tracked.text.slice(leading), origin: tracked.origin.slice(leading) };
  // Where line `line` starts in the parsed text (its end, when the parser counted past the end).
  let start = 0;
  for (let n = 1; n < line; n += 1) {
    const next = tracked.text.indexOf('\n', start);
    if (next < 0) break;
    start = next + 1;
  }
  const offset = tracked.origin[start] ?? lf.length;
  return lf.slice(0, offset).split('\n').length;
}

/**
 * `message` with each "error on line N" counted in `rendered` (the text Mermaid was given), as a
 * line of `source` (the diagram as written; `rendered` may have directive lines inserted after
 * its front matter, see render-config.ts).
 */
export function withSourceLines(message: string, rendered: string, source: string): string {
  const inserted = rendered.split('\n').length - source.split('\n').length;
  const frontMatterLines = (FRONT_MATTER.exec(source)?.[0] ?? '').split('\n').length - 1;
  return message.replace(/\b(error on line )(\d+)/g, (_, words: string, n: string) => {
    const renderedLine = sourceLineOfParsedLine(rendered, Number(n));
    const line = renderedLine <= frontMatterLines ? renderedLine : Math.max(frontMatterLines + 1, renderedLine - inserted);
    return `${words}${line}`;
  });
}
