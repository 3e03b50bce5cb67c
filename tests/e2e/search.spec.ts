import { expect, test, type Locator, type Page } from '@playwright/test';
import { TILS, watchProblems } from './helpers.ts';
import { TIL_SITE } from './til-site.ts';

/**
 * Search in real Chromium, on two builds: the main fixture served at / and
 * tests/fixtures/base-site served under /wiki/ (a GitHub Pages project site). The same scenarios
 * run on both; each site names its own words.
 */
interface SearchSite {
  name: string;
  origin: string;
  /** `/` or `/wiki/`: every URL of the site, and its Pagefind bundle, is below it. */
  base: string;
  /** A TIL page to start from (without base). */
  start: string;
  /** A word that occurs in exactly one TIL. */
  unique: { query: string; title: string; path: string };
  /** A keyword written only in that TIL's front matter, never in its text. */
  keyword: { query: string; title: string };
  /** Words with several results, and a tag that narrows them to `titles`. */
  tag: { query: string; tag: string; titles: string[] };
}

const port = Number(process.env.LABBOOK_E2E_PORT ?? 4399);
const SITES: SearchSite[] = [
  {
    name: 'served at /',
    origin: `http://127.0.0.1:${port}`,
    base: '/',
    start: TILS.reseed.url,
    unique: { query: 'launcher', title: TILS.dedup.title, path: TILS.dedup.url },
    keyword: { query: 'leaderboard', title: TILS.dedup.title },
    tag: { query: 'before', tag: 'unicode', titles: [TILS.unicode.title] },
  },
  {
    name: 'served under /wiki/',
    origin: `http://127.0.0.1:${process.env.LABBOOK_E2E_BASE_PORT ?? port - 2}`,
    base: '/wiki/',
    start: '/til/2026-05-04-gradient-checkpointing-trades-compute/',
    unique: { query: 'cudaMemcpyAsync', title: 'Pinned memory only helps with non_blocking copies', path: '/til/2026-05-06-pinned-memory-needs-non-blocking/' },
    keyword: { query: 'recomputation', title: 'Gradient checkpointing trades compute for memory' },
    tag: { query: 'memory', tag: 'dataloader', titles: ['Pinned memory only helps with non_blocking copies'] },
  },
];
const BASE_SITE = SITES[1]!;

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search' });
const field = (scope: Page | Locator) => scope.getByRole('combobox', { name: 'Search the wiki' });
const status = (scope: Locator) => scope.getByRole('status');
/** Titles of the page results (not their heading sub-results), in order. */
const titles = (scope: Locator) => scope.locator('.search-hit:not(.search-hit--section) .search-hit__title');
const pageResults = (scope: Locator) => scope.locator('a.search-hit:not(.search-hit--section)');
/** Every result, pages and headings: the options of the results listbox. */
const options = (scope: Locator) => scope.getByRole('listbox', { name: 'Results' }).getByRole('option');

/** Show the filters, collapsed under "Filters" until asked for. */
async function openFilters(scope: Locator): Promise<void> {
  await scope.locator('summary', { hasText: 'Filters' }).click();
  await expect(scope.locator('[data-search-facets]')).toHaveAttribute('open', '');
}

/** Open the dialog with the header button and type `words`; waits for the result count. */
async function search(page: Page, words: string): Promise<Locator> {
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(dialog(page)).toBeVisible();
  await expect(field(dialog(page))).toBeFocused();
  await field(dialog(page)).fill(words);
  await expect(status(dialog(page))).toContainText(`“${words}”`);
  return dialog(page);
}

for (const site of SITES) {
  test.describe(`search, ${site.name}`, () => {
    test.use({ baseURL: site.origin });
    /** A site path with the base in front: `/til/x/` -> `/wiki/til/x/`. */
    const at = (path: string) => `${site.base}${path.replace(/^\//, '')}`;

    test('loads nothing before it is opened, then only its UI and the Pagefind bundle under the base', async ({ page }) => {
      const problems = watchProblems(page);
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(at(site.start));
      await expect(page.locator('main h1')).toHaveCount(1);
      await page.waitForLoadState('networkidle');
      // The only script file before opening is the contents' section marker, which every article shares.
      expect(requested.filter((path) => path.includes('pagefind') || (path.endsWith('.js') && !/\/_astro\/TocMarker\.[^/]*\.js$/.test(path)))).toEqual([]);
      // The opener is the page's only search code: one small inline module.
      const opener = await page.locator('script[type="module"]:not([src])').evaluateAll((scripts) =>
        scripts.map((s) => s.textContent ?? '').filter((text) => text.includes('labbook:search-open')),
      );
      expect(opener).toHaveLength(1);
      expect(new TextEncoder().encode(opener[0]).length).toBeLessThan(1024);

      const results = await search(page, site.unique.query);
      await expect(titles(results).first()).toHaveText(site.unique.title);
      const loaded = requested.filter((path) => path.includes('pagefind'));
      expect(loaded).toContain(at('/pagefind/pagefind.js'));
      for (const path of loaded) expect(path.startsWith(at('/pagefind/')), path).toBe(true);
      for (const path of requested.filter((p) => p.endsWith('.js'))) expect(path.startsWith(site.base), path).toBe(true);
      expect(problems.take()).toEqual([]);
    });

    test('a word that occurs in exactly one TIL finds it, first, with a link under the base', async ({ page }) => {
      const problems = watchProblems(page);
      await page.goto(at(site.start));
      const results = await search(page, site.unique.query);
      await expect(status(results)).toHaveText(`1 result for “${site.unique.query}”.`);
      await expect(titles(results)).toHaveText([site.unique.title]);
      await expect(pageResults(results).first()).toHaveAttribute('href', at(site.unique.path));
      await expect(results.locator('.search-hit__kind').first()).toHaveText('TIL');
      await expect(results.locator('.search-hit__excerpt mark').first()).toHaveText(new RegExp(site.unique.query, 'i'));
      expect(problems.take()).toEqual([]);
    });

    test('a keyword written only in front matter finds its TIL', async ({ page }) => {
      await page.goto(at(site.start));
      const results = await search(page, site.keyword.query);
      await expect(titles(results).first()).toHaveText(site.keyword.title);
    });

    test('a tag filter narrows the results and says so', async ({ page }) => {
      const problems = watchProblems(page);
      await page.goto(at(site.start));
      const results = await search(page, site.tag.query);
      await expect.poll(() => titles(results).count()).toBeGreaterThan(site.tag.titles.length);
      await openFilters(results);
      const chip = results.getByRole('group', { name: 'Tag' }).getByRole('button', { name: new RegExp(`^${site.tag.tag}, \\d+ results?$`) });
      await expect(chip).toHaveAttribute('aria-pressed', 'false');
      await chip.click();
      await expect(titles(results)).toHaveText(site.tag.titles);
      await expect(status(results)).toHaveText(
        `${site.tag.titles.length} result${site.tag.titles.length === 1 ? '' : 's'} for “${site.tag.query}” with these filters.`,
      );
      const pressed = results.getByRole('group', { name: 'Tag' }).getByRole('button', { name: new RegExp(`^${site.tag.tag},`) });
      await expect(pressed).toHaveAttribute('aria-pressed', 'true');
      await expect(pressed).toBeFocused();
      // The dialog links the same search on the search page.
      await expect(results.getByRole('link', { name: 'Open the search page' })).toHaveAttribute(
        'href',
        `${at('/search/')}?q=${encodeURIComponent(site.tag.query)}&tag=${encodeURIComponent(site.tag.tag)}`,
      );
      await pressed.click();
      await expect.poll(() => titles(results).count()).toBeGreaterThan(site.tag.titles.length);
      expect(problems.take()).toEqual([]);
    });

    test('a query with no match says so', async ({ page }) => {
      await page.goto(at(site.start));
      const results = await search(page, 'xylophone');
      await expect(status(results)).toHaveText('No results for “xylophone”.');
      await expect(options(results)).toHaveCount(0);
      await expect(field(results)).toHaveAttribute('aria-expanded', 'false');
    });

    test('keyboard only: / opens, arrows pick, Enter follows; Escape closes and focus returns', async ({ page }) => {
      const problems = watchProblems(page);
      await page.goto(at(site.start));
      const docs = page.getByRole('navigation', { name: 'Main', exact: true }).getByRole('link', { name: 'Docs' });
      await docs.focus();

      // Typing straight after `/` loses nothing, although the search UI is still loading.
      await page.keyboard.press('/');
      await page.keyboard.type(site.unique.query);
      await expect(dialog(page)).toBeVisible();
      const input = field(dialog(page));
      await expect(input).toBeFocused();
      await expect(input).toHaveValue(site.unique.query);
      await expect(status(dialog(page))).toHaveText(`1 result for “${site.unique.query}”.`);
      await page.keyboard.press('ArrowDown');
      const first = options(dialog(page)).first();
      await expect(first).toHaveAttribute('aria-selected', 'true');
      await expect(input).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
      await expect(input).toBeFocused();

      // Tab stays inside the dialog.
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Tab');
        expect(await dialog(page).evaluate((el) => el.contains(document.activeElement))).toBe(true);
      }

      await page.keyboard.press('Escape');
      await expect(dialog(page)).toBeHidden();
      await expect(docs).toBeFocused();

      // Ctrl+K opens it again, with the words still there.
      await page.keyboard.press('Control+k');
      await expect(dialog(page)).toBeVisible();
      await expect(input).toHaveValue(site.unique.query);
      await expect(options(dialog(page)).first()).toBeVisible();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.waitForURL(`${site.origin}${at(site.unique.path)}`);
      await expect(page.locator('main h1')).toHaveText(site.unique.title);
      expect(problems.take()).toEqual([]);
    });

    test('the empty search page waits for words before loading Pagefind', async ({ page }) => {
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(at('/search/'));
      const panel = page.locator('[data-search-page]');
      await expect(field(panel)).toBeFocused();
      await page.waitForLoadState('networkidle');
      expect(requested.filter((path) => path.includes('/pagefind/'))).toEqual([]);
      await page.keyboard.type(site.unique.query);
      await expect(titles(panel)).toHaveText([site.unique.title]);
      expect(requested).toContain(at('/pagefind/pagefind.js'));
    });

    test('/search/?q= shows a linked search, and the page keeps its address in step', async ({ page }) => {
      const problems = watchProblems(page);
      await page.goto(`${at('/search/')}?q=${encodeURIComponent(site.unique.query)}`);
      const panel = page.locator('[data-search-page]');
      await expect(page.locator('h1')).toHaveText('Search');
      await expect(field(panel)).toHaveValue(site.unique.query);
      await expect(titles(panel)).toHaveText([site.unique.title]);
      await expect(status(panel)).toHaveText(`1 result for “${site.unique.query}”.`);

      await field(panel).fill(site.tag.query);
      await expect(status(panel)).toContainText(`“${site.tag.query}”`);
      await expect(page).toHaveURL(`${site.origin}${at('/search/')}?q=${encodeURIComponent(site.tag.query)}`);

      // A tag alone lists its pages, newest first.
      await page.goto(`${at('/search/')}?tag=${encodeURIComponent(site.tag.tag)}`);
      await expect(titles(panel)).toHaveText(site.tag.titles);
      await expect(panel.getByRole('button', { name: new RegExp(`^${site.tag.tag},`) })).toHaveAttribute('aria-pressed', 'true');

      // `/` on the search page goes to its own field, not to a dialog.
      await page.locator('h1').click();
      await page.keyboard.press('/');
      await expect(field(panel)).toBeFocused();
      await expect(dialog(page)).toBeHidden();
      expect(problems.take()).toEqual([]);
    });

    test('the header button works without JavaScript: it opens the search page', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, baseURL: site.origin });
      const page = await context.newPage();
      await page.goto(at(site.start));
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${at('/search/')}\\??$`));
      await expect(page.locator('h1')).toHaveText('Search');
      await context.close();
    });
  });
}

test.describe('search, base-path fixture only', () => {
  test.use({ baseURL: BASE_SITE.origin });

  test('a title that is markup shows as text and runs nothing', async ({ page }) => {
    const problems = watchProblems(page);
    const title = '"><img src=x onerror=window.__xss=1>';
    await page.goto('/wiki/til/2026-05-12-markup-in-a-title/');
    await expect(page.locator('main h1')).toHaveText(title);
    const results = await search(page, 'onerror');
    // Among the hits (the fixture's hostile notebook says "onerror" too), shown as text.
    await expect(titles(results).filter({ hasText: /^"><img src=x onerror=window\.__xss=1>$/ })).toHaveCount(1);
    await expect(results.locator('img')).toHaveCount(0);
    await expect(results.locator('.search-hit__excerpt *:not(mark)')).toHaveCount(0);
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    await expect(page.locator('img')).toHaveCount(0);
    expect(problems.take()).toEqual([]);
  });

  test('a weekly page ranks below the TILs it summarises', async ({ page }) => {
    await page.goto('/wiki/');
    // Both TILs of 2026-W19 and its hand-written summary ("memory week") say "memory".
    const results = await search(page, 'memory');
    await expect(titles(results)).toHaveCount(3);
    const order = await titles(results).allTextContents();
    const weekly = order.indexOf('Week 2026-W19: memory week');
    expect(weekly, order.join(' / ')).toBe(2);
    // Still found first by its own title.
    await field(results).fill('memory week');
    await expect(status(results)).toContainText('“memory week”');
    await expect(titles(results).first()).toHaveText('Week 2026-W19: memory week');
  });

  test('on a 390 px phone the filters start collapsed, with counts once opened, and results start above the fold', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/wiki/search/?q=memory');
    const panel = page.locator('[data-search-page]');
    await expect(titles(panel)).toHaveCount(3);
    await expect(panel.getByRole('group', { name: 'Kind' })).toBeHidden();
    const first = await pageResults(panel).first().boundingBox();
    expect(first && first.y + first.height).toBeLessThanOrEqual(844);
    await openFilters(panel);
    await expect(panel.getByRole('group', { name: 'Kind' }).getByRole('button', { name: /^TIL, 2 results$/ })).toBeVisible();
  });

  test('each daily-log entry is its own result', async ({ page }) => {
    await page.goto('/wiki/');
    const results = await search(page, 'lockfile');
    await expect(titles(results).first()).toHaveText('A stale lockfile pinned an old wheel');
    await expect(pageResults(results).first()).toHaveAttribute('href', '/wiki/til/2026-05-11-a-stale-lockfile-pinned-an-old-wheel/');
    await expect(titles(results)).not.toContainText(['Warm the cache before the load test']);
  });

  test('a heading that matches is a sub-result linking to its anchor', async ({ page }) => {
    await page.goto('/wiki/');
    const results = await search(page, 'rollbacks');
    await expect(titles(results).first()).toHaveText('Serving runbook');
    await expect(results.locator('.search-hit__kind').first()).toHaveText('Doc');
    const section = results.locator('a.search-hit--section', { hasText: 'Rollbacks' });
    await expect(section).toHaveAttribute('href', '/wiki/docs/serving/#rollbacks');
    await field(results).press('ArrowDown');
    await field(results).press('ArrowDown');
    await expect(section).toHaveAttribute('aria-selected', 'true');
    await field(results).press('Enter');
    await page.waitForURL('**/wiki/docs/serving/#rollbacks');
  });

  test('kind, category and author filters, with counts, and newest first', async ({ page }) => {
    await page.goto('/wiki/');
    const results = await search(page, 'memory');
    await openFilters(results);
    const kinds = results.getByRole('group', { name: 'Kind' });
    await expect(kinds.getByRole('button')).toHaveText([/^TIL\s*2$/, /^Weekly\s*1$/]);
    await kinds.getByRole('button', { name: /^Weekly,/ }).click();
    await expect(titles(results)).toHaveText(['Week 2026-W19: memory week']);
    await expect(results.locator('.search-hit__kind')).toHaveText(['Weekly']);
    // Choosing a kind keeps the other kinds' counts, so a second kind can be added.
    await expect(kinds.getByRole('button', { name: /^TIL, 2 results$/ })).toBeVisible();
    await kinds.getByRole('button', { name: /^TIL,/ }).click();
    await expect(titles(results)).toHaveCount(3);

    await results.getByRole('combobox', { name: 'Order' }).selectOption('date');
    await expect(results.locator('a.search-hit:not(.search-hit--section) .search-hit__meta > span:first-child')).toHaveText([
      'May 6, 2026',
      'May 4, 2026',
      'May 4, 2026',
    ]);
    await results.getByRole('group', { name: 'Author' }).getByRole('button', { name: /^sam,/ }).click();
    await expect(titles(results)).toHaveText(['Pinned memory only helps with non_blocking copies']);
    await expect(results.getByRole('group', { name: 'Category' }).getByRole('button')).toHaveText([/^Data\s*1$/]);

    // A chosen value stays, with its count, when new words find nothing with it.
    await results.getByRole('group', { name: 'Author' }).getByRole('button', { name: /^sam,/ }).click();
    await results.getByRole('group', { name: 'Category' }).getByRole('button', { name: /^Training,/ }).click();
    await expect(titles(results)).toHaveText(['Gradient checkpointing trades compute for memory']);
    await field(results).fill('cudaMemcpyAsync');
    await expect(status(results)).toHaveText('No results for “cudaMemcpyAsync” with these filters.');
    await expect(results.getByRole('group', { name: 'Category' }).getByRole('button', { name: 'Training, 0 results' })).toHaveAttribute('aria-pressed', 'true');
  });

  test('navigation, breadcrumbs, footers and prev/next are not indexed', async ({ page }) => {
    // The footer's "Edit this page on GitHub" and the breadcrumbs' "Home".
    for (const words of ['GitHub', 'Edit', 'Home']) {
      await page.goto('/wiki/');
      const results = await search(page, words);
      await expect(status(results), words).toHaveText(`No results for “${words}”.`);
    }
  });
});

test.describe('search, TIL fixture (repo acme/ml)', () => {
  test.use({ baseURL: TIL_SITE });

  test("#42 and acme/ml#42 find the notes citing issue 42 first, then the doc citing it, then the issue's page", async ({ page }) => {
    const problems = watchProblems(page);
    await page.goto('/');
    // Both TILs declare #42 ("issues: [42]", "Related to #42") and say it; the Handbook only says it.
    const citingTils = ['Normalise Persian text before tokenizing', 'Pin the CUDA version in the base image'];
    const results = await search(page, '#42');
    await expect(status(results)).toHaveText('4 results for “#42”.');
    const order = await titles(results).allTextContents();
    expect(order.slice(0, 2).sort(), order.join(' / ')).toEqual(citingTils);
    expect(order.slice(2), order.join(' / ')).toEqual(['Handbook', 'What do we know about #42?']);
    await expect(results.locator('.search-hit__kind')).toHaveText(['TIL', 'TIL', 'Doc', 'Issue']);
    await expect(results.locator('.search-hit__excerpt mark').first()).toHaveText(/#42/);
    // The issue's page says which pages cite it, not its breadcrumbs or GitHub link.
    const issueHit = pageResults(results).last();
    await expect(issueHit).toHaveAttribute('href', '/issues/42/');
    await expect(issueHit.locator('.search-hit__excerpt')).toHaveText(
      '#42 is cited by 3 pages: Normalise Persian text before tokenizing; Pin the CUDA version in the base image; Handbook.',
    );
    await openFilters(results);
    await expect(results.getByRole('group', { name: 'Kind' }).getByRole('button')).toHaveText([/^TIL\s*2$/, /^Doc\s*1$/, /^Issue\s*1$/]);

    // The wiki's own repo written out is the same search, with the same order.
    await field(results).fill('acme/ml#42');
    await expect(status(results)).toHaveText('4 results for “acme/ml#42”.');
    await expect(titles(results)).toHaveText(order);
    expect(problems.take()).toEqual([]);
  });

  test("the Issue kind lists the issues' pages alone; the table at /issues/ is no result", async ({ page }) => {
    await page.goto('/search/?kind=Issue');
    const panel = page.locator('[data-search-page]');
    await expect(status(panel)).toHaveText('2 pages match the filters.');
    expect((await titles(panel).allTextContents()).sort()).toEqual(['What do we know about #42?', 'What do we know about pytorch/pytorch#9?']);
    expect((await pageResults(panel).evaluateAll((links) => links.map((link) => link.getAttribute('href')))).sort()).toEqual(['/issues/42/', '/issues/pytorch/pytorch/9/']);
  });
});
