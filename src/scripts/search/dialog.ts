/**
 * The search dialog: a native <dialog> opened with showModal(), so the page behind is inert and
 * Escape closes it. Part of the search UI, which no page loads before search is opened.
 */
import { toQueryString } from '../../lib/search/query-state.ts';
import { createPanel, type Panel } from './panel.ts';
import { BASE } from './pagefind.ts';

let panel: Panel | undefined;
let returnTo: HTMLElement | undefined;

/** Elements Tab may reach inside the dialog, in order. */
function tabbable(dialog: HTMLDialogElement): HTMLElement[] {
  return [...dialog.querySelectorAll<HTMLElement>('a[href], button, input, select, [tabindex]')].filter(
    (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0,
  );
}

function setUp(dialog: HTMLDialogElement): Panel {
  const full = dialog.querySelector<HTMLAnchorElement>('[data-search-full]');
  const created = createPanel({
    root: dialog.querySelector<HTMLElement>('[data-search-panel]') ?? dialog,
    onChange: (state) => full && (full.href = `${BASE}search/${toQueryString(state)}`),
    onNavigate: () => dialog.close(),
  });
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  // A click on the backdrop reaches the dialog itself; its content fills it completely.
  dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
  // showModal() keeps focus out of the page; this keeps Tab from leaving for the browser's UI.
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return;
    const items = tabbable(dialog);
    const first = items[0];
    const last = items.at(-1);
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  });
  dialog.addEventListener('close', () => {
    if (returnTo?.isConnected) returnTo.focus();
    returnTo = undefined;
  });
  return created;
}

/**
 * Open search. On the /search/ page its own field gets the focus instead; `trigger` is the
 * element to give focus back to when the dialog closes (default: what had focus).
 */
export function openSearch(trigger?: Element | null): void {
  const pageInput = document.querySelector<HTMLInputElement>('[data-search-page] [data-search-input]');
  if (pageInput) {
    pageInput.focus();
    pageInput.select();
    return;
  }
  const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
  if (!dialog) return;
  // opener.ts shows the dialog before this code arrives, so words typed meanwhile are kept.
  const first = !panel;
  panel ??= setUp(dialog);
  if (first || !dialog.open) {
    const from = trigger instanceof HTMLElement ? trigger : document.activeElement;
    returnTo = from instanceof HTMLElement && from !== document.body && !dialog.contains(from) ? from : undefined;
    if (!dialog.open) dialog.showModal();
    panel.start();
  }
  panel.focus(!first);
}
