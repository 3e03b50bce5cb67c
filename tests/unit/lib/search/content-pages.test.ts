import { describe, expect, it } from 'vitest';
import { contentKindOf, contentPages, describeCounts, indexedPageCount, indexShortfall, LISTING_ATTRIBUTE, pageUrlOf, searchKindOf } from '../../../../src/lib/search/content-pages.ts';

describe('content pages for the search index', () => {
  it.each([
    ['/til/2026-11-02-gradscaler/', 'TIL'],
    ['/til/2026-11-16-a-ddp-checkpoint-only-loads-back/', 'TIL'],
    ['/til/weekly/2026-W47/', 'Weekly'],
    ['/docs/', 'Doc'],
    ['/docs/guides/onboarding/', 'Doc'],
    ['/til/', undefined],
    ['/til/weekly/', undefined],
    ['/tags/pytorch/', undefined],
    ['/categories/data/', undefined],
    // An issue's page is searched, but it is no content page (its og:type stays website).
    ['/issues/42/', undefined],
    ['/search/', undefined],
    ['/', undefined],
    ['/404.html', undefined],
  ])('%s is a %s page', (url, kind) => {
    expect(contentKindOf(url)).toBe(kind);
  });

  it.each([
    ['/til/2026-11-02-gradscaler/', 'TIL'],
    ['/docs/', 'Doc'],
    ['/issues/42/', 'Issue'],
    ['/issues/pytorch/pytorch/9/', 'Issue'],
    // The table of every issue is navigation.
    ['/issues/', undefined],
    ['/tags/pytorch/', undefined],
  ])('search must find %s as a %s page', (url, kind) => {
    expect(searchKindOf(url)).toBe(kind);
  });

  it.each([
    ['index.html', '/'],
    ['til/a/index.html', '/til/a/'],
    ['404.html', '/404.html'],
    ['/docs/index.html', '/docs/'],
  ])('%s is served at %s', (path, url) => {
    expect(pageUrlOf(path)).toBe(url);
  });

  it('finds content pages in built HTML, skipping generated listings and other pages', () => {
    const pages = contentPages([
      { path: 'til/b/index.html', html: '<article class="article" data-pagefind-body>' },
      { path: 'til/a/index.html', html: '<article data-pagefind-body="">' },
      { path: 'docs/index.html', html: `<article class="article" ${LISTING_ATTRIBUTE}>` },
      { path: 'docs/x/index.html', html: '<article class="article">' },
      { path: 'tags/a/index.html', html: '<main>' },
      { path: 'til/weekly/2026-W01/index.html', html: '<p>data-pagefind-body-ish text</p>' },
      { path: 'issues/index.html', html: '<main>' },
      { path: 'issues/42/index.html', html: '<div data-pagefind-body data-pagefind-weight="0">' },
    ]);
    expect(pages).toEqual([
      { url: '/docs/x/', kind: 'Doc', hasBody: false },
      { url: '/issues/42/', kind: 'Issue', hasBody: true },
      { url: '/til/a/', kind: 'TIL', hasBody: true },
      { url: '/til/b/', kind: 'TIL', hasBody: true },
      { url: '/til/weekly/2026-W01/', kind: 'Weekly', hasBody: false },
    ]);
  });

  it('counts pages by kind in words', () => {
    expect(describeCounts([{ kind: 'Weekly' }, { kind: 'TIL' }, { kind: 'TIL' }, { kind: 'Doc' }])).toBe('2 TILs, 1 docs page, 1 weekly page');
    expect(describeCounts([{ kind: 'Issue' }, { kind: 'TIL' }, { kind: 'Issue' }])).toBe('1 TIL, 2 issue pages');
    expect(describeCounts([])).toBe('no content pages');
  });

  it('reads the indexed page count from pagefind-entry.json', () => {
    expect(indexedPageCount('{"version":"1.6.0","languages":{"en":{"hash":"en_1","page_count":12},"de":{"page_count":3}}}')).toBe(15);
    expect(indexedPageCount('{"languages":{}}')).toBe(0);
  });

  it('is silent when the index holds every content page', () => {
    const pages = [{ url: '/til/a/', kind: 'TIL' as const, hasBody: true }];
    expect(indexShortfall(pages, 1)).toBeUndefined();
    expect(indexShortfall(pages, 2)).toBeUndefined();
  });

  it('names the pages without data-pagefind-body and says what to do', () => {
    const message = indexShortfall(
      [
        { url: '/docs/x/', kind: 'Doc', hasBody: false },
        { url: '/til/a/', kind: 'TIL', hasBody: true },
        { url: '/til/weekly/2026-W01/', kind: 'Weekly', hasBody: false },
      ],
      1,
    );
    expect(message).toMatchInlineSnapshot(`
      "Search index is incomplete: Pagefind indexed 1 page, but the site has 3 content pages (1 TIL, 1 docs page, 1 weekly page).
      These pages have no element marked data-pagefind-body: /docs/x/, /til/weekly/2026-W01/. Add data-pagefind-body to the <article> of their template in src/pages/."
    `);
  });

  it('still fails when every page is marked but some were not indexed', () => {
    expect(indexShortfall([{ url: '/til/a/', kind: 'TIL', hasBody: true }], 0)).toContain('Pagefind could not read some of them');
  });

  it('lists at most ten missing pages', () => {
    const pages = Array.from({ length: 13 }, (_, i) => ({ url: `/til/n${String(i).padStart(2, '0')}/`, kind: 'TIL' as const, hasBody: false }));
    expect(indexShortfall(pages, 0)).toContain('/til/n09/, and 3 more.');
  });
});
