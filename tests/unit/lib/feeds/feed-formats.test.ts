import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildAtom } from '../../../../src/lib/feeds/atom.ts';
import { buildJsonFeed, JSON_FEED_VERSION } from '../../../../src/lib/feeds/json-feed.ts';
import type { FeedInfo, FeedItem } from '../../../../src/lib/feeds/model.ts';
import { buildRss } from '../../../../src/lib/feeds/rss.ts';

const ROOT = 'https://acme.github.io/acme-wiki/';
const HOSTILE = '"><img src=x onerror=window.__xss=1>';

const info: FeedInfo = {
  title: 'Acme & Co <Wiki>: TILs',
  description: 'What AT&amp;T-style "notes" look like',
  siteUrl: ROOT,
  feedUrl: `${ROOT}rss.xml`,
  siteName: 'Acme & Co',
};

const item = (slug: string, date: string, extra: Partial<FeedItem> = {}): FeedItem => ({
  id: `${ROOT}til/${slug}/`,
  url: `${ROOT}til/${slug}/`,
  title: `Note ${slug}`,
  date,
  tags: [],
  authors: [],
  ...extra,
});

const items: FeedItem[] = [
  item('2026-11-02-hostile', '2026-11-02', {
    title: `${HOSTILE} & Tom's ]]> and ]]> again 🎉`,
    category: 'Data & Eval',
    tags: ['pytorch', 'a<b', 'R&amp;D'],
    summary: `Escape ${HOSTILE} & "quote" everything`,
    authors: ['@octo', 'Jane Doe'],
  }),
  item('2026-10-30-plain', '2026-10-30', { tags: ['pytorch'] }),
];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  // Repeatable elements always as lists, so one item reads like many.
  isArray: (_name, path) =>
    ['rss.channel.item', 'rss.channel.item.category', 'rss.channel.atom:link', 'feed.link', 'feed.author', 'feed.entry', 'feed.entry.link', 'feed.entry.author', 'feed.entry.category'].includes(String(path)),
});

/**
 * Parses after checking the text is well-formed XML. fast-xml-parser's validator lets through
 * `<` in attribute values and control characters, which strict XML parsers reject: checked here.
 */
function parseXml(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  expect(xml).not.toMatch(/="[^"]*</);
  expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  return parser.parse(xml);
}

/** `&lt;b&gt;` -> `<b>`: what a reader shows for Atom `type="html"` text. */
const unescapeHtml = (html: string) =>
  html.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&');

describe('RSS 2.0', () => {
  // Parsed in each test, so a malformed feed fails the tests, not the file's collection.
  const rss = () => parseXml(buildRss(info, items));

  it('has the required channel and item fields', () => {
    const doc = rss();
    const channel = doc.rss.channel;
    expect(doc.rss['@version']).toBe('2.0');
    expect(channel.title).toBe(info.title);
    expect(channel.link).toBe(ROOT);
    expect(channel.description).toBe(info.description);
    expect(channel.item).toHaveLength(2);
    for (const entry of channel.item) expect(entry.title || entry.description).toBeTruthy();
  });

  it('keeps hostile titles as text, and the takeaway as escaped HTML', () => {
    const doc = rss();
    const channel = doc.rss.channel;
    expect(channel.item[0].title).toBe(items[0]!.title);
    expect(channel.item[0].description).toBe(`Escape &quot;&gt;&lt;img src=x onerror=window.__xss=1&gt; &amp; &quot;quote&quot; everything`);
    expect(unescapeHtml(channel.item[0].description)).toBe(items[0]!.summary);
  });

  it('dates items at midnight UTC and the channel at its newest item, never now', () => {
    const doc = rss();
    const channel = doc.rss.channel;
    expect(channel.item[0].pubDate).toBe('Mon, 02 Nov 2026 00:00:00 GMT');
    expect(channel.lastBuildDate).toBe('Mon, 02 Nov 2026 00:00:00 GMT');
  });

  it('lists the category then the tags, and links absolute URLs with the base', () => {
    const doc = rss();
    const channel = doc.rss.channel;
    expect(channel.item[0].category).toEqual(['Data & Eval', 'pytorch', 'a<b', 'R&amp;D']);
    expect(channel.item[0].link).toBe(`${ROOT}til/2026-11-02-hostile/`);
    expect(channel.item[0].guid).toMatchObject({ '#text': `${ROOT}til/2026-11-02-hostile/`, '@isPermaLink': 'true' });
    expect(channel['atom:link'][0]['@href']).toBe(`${ROOT}rss.xml`);
  });
});

describe('Atom 1.0', () => {
  const atom = () => parseXml(buildAtom({ ...info, feedUrl: `${ROOT}atom.xml` }, items)).feed;

  it('has the required feed and entry fields', () => {
    const feed = atom();
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe(`${ROOT}atom.xml`);
    expect(feed.title).toBe(info.title);
    expect(feed.updated).toBe('2026-11-02T00:00:00.000Z');
    // A feed whose entries may lack authors needs its own.
    expect(feed.author[0].name).toBe('Acme & Co');
    expect(feed.entry).toHaveLength(2);
    for (const entry of feed.entry) {
      expect(entry.id).toMatch(/^https:\/\/acme\.github\.io\/acme-wiki\/til\//);
      expect(entry.title['#text']).toBeTruthy();
      expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/);
      // No rel means alternate (RFC 4287, 4.2.7.2): the entry links its page.
      const alternate = entry.link.filter((link: Record<string, string>) => (link['@rel'] ?? 'alternate') === 'alternate');
      expect(alternate.map((link: Record<string, string>) => link['@href'])).toEqual([entry.id]);
    }
  });

  it('keeps hostile titles as HTML-escaped text', () => {
    const feed = atom();
    const title = feed.entry[0].title;
    expect(title['@type']).toBe('html');
    expect(title['#text']).not.toContain('<img');
    expect(unescapeHtml(title['#text'])).toBe(items[0]!.title);
    expect(unescapeHtml(feed.entry[0].summary['#text'])).toBe(items[0]!.summary);
  });

  it('names authors with their GitHub profiles, and lists categories', () => {
    const feed = atom();
    expect(feed.entry[0].author).toEqual([{ name: 'octo', uri: 'https://github.com/octo' }, { name: 'Jane Doe' }]);
    expect(feed.entry[1].author).toBeUndefined();
    // The parser decodes attributes: the terms read back as the tags were written.
    expect(feed.entry[0].category.map((c: Record<string, string>) => c['@term'])).toEqual(['Data & Eval', 'pytorch', 'a<b', 'R&amp;D']);
    expect(feed.link.map((l: Record<string, string>) => [l['@rel'], l['@href']])).toEqual([['alternate', ROOT], ['self', `${ROOT}atom.xml`]]);
  });
});

describe('JSON Feed 1.1', () => {
  const json = () => JSON.parse(buildJsonFeed({ ...info, feedUrl: `${ROOT}feed.json` }, items));

  it('has the required fields, and content_text on every item', () => {
    const feed = json();
    expect(feed.version).toBe(JSON_FEED_VERSION);
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBe(info.title);
    expect(feed.home_page_url).toBe(ROOT);
    expect(feed.feed_url).toBe(`${ROOT}feed.json`);
    expect(feed.authors).toEqual([{ name: 'Acme & Co', url: ROOT }]);
    expect(feed.items).toHaveLength(2);
    for (const entry of feed.items) {
      expect(typeof entry.id).toBe('string');
      expect(typeof (entry.content_text ?? entry.content_html)).toBe('string');
    }
    // The title stands in for a missing takeaway.
    expect(feed.items[1].content_text).toBe('Note 2026-10-30-plain');
  });

  it('keeps text as written, dates in RFC 3339, tags, authors and the category for labbook readme', () => {
    const feed = json();
    expect(feed.items[0]).toEqual({
      id: `${ROOT}til/2026-11-02-hostile/`,
      url: `${ROOT}til/2026-11-02-hostile/`,
      title: items[0]!.title,
      content_text: items[0]!.summary,
      summary: items[0]!.summary,
      date_published: '2026-11-02T00:00:00Z',
      tags: ['pytorch', 'a<b', 'R&amp;D'],
      authors: [{ name: 'octo', url: 'https://github.com/octo' }, { name: 'Jane Doe' }],
      _labbook: { category: 'Data & Eval' },
    });
    expect(feed.items[1]._labbook).toEqual({});
  });
});

describe('every format', () => {
  const builders = { rss: buildRss, atom: buildAtom, json: buildJsonFeed };

  it.each(Object.entries(builders))('%s: the same items give the same bytes', (_, build) => {
    expect(build(info, items)).toBe(build({ ...info }, structuredClone(items)));
  });

  it.each(Object.entries(builders))('%s: an empty feed is valid and dated deterministically', (name, build) => {
    const text = build(info, []);
    expect(text).toBe(build(info, []));
    if (name === 'json') expect(JSON.parse(text).items).toEqual([]);
    else expect(text).toMatch(/1970|Thu, 01 Jan 1970/);
  });

  it.each(Object.entries(builders))('%s: an explicit updated date wins', (name, build) => {
    const text = build({ ...info, updated: '2027-01-05' }, items);
    if (name !== 'json') expect(text).toMatch(/2027-01-05T00:00:00|Tue, 05 Jan 2027 00:00:00 GMT/);
  });

  it.each(Object.entries(builders))('%s: characters XML cannot carry are dropped, the rest survives', (name, build) => {
    const text = build(info, [item('x', '2026-01-01', { title: 'bell\u0007 tab\t 日本語 \uD83D' })]);
    if (name === 'json') return expect(JSON.parse(text).items[0].title).toBe('bell\u0007 tab\t 日本語 \uD83D');
    parseXml(text);
    expect(text).toContain('bell tab\t 日本語 ');
  });
});
