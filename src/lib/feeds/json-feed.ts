import { feedAuthor, type FeedInfo, type FeedItem } from './model.ts';

/** The JSON Feed version this module writes. */
export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

/** `2026-11-02` -> `2026-11-02T00:00:00Z` (RFC 3339). */
function rfc3339(day: string): string {
  return `${day}T00:00:00Z`;
}

/**
 * JSON Feed 1.1 of `items` (in the given order), written here because the `feed` package writes
 * version 1. Every item has `content_text` (the spec requires it or `content_html`): the takeaway,
 * or the title when there is none. `_labbook.category` carries the TIL's category for
 * `labbook readme`; `tags` are the note's tags. Output is stable: same input, same bytes.
 */
export function buildJsonFeed(info: FeedInfo, items: FeedItem[]): string {
  const feed = {
    version: JSON_FEED_VERSION,
    title: info.title,
    home_page_url: info.siteUrl,
    feed_url: info.feedUrl,
    description: info.description,
    language: 'en',
    authors: [{ name: info.siteName, url: info.siteUrl }],
    items: items.map((item) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      content_text: item.summary ?? item.title,
      ...(item.summary ? { summary: item.summary } : {}),
      date_published: rfc3339(item.date),
      ...(item.tags.length ? { tags: item.tags } : {}),
      ...(item.authors.length ? { authors: item.authors.map(feedAuthor) } : {}),
      _labbook: item.category ? { category: item.category } : {},
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}
