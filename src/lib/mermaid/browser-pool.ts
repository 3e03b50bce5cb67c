/**
 * One headless Chromium for every diagram of a process: launched on the first diagram that is not
 * in the cache, shared by all renders, closed when it has been idle for a while (a dev server) or
 * when the process exits (Playwright kills the browsers it launched then; `astro build` ends with
 * process.exit). Markdown plugins get no "build finished" hook, hence a module-level singleton.
 */
import { readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright';
import { CHROMIUM_ARGS, findBrowser, type FoundBrowser } from '../find-browser.ts';

/** The Chromium to render with, or why there is none. */
export type BrowserLookup = { found: FoundBrowser; missing?: undefined } | { found?: undefined; missing: string };

// Playwright costs a third of a second to import: only builds with uncached diagrams pay for it.
const playwrightChromium = async () => (await import('playwright')).chromium;

function pretendsNoBrowser(env: Record<string, string | undefined>): boolean {
  const pretend = env.LABBOOK_NO_BROWSER?.trim();
  return Boolean(pretend && pretend !== '0' && pretend !== 'false');
}

/**
 * The Chromium build-time rendering uses: `$LABBOOK_CHROMIUM`, Playwright's own, the system's
 * (see find-browser.ts). `LABBOOK_NO_BROWSER=1` pretends there is none, to test the fallback. A
 * `LABBOOK_CHROMIUM` naming a missing file throws: an explicit choice that is wrong is an error.
 */
export async function lookUpBrowser(env: Record<string, string | undefined>): Promise<BrowserLookup> {
  if (pretendsNoBrowser(env)) return { missing: 'LABBOOK_NO_BROWSER is set' };
  let playwrightPath: string | undefined;
  try {
    playwrightPath = (await playwrightChromium()).executablePath();
  } catch {
    playwrightPath = undefined;
  }
  const found = findBrowser({ env, playwrightPath });
  return found ? { found } : { missing: 'no Chromium or Chrome was found' };
}

/** Where Playwright keeps the browsers it downloads, per its documentation. */
function playwrightBrowsersDir(env: Record<string, string | undefined>): string {
  if (env.PLAYWRIGHT_BROWSERS_PATH && env.PLAYWRIGHT_BROWSERS_PATH !== '0') return env.PLAYWRIGHT_BROWSERS_PATH;
  if (process.platform === 'darwin') return join(homedir(), 'Library/Caches/ms-playwright');
  if (process.platform === 'win32') return join(env.LOCALAPPDATA ?? homedir(), 'ms-playwright');
  return join(homedir(), '.cache/ms-playwright');
}

/**
 * Whether {@link lookUpBrowser} will find a browser, answered without importing Playwright (a
 * downloaded Chromium of any version counts). For the renderer's identity, read at every start.
 */
export function expectsBrowser(env: Record<string, string | undefined>): boolean {
  if (pretendsNoBrowser(env)) return false;
  let downloaded: string | undefined;
  try {
    const name = readdirSync(playwrightBrowsersDir(env)).find((entry) => entry.startsWith('chromium'));
    downloaded = name && join(playwrightBrowsersDir(env), name);
  } catch {
    downloaded = undefined;
  }
  return findBrowser({ env, playwrightPath: downloaded }) !== undefined;
}

interface PoolState {
  browser?: Promise<Browser>;
  /** Renders using the browser right now; it closes only when none is. */
  users: number;
  idleTimer?: ReturnType<typeof setTimeout>;
  idleMs: number;
  launches: number;
  /** Why the last launch failed: not retried for every document of the build. */
  launchError?: Error;
}

const pool: PoolState = { users: 0, idleMs: 10_000, launches: 0 };

function launch(found: FoundBrowser): Promise<Browser> {
  pool.launches += 1;
  const where = found.executablePath ? `${found.source}: ${found.executablePath}` : found.source;
  console.info(`[labbook] mermaid: starting Chromium (${where}) for diagrams that are not in the cache`);
  const started = playwrightChromium().then((chromium) => chromium.launch({ executablePath: found.executablePath, args: CHROMIUM_ARGS, headless: true }));
  started.then(
    (browser) =>
      browser.on('disconnected', () => {
        if (pool.browser === started) pool.browser = undefined;
      }),
    (error: unknown) => {
      if (pool.browser === started) pool.browser = undefined;
      pool.launchError = error instanceof Error ? error : new Error(String(error));
    },
  );
  return started;
}

/** Run `use` with the shared browser, launching it first if needed. Throws when it cannot start. */
export async function withBrowser<T>(found: FoundBrowser, use: (browser: Browser) => Promise<T>): Promise<T> {
  if (pool.launchError) throw pool.launchError;
  pool.users += 1;
  clearTimeout(pool.idleTimer);
  try {
    pool.browser ??= launch(found);
    return await use(await pool.browser);
  } finally {
    pool.users -= 1;
    if (pool.users === 0) {
      // Unref'd: a process that has nothing else to do should not wait for it (it still fires while
      // the open browser keeps the process alive, so the browser never outlives the process).
      pool.idleTimer = setTimeout(() => void closeMermaidBrowser(), pool.idleMs);
      pool.idleTimer.unref();
    }
  }
}

/** Close the shared browser now (it relaunches on the next render). Safe to call at any time. */
export async function closeMermaidBrowser(): Promise<void> {
  clearTimeout(pool.idleTimer);
  const open = pool.browser;
  pool.browser = undefined;
  const browser = await open?.catch(() => undefined);
  await browser?.close().catch(() => undefined);
}

/** Settings for tests and benchmarks: how long an unused browser stays open (default 10 s). */
export function configureMermaidBrowser(options: { idleMs?: number; forgetLaunchError?: boolean }): void {
  if (options.idleMs !== undefined) pool.idleMs = options.idleMs;
  if (options.forgetLaunchError) pool.launchError = undefined;
}

/** How many times this process launched Chromium for diagrams, and whether one is open now. */
export function mermaidBrowserStats(): { launches: number; open: boolean } {
  return { launches: pool.launches, open: pool.browser !== undefined };
}
