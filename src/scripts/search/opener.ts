/**
 * The only search code on every page, kept tiny and free of imports so Astro inlines it
 * (tests/e2e/js-budget.spec.ts). A click on the header's Search button, `/` or Ctrl/Cmd-K opens
 * search. The first time, it opens the dialog's static markup at once (so words typed while the
 * UI loads land in its field) and moves the inert <template data-search-ui> (SearchDialog.astro)
 * into the page: only then does the browser fetch the search UI, which answers OPEN_EVENT from
 * then on. Without JavaScript the button's form opens the /search/ page instead.
 */
// The names of events.ts, repeated: an import would make Astro emit this script as a file.
const OPEN_EVENT = 'labbook:search-open';
const READY_EVENT = 'labbook:search-ready';

/** Answered by the search UI once it is loaded; nobody listens before. */
const ask = (trigger: Element | null) => document.dispatchEvent(new CustomEvent(OPEN_EVENT, { detail: trigger }));

function open(trigger: Element | null): void {
  ask(trigger);
  // Gone once the UI was asked for (or loaded by the /search/ page): nothing more to do.
  const template = document.querySelector<HTMLTemplateElement>('template[data-search-ui]');
  if (!template) return;
  const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
  dialog?.showModal();
  // Closed again before the UI arrived: leave it closed.
  document.addEventListener(READY_EVENT, () => dialog?.open && ask(trigger), { once: true });
  // Offline, or a page older than the deploy: the search page still works.
  template.content.querySelector('script')?.addEventListener('error', () => document.querySelector<HTMLFormElement>('[data-search-form-open]')?.submit());
  document.body.append(template.content);
  template.remove();
}

document.addEventListener('click', (event) => {
  const button = event.target instanceof Element && event.target.closest('[data-search-open]');
  if (!button) return;
  event.preventDefault();
  open(button);
});

document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || event.isComposing || event.altKey) return;
  const target = event.target as HTMLElement;
  const typing = target.isContentEditable || /^(?:INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
  const key = String(event.key).toLowerCase();
  const modifier = event.ctrlKey || event.metaKey;
  if ((key === '/' && !typing && !modifier) || (key === 'k' && modifier && !event.shiftKey)) {
    event.preventDefault();
    open(document.activeElement);
  }
});
