import { Feed } from 'feed';
import { dayStart, feedAuthor, feedUpdated, type FeedInfo, type FeedItem } from './model.ts';
import { itemCategories } from './rss.ts';
import { htmlText, restoreXml, xmlValue } from './xml-text.ts';

/** An author in the package's shape. */
function author(written: string): { name: string; link?: string } {
  const { name, url } = feedAuthor(written);
  return { name: xmlValue(name), ...(url ? { link: url } : {}) };
}

/**
 * Atom 1.0 of `items` (in the given order). The wiki is the feed's author, so entries without
 * authors stay valid. Entry titles and summaries are `type="html"`: the text is HTML-escaped.
 * Entry links carry no `rel`, which Atom reads as `alternate` (RFC 4287, 4.2.7.2).
 */
export function buildAtom(info: FeedInfo, items: FeedItem[]): string {
  const feed = new Feed({
    id: info.feedUrl,
    title: xmlValue(info.title),
    description: xmlValue(info.description),
    link: info.siteUrl,
    feedLinks: { atom: info.feedUrl },
    updated: feedUpdated(info, items),
    author: { name: xmlValue(info.siteName), link: info.siteUrl },
    generator: 'Labbook',
  });
  for (const item of items) {
    const date = dayStart(item.date);
    feed.addItem({
      title: htmlText(item.title),
      id: item.id,
      link: item.url,
      date,
      published: date,
      ...(item.summary ? { description: htmlText(item.summary) } : {}),
      ...(item.authors.length ? { author: item.authors.map(author) } : {}),
      category: itemCategories(item).map((name) => ({ term: xmlValue(name) })),
    });
  }
  return `${restoreXml(feed.atom1())}\n`;
}
