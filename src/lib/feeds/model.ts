/**
 * What every feed format is built from: a list of items and a description of the feed. Builders
 * take these plain values (no Astro, no content collections), so they are unit-tested directly.
 */

/** One TIL as a feed entry. */
export interface FeedItem {
  /** Stable, absolute id: the note's URL. */
  id: string;
  /** Absolute URL of the note's page (with the base path). */
  url: string;
  /** Plain text; may hold `<`, `&`, quotes or emoji, the builders escape it. */
  title: string;
  /** The TIL's day, `YYYY-MM-DD`; published at 00:00:00 UTC of that day. */
  date: string;
  /** The TIL's one category, e.g. `Data`. */
  category?: string;
  /** Tags after aliases, in written order. */
  tags: string[];
  /** The takeaway, one sentence of plain text. */
  summary?: string;
  /** GitHub handles of the authors. */
  authors: string[];
}

/** The feed as a whole. */
export interface FeedInfo {
  /** Plain text, e.g. `Acme Wiki: TILs`. */
  title: string;
  /** Plain text. */
  description: string;
  /** Absolute URL of the page the feed mirrors, with the base path (`https://x.github.io/wiki/til/`). */
  siteUrl: string;
  /** Absolute URL of this feed file itself. */
  feedUrl: string;
  /**
   * Last change, `YYYY-MM-DD`. Default: the newest item's date, so an unchanged wiki gives
   * byte-identical feeds; 1970-01-01 for an empty feed (never "now", for the same reason).
   */
  updated?: string;
  /** Name of the wiki, the feed's author when an item names none. */
  siteName: string;
}

/** The three formats, with the file name each is published as and the media type it is served with. */
export const FEED_FORMATS = {
  rss: { file: 'rss.xml', type: 'application/rss+xml', label: 'RSS' },
  atom: { file: 'atom.xml', type: 'application/atom+xml', label: 'Atom' },
  json: { file: 'feed.json', type: 'application/feed+json', label: 'JSON Feed' },
} as const;

/** `rss`, `atom` or `json`. */
export type FeedFormat = keyof typeof FEED_FORMATS;

/** The formats in the order pages list them. */
export const FEED_FORMAT_NAMES = Object.keys(FEED_FORMATS) as FeedFormat[];

/** Midnight UTC of a `YYYY-MM-DD` day. */
export function dayStart(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** The feed's last change: `info.updated`, else the newest item's day, else the epoch. */
export function feedUpdated(info: Pick<FeedInfo, 'updated'>, items: Pick<FeedItem, 'date'>[]): Date {
  const newest = items.reduce<string | undefined>((max, item) => (max === undefined || item.date > max ? item.date : max), undefined);
  return dayStart(info.updated ?? newest ?? '1970-01-01');
}

/** A GitHub handle, with or without a leading `@`. */
const HANDLE = /^@?([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))$/;

/**
 * An author as feeds show one: a GitHub handle gets its profile URL; anything else written in
 * `authors` (a full name, say) is kept as a name without a link.
 */
export function feedAuthor(written: string): { name: string; url?: string } {
  const handle = HANDLE.exec(written)?.[1];
  return handle ? { name: handle, url: `https://github.com/${handle}` } : { name: written };
}
