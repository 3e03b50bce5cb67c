import { describe, expect, it } from 'vitest';
import { aliasMap, canonicalTag, categoryKey, categoryName, tagKey, tagSlug, uniqueSlugs } from '../../../src/lib/taxonomy.ts';

describe('tags', () => {
  it.each([
    ['PyTorch', 'pytorch'],
    ['  Mixed  Precision ', 'mixed precision'],
    ['cafe\u0301', 'café'],
    ['فارسی', 'فارسی'],
    ['日本語', '日本語'],
  ])('key of %s is %s', (tag, key) => {
    expect(tagKey(tag)).toBe(key);
  });

  it.each([
    ['c++', 'c-plus-plus'],
    ['c#', 'c-sharp'],
    ['ci/cd', 'ci-cd'],
    ['.net', 'dot-net'],
    ['node.js', 'node-js'],
    ['r&d', 'r-and-d'],
    ['فارسی', 'فارسی'],
    ['日本語', '日本語'],
    ['mixed precision', 'mixed-precision'],
    ['???', 'tag'],
  ])('slug of %s is %s', (key, slug) => {
    expect(tagSlug(key)).toBe(slug);
  });

  it('gives distinct URLs to tags that slug alike, deterministically', () => {
    const slugs = uniqueSlugs(['ci/cd', 'ci-cd', 'c++', 'c', 'فارسی', '日本語'], tagSlug);
    expect(Object.fromEntries(slugs)).toEqual({ c: 'c', 'c++': 'c-plus-plus', 'ci-cd': 'ci-cd', 'ci/cd': 'ci-cd-2', فارسی: 'فارسی', 日本語: '日本語' });
    expect(new Set(slugs.values()).size).toBe(6);
  });

  it('folds aliases into the canonical tag, case-insensitively', () => {
    const aliases = aliasMap({ pytorch: ['torch', 'PyTorch'] });
    expect(canonicalTag('Torch', aliases)).toBe('pytorch');
    expect(canonicalTag('pytorch', aliases)).toBe('pytorch');
    expect(canonicalTag('jax', aliases)).toBe('jax');
  });
});

describe('categories', () => {
  it.each([
    ['🐛 Debugging', 'Debugging'],
    ['👩‍💻 Tooling', 'Tooling'],
    ['⚙️ Infra', 'Infra'],
    ['Serving', 'Serving'],
    ['🚀', '🚀'],
  ])('name of %s is %s', (category, name) => {
    expect(categoryName(category)).toBe(name);
  });

  it('treats a category with and without emoji as one', () => {
    expect(categoryKey('🐛 Debugging')).toBe(categoryKey('debugging'));
  });
});
