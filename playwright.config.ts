import { defineConfig } from '@playwright/test';
import { localBrowser } from './scripts/browser.ts';
import { CHROMIUM_ARGS } from './src/lib/find-browser.ts';

const port = Number(process.env.LABBOOK_E2E_PORT ?? 4399);
/** The second fixture (daily logs, year boundaries, tags, issues) is served here; see tests/e2e/til-site.ts. */
const tilSitePort = port - 1;
/** A fixture with `base: /wiki/` (a GitHub Pages project site) for the search tests; see tests/e2e/search.spec.ts. */
const baseSitePort = port - 2;
const browser = localBrowser();

/**
 * Build a fixture wiki into its own folder (a test run never touches dist/) and serve it. With
 * `tamperedPage`, that page is edited in the page cache after a first build, and the site built again.
 */
function fixtureServer(content: string, out: string, at: number, tamperedPage?: string) {
  // Output and Astro cache are per port, so two test runs on one machine never share a folder.
  out = `${out}-${at}`;
  const build = tamperedPage ? `astro build && node tests/e2e/support/tamper-page-cache.ts ${out}-cache/ ${tamperedPage} && astro build` : 'astro build';
  return {
    command: `${build} && astro preview --ignore-lock --host 127.0.0.1 --port ${at}`,
    url: `http://127.0.0.1:${at}/`,
    env: { LABBOOK_CONTENT: content, LABBOOK_OUT: out, LABBOOK_CACHE: `${out}-cache/`, GITHUB_ACTIONS: '', ASTRO_TELEMETRY_DISABLED: '1', LABBOOK_E2E_TIL_PORT: String(tilSitePort) },
    reuseExistingServer: false,
    // Builds of one checkout take turns (src/lib/build-lock.ts): the last of six fixtures waits for
    // the others, which on a loaded 2-core machine takes minutes. A ceiling, not a pace.
    timeout: 900_000,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
  };
}
process.env.LABBOOK_E2E_TIL_PORT = String(tilSitePort);
process.env.LABBOOK_E2E_BASE_PORT = String(baseSitePort);
/** The sample wiki (content/), for the CSP and accessibility sweeps over its sitemap; see tests/e2e/sweep.spec.ts. */
const sampleSitePort = port - 4;
process.env.LABBOOK_E2E_SAMPLE_PORT = String(sampleSitePort);
/** MDX components and code-block options; see tests/e2e/components.spec.ts. */
const componentsSitePort = port - 5;
process.env.LABBOOK_E2E_COMPONENTS_PORT = String(componentsSitePort);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Generous ceilings, never paces: a crawl of every page or a diagram drawn by the reader's browser
  // takes a few seconds on a quiet machine and several times that at load 15, and must still pass.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: { executablePath: browser?.executablePath, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  webServer: [
    fixtureServer('tests/fixtures/site', '.labbook/e2e-dist', port),
    fixtureServer('tests/fixtures/til-site', '.labbook/e2e-til-dist', tilSitePort),
    // Its pinned-memory note is edited in the page cache between two builds (hostile-input.spec.ts).
    { ...fixtureServer('tests/fixtures/base-site', '.labbook/e2e-base-dist', baseSitePort, 'til/2026-05-06-pinned-memory-needs-non-blocking/index.html'), url: `http://127.0.0.1:${baseSitePort}/wiki/` },
    // The Mermaid fixture (every diagram type, light and dark); see tests/e2e/mermaid.spec.ts.
    fixtureServer('tests/fixtures/mermaid-site', '.labbook/e2e-mermaid-dist', port - 3),
    fixtureServer('content', '.labbook/e2e-sample-dist', sampleSitePort),
    fixtureServer('tests/fixtures/components-site', '.labbook/e2e-components-dist', componentsSitePort),
  ],
});
