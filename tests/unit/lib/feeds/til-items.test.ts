import { describe, expect, it } from 'vitest';
import { feedAuthor, feedUpdated } from '../../../../src/lib/feeds/model.ts';
import { absoluteUrl, tilFeedItems, type FeedTil } from '../../../../src/lib/feeds/til-items.ts';

const til = (slug: string, extra: Partial<FeedTil & { tags: string[] }> = {}) => ({
  slug,
  title: `Title ${slug}`,
  date: slug.slice(0, 10),
  authors: [],
  tags: [],
  ...extra,
});

const site = { url: 'https://acme.github.io', base: '/acme-wiki/' };

describe('absoluteUrl', () => {
  it.each([
    [{ url: 'https://acme.github.io', base: '/acme-wiki/' }, '/til/a/', 'https://acme.github.io/acme-wiki/til/a/'],
    [{ url: 'https://acme.github.io/', base: '/acme-wiki' }, '/', 'https://acme.github.io/acme-wiki/'],
    [{ url: 'https://wiki.acme.dev', base: '/' }, '/rss.xml', 'https://wiki.acme.dev/rss.xml'],
  ])('%j + %s', (location, path, expected) => {
    expect(absoluteUrl(location, path)).toBe(expected);
  });
});

describe('tilFeedItems', () => {
  const tils = [
    til('2026-11-03-c', { category: 'Data', takeaway: 'Takeaway C', authors: ['octo'], tags: ['torch'] }),
    til('2026-11-02-b'),
    til('2026-11-01-a'),
  ];
  const tagsOf = (t: { tags: string[] }) => t.tags.map((tag) => (tag === 'torch' ? 'pytorch' : tag));

  it('maps a TIL to an item with absolute URLs under the base, aliases resolved', () => {
    expect(tilFeedItems(tils, site, { limit: 50, tagsOf })[0]).toEqual({
      id: 'https://acme.github.io/acme-wiki/til/2026-11-03-c/',
      url: 'https://acme.github.io/acme-wiki/til/2026-11-03-c/',
      title: 'Title 2026-11-03-c',
      date: '2026-11-03',
      category: 'Data',
      tags: ['pytorch'],
      summary: 'Takeaway C',
      authors: ['octo'],
    });
  });

  it('keeps the newest `limit` notes in the given order', () => {
    expect(tilFeedItems(tils, site, { limit: 2, tagsOf }).map((i) => i.date)).toEqual(['2026-11-03', '2026-11-02']);
    expect(tilFeedItems(tils, site, { limit: 50, tagsOf })).toHaveLength(3);
  });

  it('leaves out an absent category and takeaway', () => {
    const item = tilFeedItems(tils, site, { limit: 50, tagsOf })[1]!;
    expect(item).not.toHaveProperty('category');
    expect(item).not.toHaveProperty('summary');
  });
});

describe('feedAuthor and feedUpdated', () => {
  it.each([
    ['octo', { name: 'octo', url: 'https://github.com/octo' }],
    ['@octo-cat', { name: 'octo-cat', url: 'https://github.com/octo-cat' }],
    ['Jane Doe', { name: 'Jane Doe' }],
  ])('%s', (written, expected) => {
    expect(feedAuthor(written)).toEqual(expected);
  });

  it('is the newest item date regardless of order, or the epoch for no items', () => {
    expect(feedUpdated({}, [{ date: '2026-01-02' }, { date: '2026-03-04' }]).toISOString()).toBe('2026-03-04T00:00:00.000Z');
    expect(feedUpdated({}, []).toISOString()).toBe('1970-01-01T00:00:00.000Z');
  });
});
