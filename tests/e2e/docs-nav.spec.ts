import { expect, test } from '@playwright/test';
import { DOCS, REPO } from './helpers.ts';

const sidebar = (page: import('@playwright/test').Page) => page.locator('nav.sidebar[aria-label="Docs"]');

test('sidebar follows `order` (a folder takes its index page\'s), not file names or titles; unordered pages come last', async ({ page }) => {
  await page.goto('/docs/guides/b-second/');
  // Every entry of the tree in document order: links and folder labels.
  const entries = sidebar(page).locator('a, .docs-tree__folder');
  await expect(entries).toHaveText([
    'Fixture handbook',
    'Guides',
    'Zero to a first training run', // order 1, title sorts last
    'Advanced configuration', // order 2, title sorts first
    'Appendix without an order', // no order: after the numbered pages
    'Conventions', // order 3, after the Guides folder (its index.md says order 2) although it sorts first
    'Reference', // a folder without index page: no order, so last
    'Glossary',
  ]);
  // Nesting: the guides are inside the Guides item, the glossary inside Reference.
  await expect(sidebar(page).locator('li:has(> a[href="/docs/guides/"]) > ul > li > a')).toHaveText([
    'Zero to a first training run',
    'Advanced configuration',
    'Appendix without an order',
  ]);
  await expect(sidebar(page).locator('li:has(> .docs-tree__folder) > ul > li > a')).toHaveText(['Glossary']);
});

test('a folder without an index page is text, not a link', async ({ page }) => {
  await page.goto('/docs/reference/glossary/');
  const folder = sidebar(page).locator('.docs-tree__folder');
  await expect(folder).toHaveText('Reference');
  expect(await folder.evaluate((el) => el.tagName)).not.toBe('A');
  await expect(sidebar(page).getByRole('link', { name: 'Reference' })).toHaveCount(0);
  await expect(sidebar(page).getByRole('link', { name: 'Guides' })).toHaveAttribute('href', '/docs/guides/');
});

test('the current page, and only it, is marked aria-current=page', async ({ page }) => {
  for (const doc of DOCS) {
    await page.goto(doc.url);
    const current = sidebar(page).locator('[aria-current="page"]');
    await expect(current, doc.url).toHaveCount(1);
    await expect(current, doc.url).toHaveText(doc.title);
    await expect(current, doc.url).toHaveAttribute('href', doc.url);
  }
});

test('breadcrumbs show the folder trail; folders without a page are unlinked', async ({ page }) => {
  await page.goto('/docs/guides/a-first/');
  let crumbs = page.locator('nav.breadcrumbs li');
  await expect(crumbs).toHaveText(['Home', 'Fixture handbook', 'Guides', 'Zero to a first training run']);
  expect(await crumbs.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/', '/docs/', '/docs/guides/']);
  await expect(crumbs.last().locator('[aria-current="page"]')).toHaveText('Zero to a first training run');

  await page.goto('/docs/reference/glossary/');
  crumbs = page.locator('nav.breadcrumbs li');
  await expect(crumbs).toHaveText(['Home', 'Fixture handbook', 'Reference', 'Glossary']);
  await expect(crumbs.nth(2).locator('a')).toHaveCount(0);
  expect(await crumbs.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/', '/docs/']);

  await page.goto('/docs/');
  await expect(page.locator('nav.breadcrumbs li')).toHaveText(['Home', 'Fixture handbook']);
});

test('previous/next follow the sidebar order', async ({ page }) => {
  await page.goto(DOCS[0].url);
  await expect(page.locator('nav.prev-next a[rel="prev"]')).toHaveCount(0);
  for (let i = 1; i < DOCS.length; i++) {
    const next = page.locator('nav.prev-next a[rel="next"]');
    await expect(next).toContainText(DOCS[i]!.title);
    await next.click();
    await page.waitForURL(DOCS[i]!.url);
    await expect(page.locator('h1')).toHaveText(DOCS[i]!.title);
  }
  await expect(page.locator('nav.prev-next a[rel="next"]')).toHaveCount(0);
  for (let i = DOCS.length - 2; i >= 0; i--) {
    await page.locator('nav.prev-next a[rel="prev"]').click();
    await page.waitForURL(DOCS[i]!.url);
    await expect(page.locator('h1')).toHaveText(DOCS[i]!.title);
  }
});

test('the MDX page renders its table and evaluates its expressions', async ({ page }) => {
  await page.goto('/docs/reference/glossary/');
  await expect(page.locator('h1')).toHaveText('Glossary');
  await expect(page.locator('.article__lead')).toHaveText('Words the fixture team uses, as an MDX page.');
  const table = page.locator('.prose table');
  await expect(table).toHaveCount(1);
  await expect(table.locator('thead th')).toHaveText(['Term', 'Meaning']);
  await expect(table.locator('tbody tr')).toHaveCount(3);
  await expect(table.locator('tbody tr td:first-child')).toHaveText(['Shard', 'Epoch seed', 'Takeaway']);
  await expect(page.locator('.prose')).toContainText('This glossary defines 3 terms.');
  await expect(page.locator('.prose')).not.toContainText('termCount');
  await expect(page.locator('.prose')).not.toContainText('export const');
  await expect(page.getByRole('link', { name: 'Edit this page on GitHub' })).toHaveAttribute(
    'href',
    new RegExp(`^https://github\\.com/${REPO}/edit/main/([\\w.-]+/)*docs/reference/glossary\\.mdx$`),
  );
});

test('the header marks the Docs section as current on docs pages', async ({ page }) => {
  await page.goto('/docs/guides/b-second/');
  const main = page.getByRole('navigation', { name: 'Main', exact: true });
  await expect(main.locator('[aria-current="page"]')).toHaveText('Docs');
});
