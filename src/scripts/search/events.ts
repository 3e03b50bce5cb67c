/**
 * How the tiny opener (on every page) and the search UI (loaded on demand) talk: the opener
 * dispatches OPEN_EVENT on document with the element to return focus to; the UI, once loaded,
 * removes <template data-search-ui> (so the opener stops loading it) and dispatches READY_EVENT.
 * opener.ts repeats these names.
 */
/** Asks the search UI to open; `detail` is the element to give focus back to. */
export const OPEN_EVENT = 'labbook:search-open';
/** The search UI has loaded and listens for OPEN_EVENT. */
export const READY_EVENT = 'labbook:search-ready';
