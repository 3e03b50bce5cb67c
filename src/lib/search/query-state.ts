/**
 * What a search is: the query, the chosen filter values and the order. It round-trips through a
 * query string (`/search/?q=nan&tag=pytorch&tag=cuda&sort=date`) so a search can be linked.
 */

/** Filters, in the order the UI shows them. Each is a `data-pagefind-filter` name in the pages. */
export const FILTER_NAMES = ['kind', 'category', 'tag', 'author'] as const;

/** `kind`, `category`, `tag` or `author`. */
export type FilterName = (typeof FILTER_NAMES)[number];

/** Best match first (`relevance`) or newest first (`date`). */
export type SortOrder = 'relevance' | 'date';

/** What one search asks for. */
export interface SearchState {
  /** The words typed, trimmed of nothing (the input shows them as typed). */
  query: string;
  /** Chosen values per filter, in the order they were chosen, without duplicates. */
  filters: Record<FilterName, string[]>;
  /** `relevance` (default) or newest first. */
  sort: SortOrder;
}

/** No query, no filters, by relevance. */
export function emptyState(): SearchState {
  return { query: '', filters: { kind: [], category: [], tag: [], author: [] }, sort: 'relevance' };
}

/** The state a query string describes; unknown parameters and empty values are ignored. */
export function parseSearchParams(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state = emptyState();
  state.query = params.get('q') ?? '';
  for (const name of FILTER_NAMES) {
    for (const value of params.getAll(name)) {
      const trimmed = value.trim();
      if (trimmed && !state.filters[name].includes(trimmed)) state.filters[name].push(trimmed);
    }
  }
  if (params.get('sort') === 'date') state.sort = 'date';
  return state;
}

/** `?q=...&kind=...&tag=...&sort=date` with empty parts left out; `` for the empty state. */
export function toQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  const query = state.query.trim();
  if (query) params.set('q', query);
  for (const name of FILTER_NAMES) for (const value of state.filters[name]) params.append(name, value);
  if (state.sort === 'date') params.set('sort', 'date');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The state with `value` chosen for `name` if it was not, or unchosen if it was. */
export function toggleFilter(state: SearchState, name: FilterName, value: string): SearchState {
  const current = state.filters[name];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...state, filters: { ...state.filters, [name]: next } };
}

/** Whether any filter value is chosen. */
export function hasFilters(state: SearchState): boolean {
  return FILTER_NAMES.some((name) => state.filters[name].length > 0);
}

/** Whether there is anything to search for: words or at least one filter value. */
export function isActive(state: SearchState): boolean {
  return state.query.trim() !== '' || hasFilters(state);
}
