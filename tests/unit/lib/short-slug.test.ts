import { describe, expect, it } from 'vitest';
import { shortenSlug } from '../../../src/lib/short-slug.ts';

const bytes = (text: string) => Buffer.byteLength(text);

describe('shortenSlug', () => {
  it('leaves a slug that fits alone', () => {
    expect(shortenSlug('gradscaler-nan', 20)).toBe('gradscaler-nan');
  });

  it('cuts on the last word boundary that keeps at least half', () => {
    expect(shortenSlug('gradient-checkpointing-trades-compute', 30)).toBe('gradient-checkpointing-trades');
    expect(shortenSlug('a-supercalifragilisticexpialidocious', 20)).toBe('a-supercalifragilist');
  });

  it('never cuts inside a multi-byte character or between a letter and its accent', () => {
    const japanese = shortenSlug('日本語のメモ'.repeat(20), 100);
    expect(bytes(japanese)).toBeLessThanOrEqual(100);
    expect(japanese).toBe('日本語のメモ'.repeat(20).slice(0, 33));
    const decomposed = 'über'.normalize('NFD').repeat(50);
    const cut = shortenSlug(decomposed, 25);
    expect(cut.normalize('NFC')).toMatch(/^(über)*ü?b?e?r?$/);
    expect(cut.at(-1)).not.toBe('u');
  });

  it('leaves no trailing dash', () => {
    expect(shortenSlug('abcdefgh--ijklmnop', 10)).toBe('abcdefgh');
  });
});
