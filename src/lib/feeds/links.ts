import { urls } from '../routes.ts';
import { FEED_FORMAT_NAMES, FEED_FORMATS } from './model.ts';
import { absoluteUrl, type SiteLocation } from './til-items.ts';

/** One `<link rel="alternate">` of a page's head (feed autodiscovery). */
export interface FeedLink {
  /** Media type, e.g. `application/rss+xml`. */
  type: string;
  /** Absolute URL of the feed. */
  href: string;
  /** What a feed reader shows, e.g. `Acme Wiki: TILs (RSS)`. */
  title: string;
}

/**
 * The three feeds published in the folder `path` (`/` for the site's, `/tags/x/` for a tag's),
 * titled `<title> (RSS)` and so on. None when the site has no `url`: feeds need absolute URLs,
 * so such a wiki publishes none.
 */
export function feedLinks(site: { url?: string | undefined; base: string }, path: string, title: string): FeedLink[] {
  const { url } = site;
  if (!url) return [];
  const location: SiteLocation = { url, base: site.base };
  return FEED_FORMAT_NAMES.map((name) => {
    const format = FEED_FORMATS[name];
    return { type: format.type, href: absoluteUrl(location, `${path}${format.file}`), title: `${title} (${format.label})` };
  });
}

/** Titles of the site's feeds and of a tag's, shared by the feed files and the head links. */
export const feedTitles = {
  site: (siteTitle: string) => `${siteTitle}: TILs`,
  tag: (siteTitle: string, tag: string) => `${siteTitle}: TILs tagged ${tag}`,
};

/** Autodiscovery links of the site's feeds (empty without `url`). */
export function siteFeedLinks(site: { url?: string | undefined; base: string; title: string }): FeedLink[] {
  return feedLinks(site, '/', feedTitles.site(site.title));
}

/** Autodiscovery links of one tag's feeds (empty without `url`). */
export function tagFeedLinks(site: { url?: string | undefined; base: string; title: string }, tag: { slug: string; name: string }): FeedLink[] {
  return feedLinks(site, urls.tag(tag.slug), feedTitles.tag(site.title, tag.name));
}
