import { describe, expect, it } from 'vitest';
import type { FeedEntry } from '../../../../src/lib/readme-feed/feed-parse.ts';
import { feedDay, selectFeedItems, tilLink, tilReadmeItems, type TilForReadme } from '../../../../src/lib/readme-feed/items.ts';

const til = (slug: string, over: Partial<TilForReadme> = {}): TilForReadme => ({
  slug,
  title: slug,
  date: slug.slice(0, 10),
  ...over,
});

describe('tilLink', () => {
  it.each([
    [{ url: 'https://acme.github.io', base: '/wiki/' }, 'https://acme.github.io/wiki/til/2026-11-02-a/'],
    [{ url: 'https://acme.github.io/', base: '/' }, 'https://acme.github.io/til/2026-11-02-a/'],
    [{ url: 'https://example.com/team', base: '/wiki' }, 'https://example.com/team/wiki/til/2026-11-02-a/'],
    [{ base: '/wiki/' }, '/wiki/til/2026-11-02-a/'],
    [{ base: '/' }, '/til/2026-11-02-a/'],
  ])('%j links to %s', (site, expected) => {
    expect(tilLink('2026-11-02-a', site)).toBe(expected);
  });
});

describe('tilReadmeItems', () => {
  const tils = [
    til('2026-11-01-old', { category: 'Data' }),
    til('2026-11-05-draft', { draft: true }),
    til('2026-11-04-b', { title: 'B' }),
    til('2026-11-04-a', { title: 'A', category: 'Serving' }),
    til('2026-11-02-mid'),
  ];

  it('lists published TILs newest first (then by title), at most `limit`, default 5', () => {
    const site = { url: 'https://acme.github.io', base: '/wiki/' };
    expect(tilReadmeItems(tils, site, 3)).toEqual([
      { title: 'A', url: 'https://acme.github.io/wiki/til/2026-11-04-a/', date: '2026-11-04', category: 'Serving' },
      { title: 'B', url: 'https://acme.github.io/wiki/til/2026-11-04-b/', date: '2026-11-04', category: undefined },
      { title: '2026-11-02-mid', url: 'https://acme.github.io/wiki/til/2026-11-02-mid/', date: '2026-11-02', category: undefined },
    ]);
    expect(tilReadmeItems(tils, site).map((item) => item.title)).toEqual(['A', 'B', '2026-11-02-mid', '2026-11-01-old']);
  });
});

describe('feedDay', () => {
  it.each([
    ['2026-11-02T00:00:00Z', '2026-11-02'],
    // The day as written in the feed's own zone, not shifted to UTC or to the machine's zone.
    ['2026-11-02T23:30:00-05:00', '2026-11-02'],
    ['2026-11-02', '2026-11-02'],
    ['Mon, 02 Nov 2026 00:00:00 GMT', '2026-11-02'],
    ['Wed, 4 Nov 2026 23:59:00 -0800', '2026-11-04'],
    ['4 November 26 10:00 +0000', '2026-11-04'],
    ['November 4, 2026 10:00 UTC', '2026-11-04'],
    ['2026-13-45T00:00:00Z', undefined],
    ['Mon, 31 Feb 2026 00:00:00 GMT', undefined],
    ['yesterday', undefined],
    [undefined, undefined],
  ])('%j is %j', (value, day) => {
    expect(feedDay(value)).toBe(day);
  });
});

describe('selectFeedItems', () => {
  const FEED = 'https://acme.github.io/wiki/feed.json';
  const entry = (title: string, date: string, over: Partial<FeedEntry> = {}): FeedEntry => ({
    title,
    link: `https://acme.github.io/wiki/til/${title}/`,
    date,
    ...over,
  });

  it('orders newest first whatever the feed order, keeps feed order on equal days, undated last, and limits', () => {
    const entries = [
      entry('old', '2026-10-01T00:00:00Z'),
      entry('undated', ''),
      entry('new-1', '2026-11-03T00:00:00Z'),
      entry('new-2', 'Tue, 03 Nov 2026 00:00:00 GMT'),
      entry('mid', '2026-11-02T00:00:00Z'),
    ];
    expect(selectFeedItems(entries, FEED, 10).items.map((item) => [item.title, item.date])).toEqual([
      ['new-1', '2026-11-03'],
      ['new-2', '2026-11-03'],
      ['mid', '2026-11-02'],
      ['old', '2026-10-01'],
      ['undated', undefined],
    ]);
    expect(selectFeedItems(entries, FEED, 2).items.map((item) => item.title)).toEqual(['new-1', 'new-2']);
  });

  it('skips items whose link is not http(s), or that lack a title or link, with one warning each', () => {
    const entries = [
      entry('js', '2026-11-09', { link: 'javascript:alert(1)' }),
      entry('data', '2026-11-08', { link: 'data:text/html,<script>alert(1)</script>' }),
      entry('', '2026-11-07'),
      entry('no link', '2026-11-06', { link: undefined }),
      entry('bad', '2026-11-05', { link: 'http://[::1' }),
      entry('ok', '2026-11-04', { category: ' Training ' }),
      entry('beyond the limit', '2026-11-03', { link: 'ftp://x/' }),
    ];
    const { items, warnings } = selectFeedItems(entries, FEED, 1);
    expect(items).toEqual([{ title: 'ok', url: 'https://acme.github.io/wiki/til/ok/', date: '2026-11-04', category: 'Training' }]);
    expect(warnings).toEqual([
      'skipped "js": its link uses javascript:, and only http(s) links are written',
      'skipped "data": its link uses data:, and only http(s) links are written',
      'skipped "https://acme.github.io/wiki/til//": it has no title',
      'skipped "no link": it has no link',
      'skipped "bad": its link "http://[::1" is not a valid URL',
    ]);
  });

  it('resolves relative links against the feed address', () => {
    const { items } = selectFeedItems([entry('rel', '2026-11-01', { link: '../til/x/' }), entry('root', '2026-10-01', { link: '/y/' })], FEED);
    expect(items.map((item) => item.url)).toEqual(['https://acme.github.io/til/x/', 'https://acme.github.io/y/']);
  });
});
