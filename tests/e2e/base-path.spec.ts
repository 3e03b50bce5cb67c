/**
 * tests/fixtures/base-site served under /wiki/, as GitHub Pages serves a project site: a crawl of
 * every page finds no broken link, asset or anchor, and links and diagrams work there.
 */
import { expect, test } from '@playwright/test';
import { pageFacts } from '../../src/lib/link-check.ts';

const origin = `http://127.0.0.1:${process.env.LABBOOK_E2E_BASE_PORT}`;
const BASE = '/wiki/';

test.use({ baseURL: origin });

test('a crawl from the home page reaches every page with no broken link, asset or anchor', async ({ request }) => {
  test.setTimeout(120_000);
  const queue = [new URL(BASE, origin).href];
  const bodies = new Map<string, { status: number; html?: string }>();
  const anchors: { from: string; to: string; id: string }[] = [];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (bodies.has(url)) continue;
    const response = await request.get(url);
    const html = (response.headers()['content-type'] ?? '').includes('text/html') ? await response.text() : undefined;
    bodies.set(url, { status: response.status(), html });
    if (!html) continue;
    for (const { tag, url: link } of pageFacts(html).links) {
      const target = new URL(link, url);
      if (target.origin !== origin) continue;
      const id = decodeURIComponent(target.hash.slice(1));
      target.hash = '';
      target.search = '';
      if (tag === 'a' && id && id !== 'top') anchors.push({ from: url, to: target.href, id });
      // Pages are followed; assets (stylesheets, scripts, feeds, images) are only fetched.
      if (!bodies.has(target.href)) queue.push(target.href);
    }
  }
  const broken = [...bodies].filter(([, { status }]) => status !== 200).map(([url, { status }]) => `${status} ${url}`);
  expect(broken).toEqual([]);
  const missing = anchors.filter(({ to, id }) => !pageFacts(bodies.get(to)?.html ?? '').ids.has(id)).map(({ from, to, id }) => `${from} -> ${to}#${id}`);
  expect(missing).toEqual([]);
  const pages = [...bodies.values()].filter((body) => body.html).length;
  expect(pages).toBeGreaterThan(15);
  expect([...bodies.keys()].every((url) => new URL(url).pathname.startsWith(BASE))).toBe(true);
});

test('links written as .md paths lead to the published pages under the base path', async ({ page }) => {
  await page.goto(`${BASE}docs/serving/`);
  await page.getByRole('link', { name: 'the copy note' }).click();
  await expect(page).toHaveURL(`${origin}${BASE}til/2026-05-06-pinned-memory-needs-non-blocking/#checking-it`);
  await expect(page.getByRole('heading', { name: 'Checking it' })).toBeInViewport();
  await page.goBack();
  await expect(page.getByRole('link', { name: 'every TIL' })).toHaveAttribute('href', `${BASE}til/`);
  await expect(page.getByRole('link', { name: 'docs start page' })).toHaveAttribute('href', `${BASE}docs/`);
});

test('a diagram is drawn under the base path, without loading Mermaid', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto(`${BASE}docs/serving/`);
  await expect(page.locator('figure svg').first()).toBeVisible();
  expect(scripts.filter((url) => /mermaid/i.test(url))).toEqual([]);
});
