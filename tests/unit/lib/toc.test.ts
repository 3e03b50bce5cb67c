import { describe, expect, it } from 'vitest';
import { TOC_MIN_HEADINGS, tocItems } from '../../../src/lib/toc.ts';

const h = (depth: number, slug: string) => ({ depth, slug, text: slug });

describe('tocItems', () => {
  it('gives a table of contents from two headings on', () => {
    expect(TOC_MIN_HEADINGS).toBe(2);
    expect(tocItems([h(2, 'a'), h(2, 'b')]).map((x) => x.slug)).toEqual(['a', 'b']);
  });
  it('gives none for a single heading', () => {
    expect(tocItems([h(2, 'a')])).toEqual([]);
  });
  it('keeps ## and ### only, in order, and counts only those', () => {
    expect(tocItems([h(1, 'title'), h(2, 'a'), h(4, 'deep')])).toEqual([]);
    expect(tocItems([h(2, 'a'), h(4, 'deep'), h(3, 'b')]).map((x) => x.slug)).toEqual(['a', 'b']);
  });
  it('leaves out headings without an id, and honours a caller minimum', () => {
    expect(tocItems([h(2, ''), h(2, 'a')])).toEqual([]);
    expect(tocItems([h(2, 'a'), h(2, 'b')], 3)).toEqual([]);
  });
});
