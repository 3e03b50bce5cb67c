import { describe, expect, it } from 'vitest';
import { buildCategoryIndex, buildTagIndex, tagsOf } from '../../../src/lib/term-index.ts';

const til = (slug: string, date: string, tags: string[], category?: string) => ({ slug, title: slug, date, tags, category });

describe('buildTagIndex', () => {
  const tils = [
    til('a', '2026-01-01', ['PyTorch', 'c++']),
    til('b', '2026-01-03', ['pytorch', 'ci/cd', 'ci-cd']),
    til('c', '2026-01-02', ['torch', 'فارسی', '日本語']),
  ];

  it('groups tags case-insensitively, most used first, notes newest first', () => {
    const index = buildTagIndex(tils);
    expect(index[0]).toMatchObject({ key: 'pytorch', slug: 'pytorch' });
    expect(index[0]?.tils.map((t) => t.slug)).toEqual(['b', 'a']);
    // Equally used spellings: the first in locale order (lower case first) is shown.
    expect(index[0]?.name).toBe('pytorch');
  });

  it('gives c++, ci/cd, ci-cd, فارسی and 日本語 distinct working slugs', () => {
    const slugs = Object.fromEntries(buildTagIndex(tils).map((t) => [t.key, t.slug]));
    expect(slugs).toMatchObject({ 'c++': 'c-plus-plus', 'ci-cd': 'ci-cd', 'ci/cd': 'ci-cd-2', فارسی: 'فارسی', 日本語: '日本語' });
  });

  it('folds aliases into the canonical tag', () => {
    const index = buildTagIndex(tils, { pytorch: ['torch'] });
    expect(index.find((t) => t.key === 'pytorch')?.tils.map((t) => t.slug)).toEqual(['b', 'c', 'a']);
    expect(index.find((t) => t.key === 'torch')).toBeUndefined();
  });

  it('counts a note once when it repeats a tag in another case', () => {
    expect(tagsOf({ tags: ['CUDA', 'cuda', 'torch'] }, { pytorch: ['torch'] })).toEqual(['CUDA', 'pytorch']);
  });
});

describe('buildCategoryIndex', () => {
  it('merges a category with and without emoji, showing the emoji', () => {
    const index = buildCategoryIndex([til('a', '2026-01-01', [], 'Debugging'), til('b', '2026-01-02', [], '🐛 Debugging'), til('c', '2026-01-02', [])]);
    expect(index).toHaveLength(1);
    expect(index[0]).toMatchObject({ key: 'debugging', name: '🐛 Debugging', slug: 'debugging' });
    expect(index[0]?.tils.map((t) => t.slug)).toEqual(['b', 'a']);
  });
});
