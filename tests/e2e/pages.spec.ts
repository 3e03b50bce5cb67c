import { expect, test } from '@playwright/test';
import { API_PAGES, builtPageUrls, DOCS, DRAFT, MODEL_AND_PLAYBOOK_PAGES, TILS, watchProblems } from './helpers.ts';

// Every check runs on a phone-sized screen: nothing may scroll sideways at 360 px.
test.use({ viewport: { width: 360, height: 740 } });

const EXPECTED_PAGES = [
  '/',
  '/404.html',
  ...DOCS.map((doc) => doc.url),
  '/til/',
  ...Object.values(TILS).map((til) => til.url),
  '/tags/',
  ...['café', 'evaluation', 'line-endings', 'metrics', 'python', 'reproducibility', 'unicode', 'windows', 'yaml', '日本語'].map((tag) => `/tags/${tag}/`),
  '/categories/',
  ...['data', 'evaluation', 'infra'].map((category) => `/categories/${category}/`),
  '/issues/',
  ...['12', '31', '44', 'octo-org/loader-kit/7'].map((issue) => `/issues/${issue}/`),
  // Dataset cards; every kind's list page is published, empty or not (/experiments/, /notebooks/).
  ...['/datasets/', '/datasets/tickets/', '/datasets/tickets-fresh/'],
  '/experiments/',
  '/notebooks/',
  '/til/weekly/',
  ...['2026-W03', '2026-W07', '2026-W08', '2026-W10'].map((week) => `/til/weekly/${week}/`),
  '/search/',
  ...MODEL_AND_PLAYBOOK_PAGES,
  ...API_PAGES,
].sort();

test('the build publishes exactly the expected pages (no draft, no page for an index-less folder)', () => {
  expect(builtPageUrls()).toEqual(EXPECTED_PAGES);
});

// The page list is read when the tests run (the web server has built the site by then) and split
// into a few groups so the work spreads over the workers.
const GROUPS = 3;
for (let group = 0; group < GROUPS; group++) {
  test(`every built page loads cleanly and fits 360 px (group ${group + 1}/${GROUPS})`, async ({ page }) => {
    const urls = builtPageUrls().filter((_, i) => i % GROUPS === group);
    expect(urls.length).toBeGreaterThan(0);
    const problems = watchProblems(page);
    for (const url of urls) {
      await test.step(url, async () => {
        const response = await page.goto(url);
        expect(response?.status(), `status of ${url}`).toBe(200);
        await expect(page.locator('h1'), `one h1 on ${url}`).toHaveCount(1);
        await expect(page.getByRole('main'), `main landmark on ${url}`).toHaveCount(1);
        expect(await page.locator('html').getAttribute('lang'), `lang on ${url}`).toMatch(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/);
        expect((await page.title()).trim(), `title of ${url}`).not.toBe('');
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width, `horizontal overflow on ${url}`).toBeLessThanOrEqual(360);
        expect(problems.take(), `problems on ${url}`).toEqual([]);
      });
    }
  });
}

// Without a declared icon browsers request /favicon.ico after every load and log a 404.
test('pages declare an icon that loads (browsers otherwise log a /favicon.ico 404)', async ({ page, request }) => {
  for (const url of ['/', TILS.dedup.url, '/docs/guides/a-first/']) {
    await page.goto(url);
    const icons = await page.locator('link[rel~="icon"]').evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
    if (icons.length === 0) icons.push(new URL('/favicon.ico', page.url()).href);
    for (const icon of icons) expect((await request.get(icon)).status(), `${icon} for ${url}`).toBe(200);
  }
});

test('every internal link on every page resolves, fragments included', async ({ page, request, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  /** target URL without fragment -> { fragments wanted, pages linking to it } */
  const targets = new Map<string, { fragments: Set<string>; from: Set<string> }>();
  for (const url of builtPageUrls()) {
    await page.goto(url);
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const target = new URL(href);
      if (target.origin !== origin) continue;
      expect(target.pathname, `${url} links to the draft`).not.toContain(DRAFT.slugPart);
      const key = target.pathname + target.search;
      const entry = targets.get(key) ?? { fragments: new Set(), from: new Set() };
      if (target.hash.length > 1) entry.fragments.add(decodeURIComponent(target.hash.slice(1)));
      entry.from.add(url);
      targets.set(key, entry);
    }
  }
  // Sanity: the walk found the links the fixture is known to have.
  expect([...targets.keys()]).toEqual(expect.arrayContaining([TILS.reseed.url, '/docs/guides/a-first/', '/docs/reference/glossary/']));

  for (const [target, { fragments, from }] of targets) {
    const response = await request.get(target);
    expect(response.status(), `${target} (linked from ${[...from].join(', ')})`).toBe(200);
    const body = await response.text();
    for (const id of fragments) {
      const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      expect(body, `#${id} on ${target} (linked from ${[...from].join(', ')})`).toMatch(new RegExp(`\\sid="${escaped}"`));
    }
  }
});

test('the draft TIL is not published and unknown URLs get the 404 page', async ({ page, request }) => {
  const draft = await request.get(DRAFT.url);
  expect(draft.status()).toBe(404);
  expect(await draft.text()).not.toContain(DRAFT.title);

  // A folder without index.md has no page of its own.
  expect((await request.get('/docs/reference/')).status()).toBe(404);

  const response = await page.goto(DRAFT.url);
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.getByRole('main').getByRole('link', { name: 'list of TILs' })).toHaveAttribute('href', '/til/');
});

test('TIL archive groups published notes by year and month, newest first', async ({ page }) => {
  await page.goto('/til/');
  await expect(page.locator('h1')).toHaveText('TILs 4');
  await expect(page.locator('main h2')).toHaveText(['2026 4']);
  await expect(page.locator('main h3')).toHaveText(['March 2026 1', 'February 2026 2', 'January 2026 1']);
  await expect(page.locator('.til-card__title')).toHaveText([TILS.crlf.title, TILS.unicode.title, TILS.dedup.title, TILS.reseed.title]);
  const order = [TILS.crlf, TILS.unicode, TILS.dedup, TILS.reseed];
  await expect(page.locator('.til-card time')).toHaveText(order.map((til) => til.shownDate));
  expect(await page.locator('.til-card time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')))).toEqual(
    order.map((til) => til.date),
  );
  await expect(page.locator('.til-card .badge')).toHaveText(order.map((til) => til.category));
  await expect(page.locator('main')).not.toContainText(DRAFT.title);
});

test('home page shows the site, section counts and the latest TILs', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toHaveText('E2E Fixture Wiki');
  await expect(page).toHaveTitle('E2E Fixture Wiki');
  await expect(page.locator('.hero__lead')).toHaveText('A tiny wiki that the Playwright suite builds and browses. Not real advice.');
  await expect(page.locator('.section-card > a')).toHaveText(['TILs 4', 'Weeks 4', 'Tags 10', `Docs ${DOCS.length}`, 'Models 2', 'Datasets 2', 'Playbooks 2', 'API 1']);
  await expect(page.locator('.til-card__title')).toHaveText([TILS.crlf.title, TILS.unicode.title, TILS.dedup.title, TILS.reseed.title]);
  await expect(page.locator('main')).not.toContainText(DRAFT.title);
});
