import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../src/lib/edit-distance.ts';
import { suspectTags } from '../../../src/lib/tag-vocabulary.ts';

describe('editDistance', () => {
  it.each([
    ['pytorch', 'pytorch', 0],
    ['pytroch', 'pytorch', 1],
    ['pytorc', 'pytorch', 1],
    ['pytorchh', 'pytorch', 1],
    ['pytarch', 'pytorch', 1],
    ['tensorflow', 'pytorch', 8],
    ['', 'abc', 3],
    ['日本語', '日本', 1],
    ['vlm', 'vllm', 1],
    ['kitten', 'sitting', 3],
    ['über', 'uber', 1],
    ['🔥a', '🔥b', 1],
    ['', '', 0],
  ])('%s -> %s is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  it('stops early past the limit', () => {
    expect(editDistance('tensorflow', 'pytorch', 1)).toBe(2);
  });
});

describe('suspectTags', () => {
  const tils = [
    { file: 'til/a.md', tags: ['pytorch', 'cuda'] },
    { file: 'til/b.md', tags: ['pytorch', 'cuda'] },
    { file: 'til/c.md', tags: ['pytroch', 'jax'] },
    { file: 'til/2026-01-01.md', line: 7, tags: ['cudaa', 'jit'] },
    { file: 'til/e.md', tags: ['quantization', 'quantisation'] },
  ];

  it('flags tags used once that are one edit from another, naming the file', () => {
    expect(suspectTags(tils)).toEqual([
      { tag: 'cudaa', near: 'cuda', file: 'til/2026-01-01.md', line: 7 },
      { tag: 'pytroch', near: 'pytorch', file: 'til/c.md', line: undefined },
      { tag: 'quantization', near: 'quantisation', file: 'til/e.md', line: undefined },
    ]);
  });

  it('ignores short tags and aliases that fold the typo away', () => {
    expect(suspectTags(tils, { pytorch: ['pytroch'], cuda: ['cudaa'] }).map((s) => s.tag)).toEqual(['quantization']);
  });
});
