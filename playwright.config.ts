import { defineConfig } from '@playwright/test';
import { localBrowser } from './scripts/browser.ts';
import { CHROMIUM_ARGS } from './src/lib/find-browser.ts';

const port = Number(process.env.LABBOOK_E2E_PORT ?? 4399);
const browser = localBrowser();
// The e2e site is a fixture built into its own folder, so a test run never touches dist/.
const env = { LABBOOK_CONTENT: 'tests/fixtures/site', LABBOOK_OUT: '.labbook/e2e-dist', ASTRO_TELEMETRY_DISABLED: '1' };

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: { executablePath: browser?.executablePath, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `astro build && astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    env,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
