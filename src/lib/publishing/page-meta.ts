/** What a page's head says about it to search engines and link previews. */
import { contentKindOf } from '../search/content-pages.ts';

/** Open Graph `og:type`: `article` for a note, `website` for everything else. */
export type OgType = 'article' | 'website';

/**
 * `article` for a content page (a TIL, a weekly summary, a docs page, a model card, a playbook, an
 * API spec: the route table search uses), `website` for lists, indexes and search. Path without base.
 */
export function ogTypeOf(path: string): OgType {
  return contentKindOf(path) ? 'article' : 'website';
}

/**
 * The page's canonical URL: absolute when the site's `url` is known, else the path itself
 * (with base), which browsers and crawlers resolve against wherever the site is served.
 */
export function canonicalUrl(siteUrl: string | undefined, pathname: string): string {
  return siteUrl ? `${siteUrl.replace(/\/+$/, '')}${pathname}` : pathname;
}
