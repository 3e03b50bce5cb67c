/**
 * How the Markdown pipeline tells the dev server what failed in a document, instead of failing it.
 * Made once in astro.config.mjs and handed to both the Markdown processor and the labbook()
 * integration (like the unknown-languages tally): only the integration learns from Astro whether
 * this is `astro dev`, and it starts the report before any note is rendered.
 */

/** One rendered document and what failed in it, [] when nothing did. */
export interface RenderedDocument {
  /** The file it comes from, absolute. */
  file: string;
  /** Its Markdown as written (a daily log is rendered entry by entry: one entry's text). */
  source: string;
  /** Each `til/x.md:14: what is wrong. What to do.`, as the build would print it. */
  failures: string[];
}

export interface RenderReport {
  /**
   * True under `astro dev`: a document with problems still renders (a diagram or formula that
   * fails shows an error box in its place) and its problems come here. False in a build, which fails.
   */
  readonly live: boolean;
  /** Under `astro dev`, before any note is rendered. */
  start(): void;
  /** Hand every later report to `listener`, and first the failures reported before it listened. */
  listen(listener: (document: RenderedDocument) => void): void;
  /** Called by the last Markdown plugin for every document rendered while live. */
  report(document: RenderedDocument): void;
}

export function createRenderReport(): RenderReport {
  let live = false;
  let listener: ((document: RenderedDocument) => void) | undefined;
  // Until the dev server listens (notes render at start-up, before it does): the latest report of
  // each document that has failures. A document reported fine again is dropped.
  const early = new Map<string, RenderedDocument>();
  return {
    get live() {
      return live;
    },
    start() {
      live = true;
    },
    listen(next) {
      listener = next;
      for (const document of early.values()) next(document);
      early.clear();
    },
    report(document) {
      if (listener) return listener(document);
      const key = `${document.file}\0${document.source}`;
      if (document.failures.length) early.set(key, document);
      else early.delete(key);
    },
  };
}
