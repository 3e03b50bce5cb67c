import { describe, expect, it } from 'vitest';
import { emptyState, hasFilters, isActive, parseSearchParams, toggleFilter, toQueryString } from '../../../../src/lib/search/query-state.ts';

describe('search state in the query string', () => {
  it('reads words, repeated filters and the order', () => {
    expect(parseSearchParams('?q=nan+loss&tag=pytorch&tag=cuda&kind=TIL&sort=date')).toEqual({
      query: 'nan loss',
      filters: { kind: ['TIL'], category: [], tag: ['pytorch', 'cuda'], author: [] },
      sort: 'date',
    });
  });

  it('ignores unknown parameters, empty and repeated values, and unknown orders', () => {
    expect(parseSearchParams('?q=&tag=&tag=%20a%20&tag=a&page=2&sort=random')).toEqual({
      ...emptyState(),
      filters: { kind: [], category: [], tag: ['a'], author: [] },
    });
  });

  it('keeps Unicode and signs intact both ways', () => {
    const state = { ...emptyState(), query: 'c++ & 日本語', filters: { kind: [], category: ['🐛 Debugging'], tag: ['c#', 'ci/cd'], author: [] } };
    const text = toQueryString(state);
    expect(text).toBe('?q=c%2B%2B+%26+%E6%97%A5%E6%9C%AC%E8%AA%9E&category=%F0%9F%90%9B+Debugging&tag=c%23&tag=ci%2Fcd');
    expect(parseSearchParams(text)).toEqual(state);
  });

  it('writes nothing for the empty state and trims the words', () => {
    expect(toQueryString(emptyState())).toBe('');
    expect(toQueryString({ ...emptyState(), query: '  nan  ', sort: 'date' })).toBe('?q=nan&sort=date');
  });

  it('toggles a filter value without touching the state it came from', () => {
    const before = emptyState();
    const on = toggleFilter(before, 'tag', 'pytorch');
    expect(on.filters.tag).toEqual(['pytorch']);
    expect(before.filters.tag).toEqual([]);
    expect(toggleFilter(on, 'tag', 'pytorch').filters.tag).toEqual([]);
  });

  it('knows when there is something to search for', () => {
    expect(isActive(emptyState())).toBe(false);
    expect(isActive({ ...emptyState(), query: '   ' })).toBe(false);
    expect(isActive({ ...emptyState(), query: 'x' })).toBe(true);
    const filtered = toggleFilter(emptyState(), 'kind', 'Doc');
    expect(hasFilters(filtered)).toBe(true);
    expect(isActive(filtered)).toBe(true);
  });
});
