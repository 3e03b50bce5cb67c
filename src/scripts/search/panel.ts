/**
 * The search panel's behaviour, shared by the dialog and the /search/ page: results as you type,
 * filter chips with counts, arrow keys through the results, Enter to open one, and a live region
 * that tells screen readers how many results there are.
 */
import { chipsFor, FILTER_GROUPS, groupsCountedSeparately, toPagefindFilters } from '../../lib/search/filters.ts';
import { emptyState, hasFilters, isActive, toggleFilter, type FilterName, type SearchState } from '../../lib/search/query-state.ts';
import { pagefindTerms } from '../../lib/search/query-terms.ts';
import { resultSummary, toHit } from '../../lib/search/results.ts';
import { loadPagefind, retryPagefind, UNAVAILABLE, type FilterCounts, type PagefindResult, type PagefindSearchOptions } from './pagefind.ts';
import { chipGroup, hitItems } from './render.ts';

/** Wait this long after the last keystroke before searching. */
const DEBOUNCE_MS = 150;
/** Results rendered at once; "Show more results" renders the next ones. */
const PAGE_SIZE = 10;

/** What a panel needs: its markup and what to do when the search changes. */
export interface PanelOptions {
  /** The element rendered by SearchPanel.astro. */
  root: HTMLElement;
  initial?: SearchState;
  /** Called whenever the words, filters or order change. */
  onChange?: (state: SearchState) => void;
  /** Called before a result is followed (the dialog closes, in case only the fragment changes). */
  onNavigate?: (url: string) => void;
}

/** A panel's controls for its owner (the dialog or the search page). */
export interface Panel {
  /** Put the cursor in the search field, its text selected unless `select` is false. */
  focus: (select?: boolean) => void;
  /** Load Pagefind and show what the current state finds (or, with nothing typed, the filters). */
  start: () => void;
}

/** The element matching `selector` inside `root`; a missing one is a bug in SearchPanel.astro. */
function part<T extends Element>(root: HTMLElement, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`search panel: ${selector} is missing`);
  return el;
}

/** Wire up one SearchPanel.astro: nothing loads until `start()` or the first keystroke. */
export function createPanel({ root, initial, onChange, onNavigate }: PanelOptions): Panel {
  const input = part<HTMLInputElement>(root, '[data-search-input]');
  const sort = part<HTMLSelectElement>(root, '[data-search-sort]');
  const filters = part<HTMLElement>(root, '[data-search-filters]');
  const facets = part<HTMLDetailsElement>(root, '[data-search-facets]');
  const status = part<HTMLElement>(root, '[data-search-status]');
  const hint = part<HTMLElement>(root, '[data-search-hint]');
  const list = part<HTMLElement>(root, '[data-search-results]');
  const more = part<HTMLButtonElement>(root, '[data-search-more]');
  const id = input.id.replace(/-input$/, '');
  /** The wiki's repository (`owner/repo`): `owner/repo#42` is searched as the `#42` its notes write. */
  const repo = input.dataset.searchRepo || undefined;

  // Without a given state, the words already in the field (typed before this code loaded).
  let state = initial ?? { ...emptyState(), query: input.value };
  input.value = state.query;
  sort.value = state.sort === 'date' ? 'date' : '';
  /** Generation of the latest search: answers to older ones are dropped. */
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: Promise<void> | undefined;
  let results: PagefindResult[] = [];
  let shown = 0;
  let active = -1;

  const options = () => [...list.querySelectorAll<HTMLAnchorElement>('[role="option"]')];

  function setActive(index: number): void {
    const all = options();
    active = index;
    all.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    const current = all[index];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function change(next: SearchState, delay: number): void {
    state = next;
    onChange?.(state);
    clearTimeout(timer);
    pending = new Promise((resolve) => {
      timer = setTimeout(() => void search().finally(resolve), delay);
    });
  }

  function renderFilters(counts: FilterCounts, chosen: SearchState['filters']): void {
    const focused = document.activeElement instanceof HTMLElement && filters.contains(document.activeElement) ? document.activeElement.dataset : undefined;
    const groups = FILTER_GROUPS.map((group) => ({ group, chips: chipsFor(group, counts[group.name], chosen[group.name]) }));
    filters.replaceChildren(...groups.filter((g) => g.chips.length > 0).map(({ group, chips }) => chipGroup(group, chips, id)));
    // A chosen filter is never hidden (a linked /search/?tag=... opens with it shown).
    if (Object.values(chosen).some((values) => values.length > 0)) facets.open = true;
    // Re-rendering replaced the chip that had focus: give it to its successor.
    if (focused?.filter && focused.value !== undefined) {
      filters.querySelector<HTMLElement>(`[data-filter="${CSS.escape(focused.filter)}"][data-value="${CSS.escape(focused.value)}"]`)?.focus();
    }
  }

  function clearResults(): void {
    results = [];
    shown = 0;
    list.replaceChildren();
    more.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  }

  function unavailable(): void {
    clearResults();
    filters.replaceChildren();
    hint.hidden = true;
    status.textContent = UNAVAILABLE;
  }

  async function showMore(run: number): Promise<void> {
    const batch = results.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(batch.map((result) => result.data()));
    if (run !== generation) return;
    list.append(...data.flatMap((d, i) => hitItems(toHit(d), `${id}-result-${shown + i}`)));
    shown += batch.length;
    more.hidden = shown >= results.length;
    input.setAttribute('aria-expanded', String(shown > 0));
  }

  async function search(): Promise<void> {
    const run = ++generation;
    // The state as it is now: if it changes while Pagefind loads, a newer search shows that.
    const current = state;
    let pagefind;
    try {
      pagefind = await loadPagefind();
    } catch {
      if (run === generation) unavailable();
      return;
    }
    const query = current.query.trim();
    const terms = pagefindTerms(query, repo);
    if (!isActive(current)) {
      const totals = await pagefind.filters();
      if (run !== generation) return;
      clearResults();
      renderFilters(totals, current.filters);
      status.textContent = '';
      hint.hidden = false;
      return;
    }
    // Without words there is no relevance: list the filtered pages newest first.
    const options: PagefindSearchOptions = current.sort === 'date' || !query ? { sort: { date: 'desc' } } : {};
    const separately = groupsCountedSeparately(current.filters);
    const [response, ...own] = await Promise.all([
      pagefind.search(terms || null, { ...options, filters: toPagefindFilters(current.filters) }),
      ...separately.map((name) => pagefind.search(terms || null, { filters: toPagefindFilters(current.filters, name) })),
    ]);
    if (run !== generation || !response) return;
    const counts: FilterCounts = { ...response.filters };
    separately.forEach((name: FilterName, i) => (counts[name] = own[i]?.filters[name] ?? {}));
    clearResults();
    results = response.results;
    await showMore(run);
    if (run !== generation) return;
    renderFilters(counts, current.filters);
    hint.hidden = true;
    status.textContent = resultSummary(results.length, query, hasFilters(current));
  }

  function follow(url: string): void {
    onNavigate?.(url);
    location.assign(url);
  }

  input.addEventListener('input', () => {
    const query = input.value;
    change({ ...state, query }, DEBOUNCE_MS);
    // Fetch the index chunks for these words while the debounce waits.
    if (query.trim()) loadPagefind().then((pagefind) => pagefind.preload(pagefindTerms(query, repo)), () => undefined);
  });

  input.addEventListener('keydown', async (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const count = options().length;
      if (!count) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(active < 0 ? (step > 0 ? 0 : count - 1) : (active + step + count) % count);
    } else if (event.key === 'Enter' && !event.isComposing) {
      event.preventDefault();
      // Typed fast and pressed Enter before the debounce ran: search first.
      if (pending) await pending;
      const target = options()[Math.max(active, 0)];
      if (target) follow(target.href);
    }
  });

  sort.addEventListener('change', () => change({ ...state, sort: sort.value === 'date' ? 'date' : 'relevance' }, 0));

  filters.addEventListener('click', (event) => {
    const chip = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-filter]') : null;
    const name = chip?.dataset.filter as FilterName | undefined;
    if (chip && name && chip.dataset.value !== undefined) change(toggleFilter(state, name, chip.dataset.value), 0);
  });

  list.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    if (link) onNavigate?.(link.href);
  });

  more.addEventListener('click', async () => {
    await showMore(generation);
    if (more.hidden) input.focus();
  });

  part<HTMLFormElement>(root, '[data-search-form]').addEventListener('submit', (event) => event.preventDefault());

  return {
    focus: (select = true) => {
      input.focus();
      if (select) input.select();
    },
    start: () => {
      retryPagefind();
      change(state, 0);
    },
  };
}
