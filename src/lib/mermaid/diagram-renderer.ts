/**
 * From diagram sources to what each fence becomes: both themes' SVG, an error, or "draw it in the
 * reader's browser" when this machine has no Chromium. The disk cache answers first; only what it
 * lacks goes to the shared browser, in batches shared with every other document rendering now.
 * `prefetch` starts that work before any document asks, when the build starts.
 */
import type { FoundBrowser } from '../find-browser.ts';
import type { JobOutcome, RenderJob } from './batch-renderer.ts';
import { expectsBrowser, lookUpBrowser, withBrowser, type BrowserLookup } from './browser-pool.ts';
import { diskCache, mermaidCacheDir, renderKey, type CachedRender } from './cache.ts';
import { findLockedSettings } from './config-guard.ts';
import { warnNoBrowser } from './no-browser-warning.ts';
import { DIAGRAM_THEMES, type DiagramTheme } from './render-config.ts';
import { createRenderQueue } from './render-queue.ts';
import { rendererFingerprint } from './renderer-fingerprint.ts';
import { unsupportedDiagram } from './unsupported-diagrams.ts';

/**
 * What one fence becomes. SVGs are canonical (ids start with the placeholder of svg-ids.ts); an
 * error message follows "mermaid diagram " (`does not parse: ...`).
 */
export type DiagramOutcome = { kind: 'svg'; light: string; dark: string } | { kind: 'error'; message: string } | { kind: 'client' };

/** Renders the diagrams of one document. */
export interface DiagramRenderer {
  render(sources: readonly string[]): Promise<DiagramOutcome[]>;
  /**
   * Start rendering the diagrams among `sources` that are not in the cache, without waiting; a later
   * `render` of one of them waits for that work instead of asking again. Never throws, rejects or
   * logs: whatever goes wrong is left for `render` to meet and report. Returns how many diagrams it
   * started.
   */
  prefetch?(sources: readonly string[]): number;
  /** What decides its output besides the sources: renderer fingerprint, and whether diagrams are drawn at build time. */
  identity?(): unknown;
}

export interface DiagramRendererSettings {
  /** Folder of the disk cache (see cache.ts). */
  cacheDir: string;
  /** Environment for browser discovery (`LABBOOK_CHROMIUM`, `LABBOOK_NO_BROWSER`). */
  env: Record<string, string | undefined>;
  /** How long one diagram may spend drawing, in ms (see draw-watchdog.ts). Default {@link DEFAULT_TIMEOUT_MS}. */
  timeoutMs?: number;
  /**
   * Most diagrams per batch (one `mermaid-isomorphic` call). Default 12: pages stay warm between
   * batches, so smaller batches cost no more in all, and a prefetch of the whole wiki then hands
   * documents their first diagrams seconds sooner than with batches of 50 (measured, issue #8).
   */
  maxBatch?: number;
  /** How long a batch waits for other documents' diagrams, in ms. Default 15. */
  windowMs?: number;
  /** Finds the browser. Default: {@link lookUpBrowser} (tests put a fake here). */
  lookUp?: (env: Record<string, string | undefined>) => Promise<BrowserLookup>;
  /** Renders one batch in `found`; rejects when the browser cannot start. Default: the shared browser (browser-pool.ts). */
  runBatch?: (jobs: RenderJob[], found: FoundBrowser, timeoutMs: number) => Promise<JobOutcome[]>;
}

/** Render `jobs` in the process's shared Chromium, launching it first if needed. */
async function inSharedBrowser(jobs: RenderJob[], found: FoundBrowser, timeoutMs: number): Promise<JobOutcome[]> {
  // Loaded on first use: it brings Playwright, which builds with everything cached never need.
  const { renderBatch } = await import('./batch-renderer.ts');
  return withBrowser(found, (browser) => renderBatch(jobs, { browser, timeoutMs }));
}

type ThemeResult = CachedRender | { client: true };

/** A minute: generous, since only drawing counts; a real hang (an endless loop) still ends the build. */
export const DEFAULT_TIMEOUT_MS = 60_000;

/** A renderer with its own cache folder and queue (the browser is shared by all, see browser-pool.ts). */
export function createDiagramRenderer(settings: DiagramRendererSettings): DiagramRenderer {
  const cache = diskCache(settings.cacheDir);
  const fingerprint = rendererFingerprint();
  const timeoutMs = settings.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const lookUp = settings.lookUp ?? lookUpBrowser;
  const runBatch = settings.runBatch ?? inSharedBrowser;
  let lookup: Promise<BrowserLookup> | undefined;
  const queue = createRenderQueue<RenderJob, JobOutcome>({
    run: async (jobs) => {
      const { found } = await (lookup ?? Promise.resolve<Partial<BrowserLookup>>({}));
      if (!found) throw new Error('no browser');
      return runBatch(jobs, found, timeoutMs);
    },
    maxBatch: settings.maxBatch ?? 12,
    maxInFlight: 2,
    windowMs: settings.windowMs ?? 15,
  });

  /** `outcome` as a cache entry, stored on disk when rendering again would give the same. */
  function keep(key: string, outcome: JobOutcome): CachedRender {
    const entry: CachedRender = outcome.ok ? { ok: true, svg: outcome.svg } : { ok: false, message: outcome.message };
    if (outcome.ok || outcome.cacheable) cache.set(key, entry);
    return entry;
  }

  /**
   * A prefetched render into the disk cache. While it is under way, `render` of the same diagram
   * gets the same queued job (the queue shares jobs by key); once done, the disk cache answers, and
   * nothing is kept in memory. Quiet and never rejects: no browser, a wrong LABBOOK_CHROMIUM or one
   * that cannot start are met again, and reported with file and line, by `render`.
   */
  async function renderAhead(source: string, theme: DiagramTheme, key: string): Promise<void> {
    try {
      lookup ??= lookUp(settings.env);
      const { found } = await lookup;
      if (found) keep(key, await queue.render({ source, theme }, key));
    } catch {
      // See above: left for `render`.
    }
  }

  function prefetch(sources: readonly string[]): number {
    let started = 0;
    for (const source of new Set(sources)) {
      // renderOne rejects these without rendering.
      if (findLockedSettings(source).length > 0 || unsupportedDiagram(source)) continue;
      let missing = false;
      for (const theme of DIAGRAM_THEMES) {
        const key = renderKey(source, theme, fingerprint);
        if (cache.get(key)) continue;
        missing = true;
        // All of them queued at once, so the queue fills whole batches (maxBatch) from the start.
        void renderAhead(source, theme, key);
      }
      if (missing) started += 1;
    }
    return started;
  }

  async function renderTheme(source: string, theme: DiagramTheme): Promise<ThemeResult> {
    const key = renderKey(source, theme, fingerprint);
    const cached = cache.get(key);
    if (cached) return cached;
    lookup ??= lookUp(settings.env);
    const { missing } = await lookup.catch((error: unknown) => {
      lookup = undefined;
      throw error;
    });
    if (missing !== undefined) {
      warnNoBrowser(missing);
      return { client: true };
    }
    let outcome: JobOutcome;
    try {
      outcome = await queue.render({ source, theme }, key);
    } catch (error) {
      // Only a browser that cannot start rejects (renderBatch itself never throws).
      warnNoBrowser(`Chromium did not start (${(error instanceof Error ? error.message : String(error)).split('\n')[0]})`);
      return { client: true };
    }
    return keep(key, outcome);
  }

  async function renderOne(source: string): Promise<DiagramOutcome> {
    const locked = findLockedSettings(source);
    if (locked.length > 0) return { kind: 'error', message: locked.map((setting) => setting.message).join(' Also: ') };
    const unsupported = unsupportedDiagram(source);
    if (unsupported) return { kind: 'error', message: unsupported };
    const [light, dark] = await Promise.all(DIAGRAM_THEMES.map((theme) => renderTheme(source, theme)));
    if (!light || !dark) throw new Error('a diagram theme is missing');
    if ('client' in light || 'client' in dark) return { kind: 'client' };
    if (!light.ok) return { kind: 'error', message: light.message };
    if (!dark.ok) return { kind: 'error', message: dark.message };
    return { kind: 'svg', light: light.svg, dark: dark.svg };
  }

  /** `build` with a Chromium, `client` without one (or LABBOOK_NO_BROWSER), `unknown` when LABBOOK_CHROMIUM is wrong. */
  function drawnAt(): 'build' | 'client' | 'unknown' {
    try {
      return expectsBrowser(settings.env) ? 'build' : 'client';
    } catch {
      return 'unknown';
    }
  }

  return { render: (sources) => Promise.all(sources.map(renderOne)), prefetch, identity: () => ({ fingerprint, drawnAt: drawnAt() }) };
}

let shared: { renderer: DiagramRenderer; timeoutMs: number } | undefined;

/**
 * The process-wide renderer of the build: cache under `$LABBOOK_MERMAID_CACHE` or node_modules/.cache.
 * `timeoutMs` (from labbook.yaml) is given where the config is read; a different one (the config
 * changed under a dev server) makes a new renderer, since the limit is fixed per renderer.
 */
export function sharedDiagramRenderer(options: { timeoutMs?: number } = {}): DiagramRenderer {
  const timeoutMs = options.timeoutMs ?? shared?.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!shared || shared.timeoutMs !== timeoutMs) {
    shared = { renderer: createDiagramRenderer({ cacheDir: mermaidCacheDir(process.env, process.cwd()), env: process.env, timeoutMs }), timeoutMs };
  }
  return shared.renderer;
}
