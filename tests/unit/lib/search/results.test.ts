import { describe, expect, it } from 'vitest';
import { PAGEFIND_RANKING, SHOWN_TITLE_META } from '../../../../src/lib/search/ranking.ts';
import { resultSummary, toHit, type PagefindResultData } from '../../../../src/lib/search/results.ts';

const data: PagefindResultData = {
  url: '/wiki/til/2026-05-04-checkpointing/',
  excerpt: 'trades <mark>compute</mark> for memory',
  meta: { title: 'Gradient checkpointing trades compute for memory', kind: 'TIL', date: '2026-05-04', category: 'Training' },
  filters: { kind: ['TIL'], tag: ['pytorch', 'memory'] },
  sub_results: [
    { title: 'Gradient checkpointing trades compute for memory', url: '/wiki/til/2026-05-04-checkpointing/', excerpt: 'page text' },
    { title: 'Why it helps', url: '/wiki/til/2026-05-04-checkpointing/#why-it-helps', excerpt: 'recompute <mark>compute</mark>' },
    { title: 'Where it hurts', url: '/wiki/til/2026-05-04-checkpointing/#where-it-hurts', excerpt: 'x' },
    { title: 'Three', url: '/wiki/til/2026-05-04-checkpointing/#three', excerpt: 'x' },
    { title: 'Four', url: '/wiki/til/2026-05-04-checkpointing/#four', excerpt: 'x' },
  ],
};

describe('search results', () => {
  it('shapes a result with its metadata, tags and matching headings', () => {
    const hit = toHit(data);
    expect(hit).toMatchObject({
      url: '/wiki/til/2026-05-04-checkpointing/',
      title: 'Gradient checkpointing trades compute for memory',
      kind: 'TIL',
      date: '2026-05-04',
      category: 'Training',
      tags: ['pytorch', 'memory'],
      excerpt: [
        { text: 'trades ', mark: false },
        { text: 'compute', mark: true },
        { text: ' for memory', mark: false },
      ],
    });
    expect(hit.sections.map((s) => s.url)).toEqual([
      '/wiki/til/2026-05-04-checkpointing/#why-it-helps',
      '/wiki/til/2026-05-04-checkpointing/#where-it-hurts',
      '/wiki/til/2026-05-04-checkpointing/#three',
    ]);
    expect(hit.sections[0]?.excerpt).toEqual([
      { text: 'recompute ', mark: false },
      { text: 'compute', mark: true },
    ]);
    expect(toHit(data, 1).sections).toHaveLength(1);
  });

  it('copes with a page that has no metadata', () => {
    expect(toHit({ url: '/docs/', excerpt: '', meta: {} })).toEqual({
      url: '/docs/',
      title: '/docs/',
      kind: undefined,
      date: undefined,
      category: undefined,
      tags: [],
      excerpt: [],
      sections: [],
    });
  });

  it('keeps a title that looks like markup as text', () => {
    const title = '"><img src=x onerror=window.__xss=1>';
    expect(toHit({ ...data, meta: { title } }).title).toBe(title);
  });

  it("shows an issue page's unranked title, which ranking gives no weight, in place of its empty title", () => {
    const issue = { url: '/issues/42/', excerpt: '<mark>#42</mark> is cited by 1 page: A.', meta: { kind: 'Issue', title: '', [SHOWN_TITLE_META]: 'What do we know about #42?' } };
    expect(toHit(issue)).toMatchObject({ title: 'What do we know about #42?', kind: 'Issue' });
    expect(PAGEFIND_RANKING.metaWeights[SHOWN_TITLE_META]).toBe(0);
    // Pagefind's own title boost is left as it is.
    expect(Object.keys(PAGEFIND_RANKING.metaWeights)).toEqual([SHOWN_TITLE_META]);
  });

  it('ignores a date that is not a day', () => {
    expect(toHit({ ...data, meta: { ...data.meta, date: '0000-00-00x' } }).date).toBeUndefined();
  });

  it.each([
    [0, 'nan', false, 'No results for “nan”.'],
    [0, 'nan', true, 'No results for “nan” with these filters.'],
    [1, ' nan ', false, '1 result for “nan”.'],
    [12, 'nan', true, '12 results for “nan” with these filters.'],
    [0, '', true, 'No pages match these filters.'],
    [1, '', true, '1 page matches the filters.'],
    [3, '', true, '3 pages match the filters.'],
  ])('announces %i results for %j (filtered: %s)', (count, query, filtered, text) => {
    expect(resultSummary(count, query, filtered)).toBe(text);
  });
});
