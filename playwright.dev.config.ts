import { defineConfig } from '@playwright/test';
import { localBrowser } from './scripts/browser.ts';
import { CHROMIUM_ARGS } from './src/lib/find-browser.ts';

const browser = localBrowser();

/**
 * `labbook dev` in a real browser (tests/dev/). Apart from playwright.config.ts, whose web servers
 * build and preview six fixture wikis first: these tests start the dev server themselves, on a copy
 * of a fixture they edit. One at a time: a dev server writes Astro's .astro/ folder of this checkout,
 * so `npm test` runs them after the other Playwright tests, never beside a build.
 */
export default defineConfig({
  testDir: 'tests/dev',
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Its own folder: each Playwright run empties its output folder, and the other run's traces stay.
  outputDir: 'test-results/dev',
  // Ceilings, never paces: the server starts in seconds on a quiet machine, many times that at load 15.
  timeout: 900_000,
  expect: { timeout: 60_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never', outputFolder: 'playwright-report/dev' }]],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: browser?.executablePath, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
});
