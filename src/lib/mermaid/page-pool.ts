/**
 * Renderer pages kept warm between batches. mermaid-isomorphic opens a page per call and loads
 * Mermaid into it: 0.9 s of the ~1 s a small batch takes. Here each call gets a page of its own
 * context that already has Mermaid loaded, through a facade that skips the loading steps the
 * second time. mermaid-isomorphic uses exactly these page methods (pinned at 3.1.0); Mermaid resets
 * its configuration at every call (`mermaid.initialize`) and its diagram state at every render, and
 * the page's body is emptied before every batch but the first.
 */
import type { Browser, BrowserContext, Page } from 'playwright';
import { openRenderContext } from './render-context.ts';

/** A page with its own context (closing the context kills a hung page and nothing else). */
export interface WarmPage {
  context: BrowserContext;
  page: Page;
  /** Mermaid and its page are in place: navigation and script tags are skipped. */
  loaded: boolean;
  /** Batches rendered in it; it is replaced after {@link MAX_USES}, so nothing accumulates for long. */
  uses: number;
  /** Called when a diagram of the current batch starts drawing (the batch's watchdog). */
  onDrawing?: () => void;
}

const MAX_USES = 200;
const idle = new WeakMap<Browser, WarmPage[]>();

/** An idle warm page of `browser`, or a fresh one (its first batch loads Mermaid). */
export async function takePage(browser: Browser, contextOptions: Parameters<Browser['newContext']>[0]): Promise<WarmPage> {
  const pages = idle.get(browser) ?? [];
  idle.set(browser, pages);
  for (let warm = pages.pop(); warm; warm = pages.pop()) if (!warm.page.isClosed()) return warm;
  const warm: Partial<WarmPage> = { loaded: false, uses: 0 };
  warm.context = await openRenderContext(browser, contextOptions, () => warm.onDrawing?.());
  warm.page = await warm.context.newPage();
  return warm as WarmPage;
}

/** Give `warm` back after a batch; a page that failed or timed out is closed instead. */
export async function releasePage(browser: Browser, warm: WarmPage, healthy: boolean): Promise<void> {
  warm.uses += 1;
  if (healthy && warm.loaded && warm.uses < MAX_USES && browser.isConnected() && !warm.page.isClosed()) {
    idle.get(browser)?.push(warm);
    return;
  }
  await warm.context.close().catch(() => undefined);
}

/** What mermaid-isomorphic gets as "a new page": the warm page, minus the reloading. */
export function pageFacade(warm: WarmPage) {
  const once = <T>(load: () => Promise<T>) => (warm.loaded ? Promise.resolve(null) : load());
  return {
    goto: (url: string) => once(() => warm.page.goto(url)),
    addStyleTag: (options: Parameters<Page['addStyleTag']>[0]) => once(() => warm.page.addStyleTag(options)),
    addScriptTag: (options: Parameters<Page['addScriptTag']>[0]) => once(() => warm.page.addScriptTag(options)),
    // mermaid-isomorphic's one evaluate draws the batch: Mermaid is loaded, the clock may start.
    evaluate: async (fn: unknown, arg: unknown) => {
      // What earlier batches left in the page goes first. A diagram Mermaid rejects leaves its
      // drawing element behind, and Mermaid draws the next diagram with that render id into it:
      // the SVG returned was empty (an edited diagram, the same batch position, a blank picture).
      warm.onDrawing?.();
      if (warm.loaded) await warm.page.evaluate(() => document.body.replaceChildren());
      const result: unknown = await (warm.page.evaluate as (fn: unknown, arg: unknown) => Promise<unknown>)(fn, arg);
      warm.loaded = true;
      return result;
    },
    locator: (selector: string) => warm.page.locator(selector),
    // The pool decides when a page closes (releasePage), not the caller.
    close: async () => undefined,
  };
}
