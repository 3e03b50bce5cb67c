import { existsSync } from 'node:fs';

/** Where a Chromium for build-time rendering and tests was found. */
export interface FoundBrowser {
  /** Executable to pass as Playwright's `executablePath`; undefined means Playwright's own build. */
  executablePath: string | undefined;
  /** How it was found, for log lines. */
  source: 'LABBOOK_CHROMIUM' | 'playwright' | 'system';
}

/** Distribution browsers, in the order they are tried after Playwright's own. */
export const SYSTEM_CHROMIUMS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/**
 * Find a Chromium: `$LABBOOK_CHROMIUM` first (an explicit choice wins), then the browser Playwright
 * downloaded where that was possible, then the distribution's. Undefined when there is none.
 */
export function findBrowser(opts: {
  env: Record<string, string | undefined>;
  /** Path Playwright expects its own Chromium at (`chromium.executablePath()`), if it can tell. */
  playwrightPath?: string;
  exists?: (path: string) => boolean;
}): FoundBrowser | undefined {
  const exists = opts.exists ?? existsSync;
  const fromEnv = opts.env.LABBOOK_CHROMIUM?.trim();
  if (fromEnv) {
    if (!exists(fromEnv)) throw new Error(`LABBOOK_CHROMIUM is set to ${fromEnv}, but no file is there. Fix the path or unset it.`);
    return { executablePath: fromEnv, source: 'LABBOOK_CHROMIUM' };
  }
  if (opts.playwrightPath && exists(opts.playwrightPath)) return { executablePath: undefined, source: 'playwright' };
  const system = SYSTEM_CHROMIUMS.find((path) => exists(path));
  return system ? { executablePath: system, source: 'system' } : undefined;
}

/** Flags for a headless Chromium that must never reach the network (root needs --no-sandbox). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
