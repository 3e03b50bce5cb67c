import { describe, expect, it } from 'vitest';
import { tagsPageContent } from '../../../src/lib/tags-page.ts';

describe('tagsPageContent', () => {
  it('shows tags when there are any', () => {
    expect(tagsPageContent(3, 76)).toBe('tags');
    expect(tagsPageContent(1, 0)).toBe('tags');
  });
  it('points to the categories of a wiki without tags', () => {
    expect(tagsPageContent(0, 76)).toBe('categories');
  });
  it('is empty only when there are neither', () => {
    expect(tagsPageContent(0, 0)).toBe('empty');
  });
});
