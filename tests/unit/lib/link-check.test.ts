import { describe, expect, it } from 'vitest';
import { brokenLinks, checkLink, decodeEntities, lineOfLink, pageFacts, startTags, type SiteFiles } from '../../../src/lib/link-check.ts';

function site(pages: Record<string, string>, files: string[] = [], base = '/'): SiteFiles {
  return { pages: new Map(Object.entries(pages).map(([path, html]) => [path, pageFacts(html)])), files: new Set(files), base };
}

describe('startTags', () => {
  it('reads attributes the way a browser does, quotes holding > and markup', () => {
    const html = '<meta content="&quot;><img src=x onerror=alert(1)>"><a href=\'/a/\' id=top>x</a><img src=pic.png alt="a > b">';
    expect([...startTags(html)].map((tag) => [tag.name, Object.fromEntries(tag.attributes)])).toEqual([
      ['meta', { content: '"><img src=x onerror=alert(1)>' }],
      ['a', { href: '/a/', id: 'top' }],
      ['img', { src: 'pic.png', alt: 'a > b' }],
    ]);
  });

  it('skips comments, closing tags and raw text', () => {
    const html = '<!-- <a href="/c/"> --><script>if (a<b) document.write("<a href=/s/>")</script><title><a href="/t/"></title></p><a href="/real/">';
    expect([...startTags(html)].map((tag) => tag.attributes.get('href') ?? tag.name)).toEqual(['script', 'title', '/real/']);
  });

  it('survives truncated markup', () => {
    expect([...startTags('<a href="/x')].length).toBe(1);
    expect([...startTags('a < b and <')].length).toBe(0);
  });
});

describe('decodeEntities', () => {
  it.each([
    ['a&amp;b', 'a&b'],
    ['&#x2F;x&#47;', '/x/'],
    ['&quot;&lt;&gt;&apos;', '"<>\''],
    ['&unknown;', '&unknown;'],
  ])('%s', (input, expected) => expect(decodeEntities(input)).toBe(expected));
});

describe('brokenLinks', () => {
  const pages = {
    'index.html': '<a href="/docs/guide/#setup">x</a><a href="docs/guide/">rel</a><link rel="stylesheet" href="/_astro/a.css"><a href="https://example.com/x">e</a><a href="mailto:a@b.c">m</a>',
    'docs/guide/index.html': '<h2 id="setup">Setup</h2><a name="legacy"></a><a href="#legacy">l</a><a href="../../">home</a><a href="#top">t</a>',
    '404.html': '<a href="/">home</a>',
  };

  it('finds nothing on a sound site', () => {
    expect(brokenLinks(site(pages, ['_astro/a.css']))).toEqual([]);
  });

  it('reports missing pages, files and anchors once per page and link', () => {
    const broken = site(
      {
        ...pages,
        'index.html': '<a href="/docs/nope/">a</a><a href="/docs/nope/">again</a><img src="/missing.png"><a href="/docs/guide/#nope">b</a><a href="docs/x.md">c</a>',
      },
      [],
    );
    expect(brokenLinks(broken)).toEqual([
      { page: 'index.html', url: '/docs/nope/', reason: 'leads to /docs/nope/, which the build did not write' },
      { page: 'index.html', url: '/missing.png', reason: 'leads to /missing.png, which the build did not write' },
      { page: 'index.html', url: '/docs/guide/#nope', reason: 'leads to /docs/guide/#nope, but that page has no heading or element with id "nope"' },
      { page: 'index.html', url: 'docs/x.md', reason: expect.stringContaining('a Markdown path') },
    ]);
  });

  it('checks links under the base path and flags links that leave it', () => {
    const based = site({ 'index.html': '<a href="/wiki/docs/">ok</a><a href="/docs/">no base</a><a href="docs/">relative</a>', 'docs/index.html': '' }, [], '/wiki/');
    expect(brokenLinks(based)).toEqual([{ page: 'index.html', url: '/docs/', reason: "leads to /docs/, outside the site's base path /wiki/" }]);
  });

  it('matches anchors with non-ASCII ids, percent-encoded or not', () => {
    const unicode = site({ 'a/index.html': '<h2 id="فارسی">x</h2><a href="#%D9%81%D8%A7%D8%B1%D8%B3%DB%8C">1</a><a href="#فارسی">2</a>' });
    expect(brokenLinks(unicode)).toEqual([]);
  });

  it('accepts a directory link without its trailing slash, and ignores anchors on assets', () => {
    expect(checkLink('index.html', '/docs', true, site({ 'docs/index.html': '' }))).toBeUndefined();
    expect(checkLink('index.html', '/rss.xml#x', true, site({}, ['rss.xml']))).toBeUndefined();
  });
});

describe('lineOfLink', () => {
  const source = '---\ntitle: T\n---\n\nSee [guide](../guide.md#setup).\nAnd [home](/til/x/).\nAnd [gone](nope.md).\n';

  it('finds the link as written, without the base, or by its anchor', () => {
    expect(lineOfLink(source, 'nope.md', '/')).toBe(7);
    expect(lineOfLink(source, '/wiki/til/x/', '/wiki/')).toBe(6);
    expect(lineOfLink(source, '/wiki/docs/guide/#setup', '/wiki/')).toBe(5);
  });

  it('does not guess', () => {
    expect(lineOfLink(source, '/wiki/tags/x/', '/wiki/')).toBeUndefined();
  });
});
