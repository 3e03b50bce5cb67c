import { describe, expect, it } from 'vitest';
import { readingMinutes } from '../../../src/lib/reading-time.ts';

describe('readingMinutes', () => {
  it('is at least one minute', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes('A short note.')).toBe(1);
  });

  it('counts about 200 words a minute, ignoring markup', () => {
    expect(readingMinutes(Array(1000).fill('word').join(' '))).toBe(5);
    expect(readingMinutes(`## ${Array(400).fill('**word**').join(' | ')}`)).toBe(2);
  });
});
