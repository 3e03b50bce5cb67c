/**
 * Search words guessed from a URL that has no page, for the 404 page's search field:
 * `/wiki/til/2026-01-14-reseed-the-shufle/` gives `reseed the shufle`.
 */

/** Segments that name a section or a file type, not what the visitor was looking for. */
const NOISE = new Set(['til', 'docs', 'tags', 'categories', 'weekly', 'issues', 'search', 'index', 'html', 'htm', 'md', 'mdx']);

/** Search words from `pathname` (as in `location.pathname`), without the site's `base`. */
export function missingPathWords(pathname: string, base = '/'): string {
  let path = pathname;
  const prefix = base.replace(/\/+$/, '');
  if (prefix && (path === prefix || path.startsWith(`${prefix}/`))) path = path.slice(prefix.length);
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed escape (`%E0%A4%A`) is still worth searching for as written.
  }
  return decoded
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word && !/^\p{N}+$/u.test(word) && !NOISE.has(word.toLowerCase()))
    .join(' ')
    .slice(0, 100)
    .trim();
}

/** `pathname` as a person reads it (`/tags/日本語/`); as written when it is not valid escaping. */
export function shownPath(pathname: string): string {
  try {
    return decodeURI(pathname);
  } catch {
    return pathname;
  }
}
