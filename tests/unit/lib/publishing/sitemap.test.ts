import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildSitemap, isNoindex, pageUrlOf } from '../../../../src/lib/publishing/sitemap.ts';

const page = (path: string, head = '') => ({ path, html: `<!doctype html><html><head>${head}</head><body></body></html>` });

describe('pageUrlOf', () => {
  it.each([
    ['index.html', '/'],
    ['til/a/index.html', '/til/a/'],
    ['x.html', '/x.html'],
    ['404.html', undefined],
    ['rss.xml', undefined],
  ])('%s -> %s', (file, url) => {
    expect(pageUrlOf(file)).toBe(url);
  });
});

describe('isNoindex', () => {
  it.each([
    ['<meta name="robots" content="noindex">', true],
    ["<meta content='noindex, follow' name='robots' />", true],
    ['<meta name=robots content="noindex">', true],
    ['<meta name="robots" content="index, follow">', false],
    ['<meta name="description" content="noindex is a word here">', false],
    ['', false],
  ])('%s', (head, expected) => {
    expect(isNoindex(page('a.html', head).html)).toBe(expected);
  });
});

describe('buildSitemap', () => {
  const files = [
    page('til/b/index.html'),
    page('index.html'),
    page('404.html', '<meta name="robots" content="noindex">'),
    page('moved/index.html', '<meta name="robots" content="noindex">'),
    page('tags/日本語/index.html'),
    page('tags/a&b/index.html'),
  ];

  it('lists every indexable page once, absolute under the base, sorted and encoded', () => {
    const xml = buildSitemap('https://acme.github.io/acme-wiki/', files);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ isArray: (name) => name === 'url' }).parse(xml);
    expect(doc.urlset.url.map((u: { loc: string }) => u.loc)).toEqual([
      'https://acme.github.io/acme-wiki/',
      'https://acme.github.io/acme-wiki/tags/%E6%97%A5%E6%9C%AC%E8%AA%9E/',
      'https://acme.github.io/acme-wiki/tags/a&b/',
      'https://acme.github.io/acme-wiki/til/b/',
    ]);
    expect(xml).toContain('<loc>https://acme.github.io/acme-wiki/tags/a&amp;b/</loc>');
  });

  it('gives the same bytes for the same files in any order, root with or without a slash', () => {
    expect(buildSitemap('https://x.dev', [...files].reverse())).toBe(buildSitemap('https://x.dev/', files));
  });
});
