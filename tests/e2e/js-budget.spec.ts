import { expect, test, type Page } from '@playwright/test';
import { TILS } from './helpers.ts';

const BUDGET_BYTES = 3 * 1024;

/** Start recording script requests before navigating. */
function recordScripts(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') urls.push(request.url());
  });
  return urls;
}

/** Bytes of JavaScript the page shipped: inline script text plus the bodies of script files. */
async function javascriptBytes(page: Page): Promise<number> {
  const inline = await page
    .locator('script:not([src])')
    .evaluateAll((scripts) => scripts.reduce((sum, s) => sum + new TextEncoder().encode(s.textContent ?? '').length, 0));
  const external = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => (e as PerformanceResourceTiming).initiatorType === 'script')
      .reduce((sum, e) => sum + ((e as PerformanceResourceTiming).encodedBodySize || 0), 0),
  );
  return inline + external;
}

test('a TIL page runs only the theme script, the search opener and the copy-code module, under 3 KB', async ({ page, baseURL }) => {
  const requested = recordScripts(page);
  await page.goto(TILS.reseed.url);
  // The copy-code module ran (this page has code blocks).
  await expect(page.locator('button.copy-code')).toHaveCount(2);

  // Script files, if Astro emits the module as one, come from the site's own bundle folder.
  const origin = new URL(baseURL!).origin;
  for (const url of requested) expect(url).toMatch(new RegExp(`^${origin.replace(/[.]/g, '\\.')}/_astro/[^/]+\\.js$`));
  expect(requested.length).toBeLessThanOrEqual(1);

  const scripts = await page.locator('script').evaluateAll((els) =>
    els.map((s) => ({ inHead: s.parentElement === document.head, module: (s as HTMLScriptElement).type === 'module', src: (s as HTMLScriptElement).src })),
  );
  // One classic inline script in the head (theme, before first paint) and two modules: the
  // search opener (inline; the search UI loads only when search is opened) and copy code.
  expect(scripts.filter((s) => !s.module)).toEqual([{ inHead: true, module: false, src: '' }]);
  expect(scripts.filter((s) => s.module)).toHaveLength(2);

  expect(await javascriptBytes(page)).toBeLessThan(BUDGET_BYTES);
});

test('the home page loads no script file at all', async ({ page }) => {
  const requested = recordScripts(page);
  await page.goto('/');
  await expect(page.locator('h1')).toHaveText('E2E Fixture Wiki');
  expect(requested).toEqual([]);
  await expect(page.locator('script[src]')).toHaveCount(0);
  // No code blocks here, so no copy-code module either: only the inline theme script and the
  // inline search opener.
  await expect(page.locator('script')).toHaveCount(2);
  expect(await javascriptBytes(page)).toBeLessThan(BUDGET_BYTES);
});
