/**
 * The search UI, loaded on demand: the dialog (asked for by opener.ts) and the /search/ page.
 * Importing it connects it to the opener.
 */
import { isActive, parseSearchParams, toQueryString } from '../../lib/search/query-state.ts';
import { openSearch } from './dialog.ts';
import { OPEN_EVENT, READY_EVENT } from './events.ts';
import { createPanel } from './panel.ts';

document.addEventListener(OPEN_EVENT, (event) => openSearch((event as CustomEvent<Element | null>).detail));
document.querySelector('template[data-search-ui]')?.remove();
document.dispatchEvent(new Event(READY_EVENT));

/** The /search/ page: the query string is the state, so a search can be linked and reloaded. */
export function mountSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-page] [data-search-panel]');
  if (!root) return;
  const initial = parseSearchParams(location.search);
  const panel = createPanel({
    root,
    initial,
    onChange: (state) => history.replaceState(history.state, '', `${location.pathname}${toQueryString(state)}${location.hash}`),
  });
  // A linked search shows its results; an empty page waits for words before loading Pagefind.
  if (isActive(initial)) panel.start();
  else panel.focus();
}
