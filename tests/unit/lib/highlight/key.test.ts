import { describe, expect, it } from 'vitest';
import { highlightKey, type HighlightInput } from '../../../../src/lib/highlight/key.ts';

const base: HighlightInput = { code: 'print(1)', lang: 'python', meta: undefined, settings: { themes: { light: 'github-light' }, shiki: '4.6.0' } };

describe('highlightKey', () => {
  it('is a sha256 hex digest, the same for the same input', () => {
    expect(highlightKey(base)).toMatch(/^[0-9a-f]{64}$/);
    expect(highlightKey({ ...base })).toBe(highlightKey(base));
  });

  it.each<[string, Partial<HighlightInput>]>([
    ['code', { code: 'print(2)' }],
    ['language', { lang: 'py' }],
    ['meta string', { meta: 'title="a.py"' }],
    ['theme', { settings: { themes: { light: 'github-light-default' }, shiki: '4.6.0' } }],
    ['Shiki version', { settings: { themes: { light: 'github-light' }, shiki: '4.7.0' } }],
  ])('changes with the %s', (_what, change) => {
    expect(highlightKey({ ...base, ...change })).not.toBe(highlightKey(base));
  });

  it('keeps fields apart: moving text from code to language is another key', () => {
    expect(highlightKey({ ...base, code: 'ab', lang: 'c' })).not.toBe(highlightKey({ ...base, code: 'a', lang: 'bc' }));
  });

  it('an empty meta string is not the same as no meta', () => {
    expect(highlightKey({ ...base, meta: '' })).not.toBe(highlightKey(base));
  });
});
