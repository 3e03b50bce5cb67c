import { isCalendarDate } from '../../schemas/base.ts';
import { urls, withBase } from '../routes.ts';
import type { FeedEntry } from './feed-parse.ts';
import { readmeMessages, skipReasons } from './messages.ts';
import type { ReadmeItem } from './snippet.ts';

/** How many TILs the README lists unless `--limit` says otherwise. */
export const DEFAULT_LIMIT = 5;

/** What a TIL needs to be listed: front matter (as from `readTilSummaries` or `getWiki`) and its slug. */
export interface TilForReadme {
  slug: string;
  title: string;
  date: string;
  category?: string;
  draft?: boolean;
}

/** Where the site is published; without `url`, links stay site-relative (with `base`). */
export interface SiteLocation {
  url?: string;
  base: string;
}

/** A TIL page's address: absolute when the site's `url` is known, else site-relative with the base. */
export function tilLink(slug: string, site: SiteLocation): string {
  const path = withBase(site.base, urls.til(slug));
  // `url` may carry a path of its own (https://host/team); the base path is appended to it.
  return site.url ? `${site.url.replace(/\/+$/, '')}${path}` : path;
}

/** The newest `limit` published TILs (drafts left out), newest first, as README items. */
export function tilReadmeItems(tils: readonly TilForReadme[], site: SiteLocation, limit = DEFAULT_LIMIT): ReadmeItem[] {
  return tils
    .filter((til) => !til.draft)
    .toSorted((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title))
    .slice(0, limit)
    .map((til) => ({ title: til.title, url: tilLink(til.slug, site), date: til.date, category: til.category }));
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The calendar day a feed date names, `YYYY-MM-DD`, as written in the feed (its own time zone), so
 * a note of 2 November stays on the 2nd wherever the command runs. RFC 3339 (`2026-11-02T...`) and
 * RFC 822 (`Mon, 02 Nov 2026 ...`) are read as written; anything else `Date` can parse gives its UTC day.
 */
export function feedDay(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const iso = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value)?.[1];
  if (iso) return isCalendarDate(iso) ? iso : undefined;
  const rfc822 = /^\s*(?:[a-z]{3},?\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2}|\d{4})\b/i.exec(value);
  if (rfc822) {
    const [, day = '', monthName = '', yearText = ''] = rfc822;
    const month = MONTHS.indexOf(monthName.toLowerCase()) + 1;
    // RFC 822 allowed two-digit years; RSS feeds from before 2000 are not what a README lists.
    const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
    const day822 = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
    return month > 0 && isCalendarDate(day822) ? day822 : undefined;
  }
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10);
}

/** README items chosen from a feed, and one warning per item left out. */
export interface FeedSelection {
  items: ReadmeItem[];
  warnings: string[];
}

/**
 * The newest `limit` usable items of a feed, newest first (items without a date last, feed order
 * kept among equals). Links are resolved against the feed's address; an item without a title or
 * link, or whose link is not http(s) (`javascript:`, `data:`...), is skipped with a warning.
 */
export function selectFeedItems(entries: readonly FeedEntry[], feedUrl: string, limit = DEFAULT_LIMIT): FeedSelection {
  const dated = entries.map((entry) => ({ entry, day: feedDay(entry.date) }));
  const sorted = dated.toSorted((a, b) => (b.day ?? '').localeCompare(a.day ?? ''));
  const items: ReadmeItem[] = [];
  const warnings: string[] = [];
  for (const { entry, day } of sorted) {
    if (items.length >= limit) break;
    const title = entry.title?.trim() ?? '';
    const link = entry.link?.trim() ?? '';
    const problem = title === '' ? skipReasons.noTitle() : link === '' ? skipReasons.noLink() : linkProblem(link, feedUrl);
    if (problem) {
      warnings.push(readmeMessages.skipped(title || link || '(untitled)', problem));
      continue;
    }
    const category = entry.category?.trim() || undefined;
    items.push({ title, url: new URL(link, feedUrl).href, date: day, category });
  }
  return { items, warnings };
}

function linkProblem(link: string, feedUrl: string): string | undefined {
  let protocol: string;
  try {
    protocol = new URL(link, feedUrl).protocol;
  } catch {
    return skipReasons.badLink(link);
  }
  return protocol === 'http:' || protocol === 'https:' ? undefined : skipReasons.scheme(protocol);
}
