import { describe, expect, it } from 'vitest';
import { chipsFor, FILTER_GROUPS, groupsCountedSeparately, toPagefindFilters, type FilterGroup } from '../../../../src/lib/search/filters.ts';
import { emptyState } from '../../../../src/lib/search/query-state.ts';

const chosen = { kind: ['TIL', 'Doc'], category: [], tag: ['pytorch', 'cuda'], author: ['mira-k'] };
const group = (name: FilterGroup['name']) => FILTER_GROUPS.find((g) => g.name === name)!;

describe('search filters', () => {
  it('shows kind, category, tag and author, in that order', () => {
    expect(FILTER_GROUPS.map((g) => g.name)).toEqual(['kind', 'category', 'tag', 'author']);
  });

  it('widens within a kind or author and narrows across tags', () => {
    expect(toPagefindFilters(chosen)).toEqual({ kind: { any: ['TIL', 'Doc'] }, tag: { all: ['pytorch', 'cuda'] }, author: { any: ['mira-k'] } });
    expect(toPagefindFilters(emptyState().filters)).toEqual({});
  });

  it('leaves out one group when counting that group', () => {
    expect(toPagefindFilters(chosen, 'kind')).toEqual({ tag: { all: ['pytorch', 'cuda'] }, author: { any: ['mira-k'] } });
  });

  it('counts a widening group with a choice separately', () => {
    expect(groupsCountedSeparately(chosen)).toEqual(['kind', 'author']);
    expect(groupsCountedSeparately(emptyState().filters)).toEqual([]);
  });

  it('orders chips by count then name, drops empty values and caps the list', () => {
    const counts = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`t${String(i).padStart(2, '0')}`, i % 3]));
    const chips = chipsFor(group('tag'), counts, []);
    expect(chips).toHaveLength(group('tag').limit);
    expect(chips.slice(0, 3)).toEqual([
      { value: 't02', count: 2, selected: false },
      { value: 't05', count: 2, selected: false },
      { value: 't08', count: 2, selected: false },
    ]);
    expect(chips.every((c) => c.count > 0)).toBe(true);
  });

  it('always keeps the chosen values, even past the cap or without results', () => {
    const counts = { a: 9, b: 8, c: 7 };
    const kinds = chipsFor({ ...group('kind'), limit: 1 }, counts, ['c', 'gone']);
    expect(kinds).toEqual([
      { value: 'a', count: 9, selected: false },
      { value: 'c', count: 7, selected: true },
      { value: 'gone', count: 0, selected: true },
    ]);
    expect(chipsFor(group('author'), undefined, [])).toEqual([]);
  });
});
