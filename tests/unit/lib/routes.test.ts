import { describe, expect, it } from 'vitest';
import { docSlug, parseTilFileName, urls, withBase } from '../../../src/lib/routes.ts';

describe('routes', () => {
  it.each([
    ['2026-11-02-gradscaler-nan.md', { date: '2026-11-02', slug: '2026-11-02-gradscaler-nan' }],
    ['2026-11-02-GradScaler NaN.mdx', { date: '2026-11-02', slug: '2026-11-02-gradscaler-nan' }],
    ['2026-11-02-日本語.md', { date: '2026-11-02', slug: '2026-11-02-日本語' }],
    ['2026-11-02.md', undefined],
    ['gradscaler.md', undefined],
    ['2026-11-02-!!!.md', undefined],
  ])('parses the TIL file name %s', (name, expected) => {
    expect(parseTilFileName(name)).toEqual(expected);
  });

  it.each([
    ['index.md', ''],
    ['guides/index.mdx', 'guides'],
    ['README.md', ''],
    ['model-parallelism/README.md', 'model-parallelism'],
    ['guides/readme.mdx', 'guides'],
    ['guides/readme-first.md', 'guides/readme-first'],
    ['guides/Writing TILs.md', 'guides/writing-tils'],
    ['Architecture/Serving Stack.md', 'architecture/serving-stack'],
  ])('slugs the docs path %s', (path, slug) => {
    expect(docSlug(path)).toBe(slug);
  });

  it('builds URLs with and without a base path', () => {
    expect(urls.til('2026-11-02-a')).toBe('/til/2026-11-02-a/');
    expect(urls.doc('')).toBe('/docs/');
    expect(withBase('/', '/til/')).toBe('/til/');
    expect(withBase('/wiki/', '/til/')).toBe('/wiki/til/');
    expect(withBase('/wiki', 'til/')).toBe('/wiki/til/');
  });
});
