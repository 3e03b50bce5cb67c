import type { PagefindFilters } from '../../lib/search/filters.ts';
import { PAGEFIND_RANKING } from '../../lib/search/ranking.ts';
import type { PagefindResultData } from '../../lib/search/results.ts';

/** Result counts per filter value: `{ kind: { TIL: 7, Doc: 1 }, tag: {...} }`. */
export type FilterCounts = Partial<Record<string, Record<string, number>>>;

/** One hit of Pagefind's `search()`; `data()` fetches its fragment. */
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

/** What `search()` answers. */
export interface PagefindResponse {
  results: PagefindResult[];
  /** Counts for the current words and filters. */
  filters: FilterCounts;
}

/** Options of `search()`: filters, and a sort by a `data-pagefind-sort` key. */
export interface PagefindSearchOptions {
  filters?: PagefindFilters;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** The part of Pagefind's browser API (`pagefind.js`) Labbook uses. */
export interface Pagefind {
  options: (options: {
    baseUrl?: string;
    excerptLength?: number;
    noWorker?: boolean;
    /** Per metadata field, how much a match in it adds to a page's score (Pagefind 1.5+; `title` is 5 by default). */
    ranking?: { metaWeights?: Readonly<Record<string, number>> };
  }) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: PagefindSearchOptions) => Promise<PagefindResponse>;
  preload: (term: string, options?: PagefindSearchOptions) => Promise<void>;
  filters: () => Promise<FilterCounts>;
}

/** The site's base path with one trailing slash: `/` or `/wiki/`. */
export const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

let loading: Promise<Pagefind> | undefined;
let failed = false;

/**
 * Pagefind from `<base>pagefind/pagefind.js`, loaded on first use and shared by every panel. Its
 * filter index is loaded too: without it, searches return no filter counts. A failed load (no
 * index yet in dev, offline) is not retried on every keystroke, only after {@link retryPagefind}.
 */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    // Built by the search-index integration after Vite has finished: not a module Vite knows.
    const pagefind = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as Pagefind;
    // In the page rather than a web worker: a wiki's index searches in milliseconds, and the
    // worker would be a second 43 KB copy of the search code to download.
    await pagefind.options({ baseUrl: BASE, excerptLength: 24, noWorker: true, ranking: PAGEFIND_RANKING });
    await pagefind.init();
    await pagefind.filters();
    return pagefind;
  })();
  loading.catch(() => (failed = true));
  return loading;
}

/** Forget a failed load, so the next search tries again (search was opened again). */
export function retryPagefind(): void {
  if (!failed) return;
  failed = false;
  loading = undefined;
}

/** What the panel says when Pagefind cannot be loaded. */
export const UNAVAILABLE = import.meta.env.DEV
  ? 'Run npm run build once to enable search in dev.'
  : 'Search could not load its index. Reload the page to try again.';
