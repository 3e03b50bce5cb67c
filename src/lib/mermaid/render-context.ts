/**
 * The browser context a batch of diagrams renders in: offline, and repeatable. Mermaid draws
 * random commit ids in git graphs and random starting positions in some layouts (mind maps), so
 * without this the same diagram would give a different SVG each build.
 */
import type { Browser, BrowserContext, Route } from 'playwright';

/** The id prefix mermaid-isomorphic is given; diagram `i` of a batch renders as `${RENDER_PREFIX}-${i}`. */
export const RENDER_PREFIX = 'labbook-render';

/** The function the renderer page calls as each diagram starts drawing (see draw-watchdog.ts). */
export const DRAWING_BINDING = '__labbookDrawing';

// mermaid-isomorphic adds Font Awesome's and KaTeX's stylesheets to its page, and waits for their
// 60 web fonts. Icons and formulas would need those stylesheets on the wiki's pages too, which
// Labbook does not ship, so the renderer page gets them empty.
const UNUSED_STYLESHEETS = [/\/@fortawesome\/fontawesome-free\/css\/all\.css$/, /\/katex\/dist\/katex\.css$/];

/** What the renderer page may load: local files and inline data, nothing from a network. */
export function isOfflineRequest(url: string): boolean {
  return url.startsWith('file:') || url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank';
}

/** Serve local files, empty out the unused stylesheets, abort everything else. */
async function offlineRoute(route: Route): Promise<void> {
  const url = route.request().url();
  if (UNUSED_STYLESHEETS.some((pattern) => pattern.test(url))) return route.fulfill({ status: 200, contentType: 'text/css', body: '' });
  if (isOfflineRequest(url)) return route.continue();
  return route.abort('blockedbyclient');
}

/**
 * Runs in the renderer page before Mermaid loads, so the same diagram gives the same SVG:
 * `Math.random` becomes a seeded generator (mulberry32) that restarts whenever Mermaid starts a
 * diagram, which it marks by giving the diagram's wrapper the id `d<render id>`, so each diagram
 * sees the same numbers whatever was rendered before it. And "now" is a fixed day long ago: a Gantt
 * chart draws a line at today's date, which in a static page would be wrong by tomorrow anyway.
 * Plain JavaScript text, so no compiler can slip a helper of its own into code that runs elsewhere.
 */
export const REPEATABLE_PAGE_SCRIPT = `(() => {
  const SEED = 0x6c616262;
  let state = SEED;
  Math.random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const wrapper = /^d${RENDER_PREFIX}-\\d+$/;
  const setAttribute = Element.prototype.setAttribute;
  Element.prototype.setAttribute = function (name, value) {
    if (name === 'id' && wrapper.test(String(value))) {
      state = SEED;
      globalThis.${DRAWING_BINDING}?.();
    }
    return setAttribute.call(this, name, value);
  };
  const NOW = Date.UTC(2000, 0, 1);
  const RealDate = Date;
  globalThis.Date = class extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(NOW);
      else super(...args);
    }
    static now() {
      return NOW;
    }
  };
})();`;

/**
 * A fresh context of `browser` for one batch: offline, seeded, with mermaid-isomorphic's options;
 * `onDrawing` is called whenever one of its diagrams starts drawing.
 */
export async function openRenderContext(browser: Browser, options: Parameters<Browser['newContext']>[0], onDrawing?: () => void): Promise<BrowserContext> {
  const context = await browser.newContext({ ...options, offline: true, serviceWorkers: 'block' });
  await context.route('**/*', offlineRoute);
  await context.exposeBinding(DRAWING_BINDING, () => onDrawing?.());
  await context.addInitScript({ content: REPEATABLE_PAGE_SCRIPT });
  return context;
}
