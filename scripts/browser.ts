import { chromium } from 'playwright-core';
import { findBrowser, type FoundBrowser } from '../src/lib/find-browser.ts';

/** The Chromium this machine offers, asking Playwright where its own would be. */
export function localBrowser(env: Record<string, string | undefined> = process.env): FoundBrowser | undefined {
  let playwrightPath: string | undefined;
  try {
    playwrightPath = chromium.executablePath();
  } catch {
    playwrightPath = undefined;
  }
  return findBrowser({ env, playwrightPath });
}
