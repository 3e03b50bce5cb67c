/**
 * Sweeps over every page in the sitemap of the sample wiki (content/): no Content-Security-Policy
 * violation and no console error in light and dark (search opened once per theme), and no axe
 * violation of WCAG 2.0/2.1/2.2 A and AA or best practices. Pages are split into chunks that run
 * in parallel.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';

const origin = `http://127.0.0.1:${process.env.LABBOOK_E2E_SAMPLE_PORT}`;
const CHUNKS = 4;
const AXE_TAGS = ['wcag2a', 'wcag21a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'];

test.use({ baseURL: origin });

/** Site paths of every page the sample wiki's sitemap lists. */
async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  const { urlset } = new XMLParser().parse(await response.text()) as { urlset: { url: { loc: string }[] | { loc: string } } };
  const urls = Array.isArray(urlset.url) ? urlset.url : [urlset.url];
  return urls.map(({ loc }) => new URL(loc).pathname);
}

const chunk = <T>(items: T[], index: number) => items.filter((_, i) => i % CHUNKS === index);

/** Record CSP violations and console errors of `page`, from before its first script runs. */
async function watch(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${new URL(page.url()).pathname}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${new URL(page.url()).pathname}: ${error.message}`));
  return problems;
}

test('the sitemap lists every kind of page of the sample wiki', async ({ request }) => {
  const paths = await sitemapPaths(request);
  for (const prefix of ['/til/', '/til/weekly/', '/tags/', '/docs/', '/models/', '/playbooks/', '/api/', '/issues/', '/search/']) {
    expect(paths.some((path) => path.startsWith(prefix) && path !== prefix) || paths.includes(prefix), prefix).toBe(true);
  }
  expect(paths.length).toBeGreaterThan(50);
});

for (const scheme of ['light', 'dark'] as const) {
  for (let index = 0; index < CHUNKS; index += 1) {
    test(`no CSP violation or console error, ${scheme}, pages ${index + 1}/${CHUNKS}`, async ({ page, request }) => {
      test.setTimeout(180_000);
      await page.emulateMedia({ colorScheme: scheme });
      const problems = await watch(page);
      const paths = chunk(await sitemapPaths(request), index);
      for (const path of paths) await page.goto(path, { waitUntil: 'load' });
      // Search (Pagefind's script, WebAssembly and index) opened once, on the last page.
      await page.keyboard.press('/');
      await page.locator('dialog [data-search-input]').fill('gradient');
      await expect(page.locator('dialog .search-hit').first()).toBeVisible();
      expect(problems).toEqual([]);
    });
  }
}

for (let index = 0; index < CHUNKS; index += 1) {
  test(`axe finds no accessibility violation, pages ${index + 1}/${CHUNKS}`, async ({ page, request }) => {
    test.setTimeout(300_000);
    const found: string[] = [];
    for (const path of chunk(await sitemapPaths(request), index)) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      for (const violation of violations) {
        found.push(`${path}: ${violation.id} (${violation.impact}) ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
      }
    }
    expect(found).toEqual([]);
  });
}

test('axe finds no violation in dark mode on one page of each kind, and in the open search dialog', async ({ page, request }) => {
  test.setTimeout(180_000);
  await page.emulateMedia({ colorScheme: 'dark' });
  const paths = await sitemapPaths(request);
  const samples = ['/', '/til/', '/til/weekly/', '/tags/', '/docs/', '/models/', '/playbooks/', '/api/', '/issues/'].flatMap((prefix) => {
    const first = paths.find((path) => path.startsWith(prefix) && path !== prefix);
    return first ? [prefix, first] : [prefix];
  });
  const found: string[] = [];
  for (const path of [...new Set(samples)]) {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    for (const violation of violations) found.push(`${path}: ${violation.id} ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
  }
  await page.goto('/');
  await page.keyboard.press('/');
  await page.locator('dialog [data-search-input]').fill('gradient');
  await expect(page.locator('dialog .search-hit').first()).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  for (const violation of violations) found.push(`search dialog: ${violation.id} ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(found).toEqual([]);
});
