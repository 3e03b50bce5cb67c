import { urls, withBase } from '../routes.ts';
import type { FeedItem } from './model.ts';
import { plainTitle } from '../title-code.ts';

/** What a feed needs of a TIL (a `TilView` has all of it). */
export interface FeedTil {
  slug: string;
  title: string;
  date: string;
  category?: string;
  takeaway?: string;
  authors: string[];
}

/** Where the site lives: its origin (`site.url`) and base path (`site.base`). */
export interface SiteLocation {
  /** Absolute origin, e.g. `https://acme.github.io` (a trailing slash is ignored). */
  url: string;
  /** Base path, e.g. `/acme-wiki/` or `/`. */
  base: string;
}

/** Absolute URL of a site-relative path (`/til/x/`), base included. */
export function absoluteUrl(site: SiteLocation, path: string): string {
  return `${site.url.replace(/\/+$/, '')}${withBase(site.base, path)}`;
}

/**
 * The newest `limit` TILs as feed items. `tils` must be newest first (as `getWiki()` gives them);
 * `tagsOf` resolves tag aliases, so a feed shows the same tags as the pages.
 */
export function tilFeedItems<T extends FeedTil>(tils: T[], site: SiteLocation, options: { limit: number; tagsOf: (til: T) => string[] }): FeedItem[] {
  return tils.slice(0, options.limit).map((til) => {
    const url = absoluteUrl(site, urls.til(til.slug));
    return {
      id: url,
      url,
      title: plainTitle(til.title),
      date: til.date,
      ...(til.category ? { category: til.category } : {}),
      tags: options.tagsOf(til),
      ...(til.takeaway ? { summary: til.takeaway } : {}),
      authors: til.authors,
    };
  });
}
