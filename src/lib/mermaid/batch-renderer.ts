/**
 * Render a batch of diagrams in one call of mermaid-isomorphic. It would launch a browser per
 * burst of calls and load Mermaid into a new page per call; here its "browser" is a view of the
 * shared one whose pages are kept warm (page-pool.ts), so neither happens twice. A diagram that
 * draws for too long (draw-watchdog.ts) stops its batch by closing its page's context; the batch's
 * diagrams are then tried one by one, so only a diagram that hangs on its own fails.
 */
import { createMermaidRenderer, type RenderResult } from 'mermaid-isomorphic';
import type { Browser, BrowserType } from 'playwright';
import { drawWatchdog } from './draw-watchdog.ts';
import { refusalOfDrawnSvg } from './drawn-svg-check.ts';
import { pageFacade, releasePage, takePage, type WarmPage } from './page-pool.ts';
import { rejectionMessage } from './rejection-message.ts';
import { mermaidConfig, sourceForTheme, type DiagramTheme } from './render-config.ts';
import { RENDER_PREFIX } from './render-context.ts';
import { accessibleSvg } from './svg-a11y.ts';
import { canonicalIds } from './svg-ids.ts';

/** One diagram in one theme. */
export interface RenderJob {
  source: string;
  theme: DiagramTheme;
}

/**
 * The canonical SVG (see svg-ids.ts), or why there is none, worded to follow "mermaid diagram "
 * (`does not parse: ...`); `cacheable` when rendering again would fail the same way.
 */
export type JobOutcome = { ok: true; svg: string } | { ok: false; message: string; cacheable: boolean };

export interface BatchOptions {
  browser: Browser;
  /** How long one diagram may draw before it counts as hung, in ms (loading and waiting not counted). */
  timeoutMs: number;
}

/** mermaid-isomorphic's view of the shared browser: its context and page are `warm`'s. */
function browserTypeFor(warm: WarmPage): BrowserType {
  const context = { newPage: async () => pageFacade(warm), close: async () => undefined };
  const browser = { newContext: async () => context, close: async () => undefined };
  return { launch: async () => browser } as unknown as BrowserType;
}

/** The SVG as the cache stores it: canonical ids, named for assistive technology, classed for its theme. */
function finish(result: RenderResult, theme: DiagramTheme): string {
  return accessibleSvg(canonicalIds(result.svg, result.id), { title: result.title, theme });
}

function messageOf(reason: unknown): string {
  return reason instanceof Error ? reason.message : typeof reason === 'object' && reason && 'message' in reason ? String(reason.message) : String(reason);
}

/** Run `task` over `items`, at most `limit` at a time, keeping the order of results. */
async function mapLimit<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await task(items[i] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Render `jobs` in one page of `options.browser`; one outcome per job, in order. Never throws. */
export async function renderBatch(jobs: readonly RenderJob[], options: BatchOptions): Promise<JobOutcome[]> {
  let warm: WarmPage;
  try {
    // mermaid-isomorphic's own context options; the page pool adds the offline routing.
    warm = await takePage(options.browser, { bypassCSP: true });
  } catch (error) {
    const message = `could not be drawn, Chromium failed: ${messageOf(error).split('\n')[0]}`;
    return jobs.map(() => ({ ok: false, message, cacheable: false }));
  }
  const render = createMermaidRenderer({ browserType: browserTypeFor(warm) });
  const watchdog = drawWatchdog(options.timeoutMs);
  warm.onDrawing = () => watchdog.drawing();
  const running = render(
    jobs.map((job) => sourceForTheme(job.source, job.theme)),
    { prefix: RENDER_PREFIX, mermaidConfig: mermaidConfig('light') },
  );
  const timedOut = watchdog.expired.then(() => 'timeout' as const);
  let settled: Awaited<typeof running> | 'timeout';
  try {
    settled = await Promise.race([running, timedOut]);
  } catch (error) {
    await releasePage(options.browser, warm, false);
    const message = `could not be drawn, Chromium failed: ${messageOf(error).split('\n')[0]}`;
    return jobs.map(() => ({ ok: false, message, cacheable: false }));
  } finally {
    watchdog.stop();
    warm.onDrawing = undefined;
  }
  if (settled === 'timeout') {
    running.catch(() => undefined);
    await releasePage(options.browser, warm, false);
    if (jobs.length === 1) {
      const seconds = Math.round(options.timeoutMs / 100) / 10;
      const message = `took longer than ${seconds} s to draw and was stopped (Mermaid has had endless loops on some gantt and xychart inputs). Simplify it, or try it on https://mermaid.live; if it is just big, raise mermaidTimeout in labbook.yaml.`;
      return [{ ok: false, message, cacheable: false }];
    }
    return mapLimit(jobs, 2, async (job) => (await renderBatch([job], options))[0] as JobOutcome);
  }
  await releasePage(options.browser, warm, true);
  return settled.map((result, i): JobOutcome => {
    const job = jobs[i] as RenderJob;
    if (result.status === 'rejected') {
      return { ok: false, message: rejectionMessage(messageOf(result.reason), sourceForTheme(job.source, job.theme), job.source), cacheable: true };
    }
    // Drawing the same source again draws the same picture: cached like a parse error.
    const refusal = refusalOfDrawnSvg(result.value.svg, job.source);
    if (refusal) return { ok: false, message: refusal, cacheable: true };
    try {
      return { ok: true, svg: finish(result.value, job.theme) };
    } catch (error) {
      return { ok: false, message: messageOf(error), cacheable: false };
    }
  });
}
