import { describe, expect, it } from 'vitest';
import { suggestTags, tagCloseness } from '../../../src/cli/tag-suggestions.ts';

describe('tagCloseness', () => {
  it.each([
    ['PyTorch', 'pytorch', 0],
    ['mixed_precision', 'mixed-precision', 0],
    ['mixed precision', 'mixed-precision', 0],
    ['torchcompile', 'torch-compile', 0],
    ['pytroch', 'pytorch', 1],
    ['Pytroch', 'pytorch', 1],
    ['gpu', 'cpu', 1],
    ['ml', 'ci', undefined],
    ['ab', 'a', undefined],
    ['pandas', 'pytorch', undefined],
    ['tensorrt', 'tensorflow', undefined],
  ])('%s ~ %s: %s', (tag, existing, closeness) => {
    expect(tagCloseness(tag, existing)).toBe(closeness);
  });
});

describe('suggestTags', () => {
  const existing = ['pytorch', 'pytorch', 'pytorch-lightning', 'cuda', 'cudnn', 'cudnn', 'mixed-precision'];

  it('suggests only for tags the wiki does not use yet, keeping input order', () => {
    expect(suggestTags(['cuda', 'Cuda', 'pytroch', 'brand-new'], existing)).toEqual([
      { tag: 'Cuda', suggestion: 'cuda' },
      { tag: 'pytroch', suggestion: 'pytorch' },
    ]);
  });

  it('prefers the closest tag, then the most used one', () => {
    // cuda (distance 1) beats cudnn (distance 2, more used); cudn is 1 from both: cudnn is used more.
    expect(suggestTags(['cudaa', 'cudn'], existing)).toEqual([
      { tag: 'cudaa', suggestion: 'cuda' },
      { tag: 'cudn', suggestion: 'cudnn' },
    ]);
  });

  it('suggests nothing in an empty wiki', () => {
    expect(suggestTags(['pytorch'], [])).toEqual([]);
  });
});
