import { describe, expect, it } from 'vitest';
import { splitKeys } from '../../../../src/lib/mdx/keys.ts';

describe('splitKeys', () => {
  it.each([
    ['Esc', ['Esc']],
    ['Ctrl+Shift+P', ['Ctrl', 'Shift', 'P']],
    ['Ctrl + C', ['Ctrl', 'C']],
    ['Ctrl++', ['Ctrl', '+']],
    ['+', ['+']],
    ['', []],
  ])('%j', (combo, keys) => expect(splitKeys(combo)).toEqual(keys));
});
