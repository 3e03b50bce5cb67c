/** What a page's head says about it to search engines and link previews. */

/** Open Graph `og:type`: `article` for a note, `website` for everything else. */
export type OgType = 'article' | 'website';

/**
 * Pages that are one note (a TIL, a weekly summary, a docs page), by their site-relative path
 * (without base). Lists, indexes and search are the site itself.
 */
const NOTE_PATHS = [/^\/til\/(?!weekly\/$)[^/]+\/$/, /^\/til\/weekly\/[^/]+\/$/, /^\/docs\//];

/** `article` for a note's path (without base), `website` otherwise. */
export function ogTypeOf(path: string): OgType {
  return NOTE_PATHS.some((pattern) => pattern.test(path)) ? 'article' : 'website';
}

/**
 * The page's canonical URL: absolute when the site's `url` is known, else the path itself
 * (with base), which browsers and crawlers resolve against wherever the site is served.
 */
export function canonicalUrl(siteUrl: string | undefined, pathname: string): string {
  return siteUrl ? `${siteUrl.replace(/\/+$/, '')}${pathname}` : pathname;
}
