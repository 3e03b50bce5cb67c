import { describe, expect, it } from 'vitest';
import { relatedTils } from '../../../src/lib/related.ts';

const til = (slug: string, date: string, tags: string[], keywords: string[] = []) => ({ slug, title: slug, date, tags, keywords });

describe('relatedTils', () => {
  const tils = [
    til('me', '2026-11-10', ['pytorch', 'cuda'], ['NaN loss']),
    til('two-tags', '2026-11-01', ['PyTorch', 'CUDA']),
    til('tag-and-keyword', '2026-11-02', ['cuda'], ['nan LOSS']),
    til('one-tag-new', '2026-11-09', ['pytorch']),
    til('one-tag-old', '2026-10-01', ['pytorch']),
    til('keyword-only', '2026-11-05', [], ['NaN loss']),
    til('unrelated', '2026-11-06', ['pandas'], ['parquet']),
    til('alias', '2026-09-01', ['torch']),
  ];

  it('ranks by shared tags (2) and keywords (1), then newest', () => {
    const related = relatedTils(tils).get('me')?.map((t) => t.slug);
    expect(related).toEqual(['two-tags', 'tag-and-keyword', 'one-tag-new', 'one-tag-old', 'keyword-only']);
  });

  it('never lists the note itself or notes sharing nothing, and honours the limit', () => {
    const related = relatedTils(tils, { limit: 2 }).get('me')?.map((t) => t.slug);
    expect(related).toEqual(['two-tags', 'tag-and-keyword']);
    expect(relatedTils(tils).get('unrelated')).toEqual([]);
  });

  it('treats tag aliases as the same tag', () => {
    const related = relatedTils(tils, { tagAliases: { pytorch: ['torch'] } }).get('alias')?.map((t) => t.slug);
    // All four share one tag (2 points); the newest come first.
    expect(related?.slice(0, 3)).toEqual(['me', 'one-tag-new', 'two-tags']);
  });
});
