import { Feed } from 'feed';
import { dayStart, feedUpdated, type FeedInfo, type FeedItem } from './model.ts';
import { cdataText, htmlText, restoreXml, xmlValue } from './xml-text.ts';

/** A note's category first, then its tags, without repeats: what RSS and Atom list as categories. */
export function itemCategories(item: Pick<FeedItem, 'category' | 'tags'>): string[] {
  return [...new Set([...(item.category ? [item.category] : []), ...item.tags])];
}

/**
 * RSS 2.0 of `items` (in the given order). Item titles are plain text; the takeaway is the
 * description, as escaped HTML. Items carry no `<author>`: RSS wants an e-mail address there,
 * and a wiki knows only GitHub handles (Atom and JSON Feed name the authors).
 */
export function buildRss(info: FeedInfo, items: FeedItem[]): string {
  const feed = new Feed({
    title: xmlValue(info.title),
    description: xmlValue(info.description),
    link: info.siteUrl,
    feedLinks: { rss: info.feedUrl },
    updated: feedUpdated(info, items),
    language: 'en',
    generator: 'Labbook',
  });
  for (const item of items) {
    feed.addItem({
      title: cdataText(item.title),
      link: item.url,
      // Without an id the package writes the link as a permalink guid, which is what it is.
      ...(item.id === item.url ? {} : { id: item.id }),
      date: dayStart(item.date),
      ...(item.summary ? { description: htmlText(item.summary) } : {}),
      category: itemCategories(item).map((name) => ({ name: xmlValue(name) })),
    });
  }
  return `${restoreXml(feed.rss2())}\n`;
}
