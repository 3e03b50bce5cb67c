/** A line ending Labbook writes: the file's own, so a CRLF file stays CRLF. */
export type LineEnding = '\n' | '\r\n';

/** One line of a text file: its text and the ending that followed it (`''` on a last line without one). */
export interface SourceLine {
  text: string;
  eol: '' | LineEnding;
}

/** The byte order mark some Windows editors put at the start of UTF-8 files. */
export const BOM = '\uFEFF';

/**
 * Split text into lines, keeping each line's ending, so joining `text + eol` gives the input back
 * byte for byte. A lone `\r` is not a line ending here (only classic Mac OS wrote those).
 */
export function splitLines(source: string): SourceLine[] {
  const lines: SourceLine[] = [];
  const pattern = /\r?\n/g;
  let from = 0;
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
    lines.push({ text: source.slice(from, match.index), eol: match[0] as LineEnding });
    from = match.index + match[0].length;
  }
  if (from < source.length) lines.push({ text: source.slice(from), eol: '' });
  return lines;
}

/** The line ending most lines use; LF when the file has none or as many LF as CRLF. */
export function dominantLineEnding(lines: SourceLine[]): LineEnding {
  let crlf = 0;
  let lf = 0;
  for (const { eol } of lines) {
    if (eol === '\r\n') crlf += 1;
    else if (eol === '\n') lf += 1;
  }
  return crlf > lf ? '\r\n' : '\n';
}
