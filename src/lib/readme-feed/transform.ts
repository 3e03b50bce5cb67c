import { BOM, dominantLineEnding, splitLines } from './lines.ts';
import { findMarkers, type MarkerProblem } from './markers.ts';
import { renderReadmeSnippet, type ReadmeItem } from './snippet.ts';

/** The README after the update, or why the markers cannot be used (then nothing may be written). */
export type ReadmeUpdate = { ok: true; text: string; changed: boolean } | { ok: false; problem: MarkerProblem };

/** Where the markers are in a README, checked before any TIL is fetched: a bad README fails fast. */
export function checkMarkers(source: string): MarkerProblem | undefined {
  const scan = findMarkers(splitLines(stripBom(source)).map((line) => line.text));
  return scan.ok ? undefined : scan.problem;
}

function stripBom(source: string): string {
  return source.startsWith(BOM) ? source.slice(BOM.length) : source;
}

/**
 * Replace what is between the start and end marker lines with the list of `items`, and nothing
 * else: the markers, every other line, a byte order mark, the line endings and the presence or
 * absence of a final newline stay as they were. The list uses the file's line ending and the start
 * marker's indentation. Pure and idempotent: updating the result with the same items changes nothing.
 */
export function updateReadme(source: string, items: readonly ReadmeItem[]): ReadmeUpdate {
  const bom = source.startsWith(BOM) ? BOM : '';
  const lines = splitLines(source.slice(bom.length));
  const scan = findMarkers(lines.map((line) => line.text));
  if (!scan.ok) return scan;
  const indent = /^[ \t]*/.exec(lines[scan.start]?.text ?? '')?.[0] ?? '';
  const snippet = renderReadmeSnippet(items, { lineEnding: dominantLineEnding(lines), indent });
  const join = (from: number, to: number) =>
    lines
      .slice(from, to)
      .map((line) => line.text + line.eol)
      .join('');
  const text = `${bom}${join(0, scan.start + 1)}${snippet}${join(scan.end, lines.length)}`;
  return { ok: true, text, changed: text !== source };
}
