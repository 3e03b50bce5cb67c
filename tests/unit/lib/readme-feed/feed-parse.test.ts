import { Feed } from 'feed';
import { describe, expect, it } from 'vitest';
import { parseFeedDocument } from '../../../../src/lib/readme-feed/feed-parse.ts';

const HOSTILE = '"><img src=x onerror=alert(1)> & <b>bold</b> 🚀';

/** The JSON Feed 1.1 the site publishes at /feed.json (src/lib/feeds/json-feed.ts). */
const jsonFeed = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Acme wiki',
  items: [
    {
      id: 'https://acme.github.io/wiki/til/2026-11-03-a/',
      url: 'https://acme.github.io/wiki/til/2026-11-03-a/',
      title: HOSTILE,
      content_text: 'x',
      date_published: '2026-11-03T00:00:00Z',
      tags: ['pytorch'],
      _labbook: { category: 'Training' },
    },
    // The site's own item without a category: `_labbook` is there, so the first tag is not taken for one.
    { id: 'b', url: 'https://acme.github.io/wiki/til/2026-11-02-b/', title: 'B', date_published: '2026-11-02T00:00:00Z', tags: ['cuda'], _labbook: {} },
    // Another site's JSON Feed: the category is the first tag.
    { id: 'c', url: '/relative/c/', title: 'C', date_published: '2026-11-01T10:00:00+02:00', tags: ['Serving', 'vllm'] },
    { id: 'd', title: 'No link', date_modified: '2026-10-01T00:00:00Z' },
  ],
});

/** RSS 2.0 and Atom 1.0 as the `feed` package writes them (what the site's /rss.xml and /atom.xml are built with). */
function packageFeed() {
  const feed = new Feed({ title: 'Acme wiki', id: 'https://acme.github.io/wiki/', link: 'https://acme.github.io/wiki/', copyright: '' });
  feed.addItem({
    title: HOSTILE,
    link: 'https://acme.github.io/wiki/til/2026-11-03-a/',
    date: new Date('2026-11-03T00:00:00Z'),
    category: [{ name: 'Training', term: 'Training' }, { name: 'pytorch', term: 'pytorch' }],
  });
  feed.addItem({ title: '2026', link: 'https://acme.github.io/wiki/til/2026-11-02-b/', date: new Date('2026-11-02T00:00:00Z') });
  return feed;
}

describe('parseFeedDocument', () => {
  it('reads JSON Feed 1.1: title, url, date_published, and the category from _labbook, else the first tag', () => {
    expect(parseFeedDocument(jsonFeed)).toEqual({
      ok: true,
      format: 'JSON Feed',
      entries: [
        { title: HOSTILE, link: 'https://acme.github.io/wiki/til/2026-11-03-a/', date: '2026-11-03T00:00:00Z', category: 'Training' },
        { title: 'B', link: 'https://acme.github.io/wiki/til/2026-11-02-b/', date: '2026-11-02T00:00:00Z', category: undefined },
        { title: 'C', link: '/relative/c/', date: '2026-11-01T10:00:00+02:00', category: 'Serving' },
        { title: 'No link', link: undefined, date: '2026-10-01T00:00:00Z', category: undefined },
      ],
    });
  });

  it('reads RSS 2.0 from the feed package: title, link, pubDate, first category', () => {
    const doc = parseFeedDocument(packageFeed().rss2());
    expect(doc).toEqual({
      ok: true,
      format: 'RSS 2.0',
      entries: [
        { title: HOSTILE, link: 'https://acme.github.io/wiki/til/2026-11-03-a/', date: 'Tue, 03 Nov 2026 00:00:00 GMT', category: 'Training' },
        { title: '2026', link: 'https://acme.github.io/wiki/til/2026-11-02-b/', date: 'Mon, 02 Nov 2026 00:00:00 GMT', category: undefined },
      ],
    });
  });

  it('reads Atom 1.0 from the feed package: title, alternate link, updated, first category term', () => {
    const doc = parseFeedDocument(packageFeed().atom1());
    expect(doc).toMatchObject({ ok: true, format: 'Atom 1.0' });
    expect(doc.ok && doc.entries).toEqual([
      { title: HOSTILE, link: 'https://acme.github.io/wiki/til/2026-11-03-a/', date: '2026-11-03T00:00:00.000Z', category: 'Training' },
      { title: '2026', link: 'https://acme.github.io/wiki/til/2026-11-02-b/', date: '2026-11-02T00:00:00.000Z', category: undefined },
    ]);
  });

  it('reads hand-written Atom: published before updated, rel=alternate over other links, escaped html titles', () => {
    const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>X</title>
  <entry>
    <title type="html">AT&amp;amp;T &amp;lt;3 &lt;i&gt;tags stay text&lt;/i&gt; &amp;#x1F680;</title>
    <link rel="enclosure" href="https://x.io/a.mp3"/>
    <link rel="alternate" type="text/html" href="https://x.io/a/"/>
    <updated>2026-11-05T00:00:00Z</updated>
    <published>2026-11-04T23:30:00-05:00</published>
    <category term="Data" label="Data things"/>
  </entry>
  <entry><title>Only a plain link</title><link href="b/"/><updated>2026-11-01T00:00:00Z</updated></entry>
</feed>`;
    expect(parseFeedDocument(atom)).toEqual({
      ok: true,
      format: 'Atom 1.0',
      entries: [
        { title: 'AT&T <3 <i>tags stay text</i> 🚀', link: 'https://x.io/a/', date: '2026-11-04T23:30:00-05:00', category: 'Data' },
        { title: 'Only a plain link', link: 'b/', date: '2026-11-01T00:00:00Z', category: undefined },
      ],
    });
  });

  it('reads hand-written RSS with entities, CDATA and a single item', () => {
    const rss = `\uFEFF<rss version="2.0"><channel><title>X</title><link>https://x.io/</link><description>d</description>
      <item><title>Fish &amp; chips</title><link>https://x.io/f/</link><pubDate>Wed, 4 Nov 2026 09:00:00 +0100</pubDate><category domain="d">Food</category></item>
    </channel></rss>`;
    expect(parseFeedDocument(rss)).toEqual({
      ok: true,
      format: 'RSS 2.0',
      entries: [{ title: 'Fish & chips', link: 'https://x.io/f/', date: 'Wed, 4 Nov 2026 09:00:00 +0100', category: 'Food' }],
    });
  });

  it('accepts feeds without items', () => {
    expect(parseFeedDocument('{"version":"https://jsonfeed.org/version/1","items":[]}')).toEqual({ ok: true, format: 'JSON Feed', entries: [] });
    expect(parseFeedDocument('<feed xmlns="http://www.w3.org/2005/Atom"></feed>')).toEqual({ ok: true, format: 'Atom 1.0', entries: [] });
  });

  it.each([
    ['', 'the response is empty'],
    ['   \n', 'the response is empty'],
    ['<!DOCTYPE html><html><body><p>404</body></html>', 'it is an HTML page'],
    ['<html lang="en"><body/></html>', 'it is an HTML page'],
    ['{"version":"https://jsonfeed.org/version/1.1",', 'it is not valid JSON ('],
    ['{"name":"package.json"}', 'it is JSON without a JSON Feed "version"'],
    ['[1,2]', 'it is JSON without a JSON Feed "version"'],
    ['<rss><channel><item></channel></rss>', 'it is not well-formed XML (line 1: '],
    ['<rss version="2.0"><channel><item><title>cut off</title></item>', 'it is not well-formed XML (line 1: '],
    ['<rdf:RDF xmlns:rdf="x"><item/></rdf:RDF>', 'its root element is <rdf:RDF>, expected <rss> (RSS 2.0) or <feed> (Atom 1.0)'],
    ['<rss version="2.0"></rss>', 'it is <rss> without a <channel>'],
    ['Service Unavailable', 'it starts with "Service Unavailable"'],
  ])('says why %j is not a feed', (body, reason) => {
    const doc = parseFeedDocument(body);
    expect(doc.ok).toBe(false);
    expect(!doc.ok && doc.reason).toContain(reason);
  });
});
