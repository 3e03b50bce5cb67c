/**
 * `til/2026-11-02-x.md:14` for a fence. The Markdown processor sees only part of a file (Astro
 * strips the front matter; a daily log hands over one entry at a time), so line numbers from the
 * tree are shifted by where that part starts in the file on disk.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Lines before `part` in `file`, both with LF line endings; 0 when `part` is not found. */
export function linesBefore(file: string, part: string): number {
  const at = file.indexOf(part);
  return at <= 0 ? 0 : file.slice(0, at).split('\n').length - 1;
}

/** LF line endings, no byte order mark: how the Markdown processor saw the text. */
function normalize(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** `path` relative to `base` with forward slashes, or unchanged when it lies outside `base`. */
export function displayPath(path: string, base: string): string {
  const rel = relative(base, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : path;
}

/**
 * Where line `line` of `documentSource` is, as `file:line`: the file relative to `contentDir`,
 * the line counted in the file on disk. Without a file, `line N`.
 */
export function describeLocation(options: { fileURL: URL | undefined; documentSource: string; line: number; contentDir: string }): string {
  const { fileURL, documentSource, line, contentDir } = options;
  if (!fileURL || fileURL.protocol !== 'file:') return `line ${line}`;
  const path = fileURLToPath(fileURL);
  let offset = 0;
  try {
    offset = linesBefore(normalize(readFileSync(path, 'utf8')), normalize(documentSource));
  } catch {
    offset = 0;
  }
  return `${displayPath(path, contentDir)}:${line + offset}`;
}
