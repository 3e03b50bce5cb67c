/**
 * sitemap.xml from the built HTML files: every page a visitor can land on, whatever kind made it,
 * so a new kind of page is listed without touching this file.
 */

/** `<meta name="robots" content="...noindex...">`, attributes in any order and quoting. */
const NOINDEX = /<meta\s(?=[^>]*\bname\s*=\s*["']?robots["']?[\s/>])(?=[^>]*\bcontent\s*=\s*["'][^"']*\bnoindex\b)[^>]*>/i;

/** True when the page asks search engines not to index it. */
export function isNoindex(html: string): boolean {
  return NOINDEX.test(html);
}

/**
 * The site-relative URL of a built file (forward slashes, relative to the output folder), or
 * undefined for files that are not pages in the sitemap: `404.html` and non-HTML files.
 * `til/a/index.html` -> `/til/a/`, `index.html` -> `/`, `x.html` -> `/x.html`.
 */
export function pageUrlOf(file: string): string | undefined {
  if (!file.endsWith('.html') || file === '404.html') return undefined;
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** `&`, `<`, `>`, quotes as entities (URLs rarely hold them, but a query string may). */
function xmlEscape(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&apos;');
}

/**
 * The sitemap of the pages among `files` (path relative to the output folder, and its HTML),
 * skipping 404.html and noindex pages. `siteUrl` is the absolute URL of the site's root with its
 * base, ending in `/` (`https://acme.github.io/wiki/`). URLs are percent-encoded and sorted, so
 * the same site gives the same bytes.
 */
export function buildSitemap(siteUrl: string, files: { path: string; html: string }[]): string {
  const root = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  const locs = files
    .filter((file) => !isNoindex(file.html))
    .map((file) => pageUrlOf(file.path))
    .filter((url) => url !== undefined)
    .map((url) => `${root}${encodeURI(url.slice(1))}`)
    .sort();
  const entries = locs.map((loc) => `  <url><loc>${xmlEscape(loc)}</loc></url>`);
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...entries, '</urlset>', ''].join('\n');
}
