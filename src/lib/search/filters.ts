import type { FilterName, SearchState } from './query-state.ts';

/** How the values of one filter combine: `any` widens (TIL or Doc), `all` narrows (tag a and b). */
export type FilterMode = 'any' | 'all';

/** One group of filter chips in the UI. */
export interface FilterGroup {
  name: FilterName;
  /** Group label shown before the chips and given to screen readers. */
  label: string;
  mode: FilterMode;
  /** Most chips shown; chosen values are always shown. */
  limit: number;
}

/** The filter groups in display order. A kind or category is one of several; tags add up. */
export const FILTER_GROUPS: readonly FilterGroup[] = [
  { name: 'kind', label: 'Kind', mode: 'any', limit: 8 },
  { name: 'category', label: 'Category', mode: 'any', limit: 8 },
  { name: 'tag', label: 'Tag', mode: 'all', limit: 10 },
  { name: 'author', label: 'Author', mode: 'any', limit: 6 },
];

/** The `filters` option of Pagefind's `search()`. */
export type PagefindFilters = Partial<Record<FilterName, { any: string[] } | { all: string[] }>>;

/** Pagefind's filters for the chosen values, leaving out the group `except` (for its counts). */
export function toPagefindFilters(filters: SearchState['filters'], except?: FilterName): PagefindFilters {
  const out: PagefindFilters = {};
  for (const group of FILTER_GROUPS) {
    const values = filters[group.name];
    if (group.name === except || values.length === 0) continue;
    out[group.name] = group.mode === 'any' ? { any: [...values] } : { all: [...values] };
  }
  return out;
}

/**
 * Groups whose chip counts need a search of their own: an `any` group with a chosen value counts
 * what each of its values would add, i.e. results of a search without that group's own choice.
 * Every other group takes its counts from the main search.
 */
export function groupsCountedSeparately(filters: SearchState['filters']): FilterName[] {
  return FILTER_GROUPS.filter((group) => group.mode === 'any' && filters[group.name].length > 0).map((g) => g.name);
}

/** One chip: a filter value, how many results it leads to, whether it is chosen. */
export interface Chip {
  value: string;
  count: number;
  selected: boolean;
}

/**
 * The chips of one group: values with results, most results first, then by name; capped at the
 * group's limit, but chosen values always stay (with a count of 0 if nothing matches any more).
 */
export function chipsFor(group: FilterGroup, counts: Record<string, number> | undefined, selected: readonly string[]): Chip[] {
  const entries = Object.entries(counts ?? {}).filter(([, count]) => count > 0);
  entries.sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  const chips: Chip[] = [];
  for (const [value, count] of entries) {
    const isSelected = selected.includes(value);
    if (isSelected || chips.filter((c) => !c.selected).length < group.limit) chips.push({ value, count, selected: isSelected });
  }
  for (const value of selected) if (!chips.some((c) => c.value === value)) chips.push({ value, count: counts?.[value] ?? 0, selected: true });
  return chips;
}
