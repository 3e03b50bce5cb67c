import { describe, expect, it } from 'vitest';
import { siteFeedLinks, tagFeedLinks } from '../../../../src/lib/feeds/links.ts';

const site = { url: 'https://acme.github.io', base: '/acme-wiki/', title: 'Acme' };

describe('feed autodiscovery links', () => {
  it('lists RSS, Atom and JSON Feed of the site with absolute URLs under the base', () => {
    expect(siteFeedLinks(site)).toEqual([
      { type: 'application/rss+xml', href: 'https://acme.github.io/acme-wiki/rss.xml', title: 'Acme: TILs (RSS)' },
      { type: 'application/atom+xml', href: 'https://acme.github.io/acme-wiki/atom.xml', title: 'Acme: TILs (Atom)' },
      { type: 'application/feed+json', href: 'https://acme.github.io/acme-wiki/feed.json', title: 'Acme: TILs (JSON Feed)' },
    ]);
  });

  it("lists a tag's feeds in its folder, percent-encoded", () => {
    expect(tagFeedLinks(site, { slug: '日本語', name: '日本語' }).map((link) => link.href)).toEqual([
      'https://acme.github.io/acme-wiki/tags/%E6%97%A5%E6%9C%AC%E8%AA%9E/rss.xml',
      'https://acme.github.io/acme-wiki/tags/%E6%97%A5%E6%9C%AC%E8%AA%9E/atom.xml',
      'https://acme.github.io/acme-wiki/tags/%E6%97%A5%E6%9C%AC%E8%AA%9E/feed.json',
    ]);
    expect(tagFeedLinks(site, { slug: 'pytorch', name: 'PyTorch' })[0]?.title).toBe('Acme: TILs tagged PyTorch (RSS)');
  });

  it('is empty when the site has no url (no feeds are published then)', () => {
    expect(siteFeedLinks({ base: '/', title: 'W' })).toEqual([]);
    expect(tagFeedLinks({ url: undefined, base: '/', title: 'W' }, { slug: 'x', name: 'x' })).toEqual([]);
  });
});
