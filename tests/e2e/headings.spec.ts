import { expect, test } from '@playwright/test';
import { TILS } from './helpers.ts';

// Instant scrolling, so "scrolled to the heading" can be checked without waiting for an animation.
test.use({ reducedMotion: 'reduce' });

// What GitHub gives these headings (github-slugger, the same code github.com uses).
const LONG_PAGE_HEADINGS = [
  { level: 'h2', text: 'Setup & Install', id: 'setup--install' },
  { level: 'h3', text: 'Pin the versions', id: 'pin-the-versions' },
  { level: 'h2', text: 'Results', id: 'results' },
  { level: 'h3', text: 'Caveats', id: 'caveats' },
  { level: 'h2', text: 'Results', id: 'results-1' },
  { level: 'h3', text: 'Caveats', id: 'caveats-1' },
  { level: 'h4', text: 'Deep detail', id: 'deep-detail' },
  { level: 'h2', text: /^What[’']s next\?$/, id: 'whats-next' },
];

test('headings get GitHub-compatible ids, duplicates suffixed -1, each with a self-link', async ({ page }) => {
  await page.goto(TILS.dedup.url);
  const headings = page.locator('.prose').locator('h2, h3, h4');
  expect(await headings.evaluateAll((hs) => hs.map((h) => `${h.tagName.toLowerCase()}#${h.id}`))).toEqual(
    LONG_PAGE_HEADINGS.map((h) => `${h.level}#${h.id}`),
  );
  await expect(headings).toHaveText(LONG_PAGE_HEADINGS.map((h) => h.text));
  for (const heading of LONG_PAGE_HEADINGS) {
    const anchors = page.locator(`.prose [id="${heading.id}"] a.heading-anchor`);
    await expect(anchors).toHaveCount(1);
    await expect(anchors).toHaveAttribute('href', `#${heading.id}`);
  }
  // Ids are unique on the page.
  const ids = await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id));
  expect(new Set(ids).size).toBe(ids.length);
});

test('the table of contents lists h2/h3 in order and its links scroll to the headings', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  await page.goto(TILS.dedup.url);
  const toc = page.locator('nav.toc');
  await expect(toc).toHaveCount(1);
  const links = toc.locator('a');
  const listed = LONG_PAGE_HEADINGS.filter((h) => h.level !== 'h4');
  await expect(links).toHaveText(listed.map((h) => h.text));
  expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(listed.map((h) => `#${h.id}`));
  for (const h of listed) await expect(page.locator(`[id="${h.id}"]`)).toHaveCount(1);

  // The second "Caveats" is far down the page; its TOC entry must land there, not on the first.
  const target = page.locator('#caveats-1');
  await expect(target).not.toBeInViewport();
  await links.nth(5).click();
  await expect(page).toHaveURL(/#caveats-1$/);
  await expect(target).toBeInViewport();
  await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.id)).toBe('caveats-1');
});

test('in-text links to a heading of the same page work', async ({ page }) => {
  await page.goto(TILS.dedup.url);
  await page.locator('.prose').getByRole('link', { name: 'second caveats' }).click();
  await expect(page).toHaveURL(/#caveats-1$/);
  await expect(page.locator('#caveats-1')).toBeInViewport();
});

test('non-ASCII headings keep their letters like GitHub, and their anchor targets them', async ({ page }) => {
  await page.goto(TILS.unicode.url);
  const heading = page.locator('.prose h2');
  await expect(heading).toHaveText('Why 日本語 text and café differ');
  await expect(heading).toHaveAttribute('id', 'why-日本語-text-and-café-differ');
  await heading.locator('a.heading-anchor').click();
  await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.id)).toBe('why-日本語-text-and-café-differ');
});

test('pages with fewer than two headings have no table of contents; two are enough', async ({ page }) => {
  for (const url of [TILS.unicode.url, TILS.reseed.url, '/docs/guides/a-first/']) {
    await page.goto(url);
    await expect(page.locator('main h1'), url).toHaveCount(1);
    await expect(page.locator('nav.toc'), url).toHaveCount(0);
  }
  await page.goto(TILS.crlf.url);
  await expect(page.locator('nav.toc a')).toHaveCount(2);
});

test('the table of contents marks the section being read as the page scrolls', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  await page.goto(TILS.dedup.url);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const current = toc.locator('a[aria-current="location"]');
  // At the top, the first section is the one being read.
  await expect(current).toHaveAttribute('href', '#setup--install');
  await page.locator('#results-1').evaluate((h) => h.scrollIntoView({ block: 'start' }));
  await expect(current).toHaveAttribute('href', '#results-1');
  await expect(current).toHaveCount(1);
  await page.locator('#caveats').evaluate((h) => h.scrollIntoView({ block: 'start' }));
  await expect(current).toHaveAttribute('href', '#caveats');
});

test('on a phone "On this page" is a closed disclosure above the article, opened from the keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(TILS.dedup.url);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const summary = toc.locator('summary');
  const tocBox = await toc.boundingBox();
  const articleBox = await page.locator('article.article').boundingBox();
  expect(tocBox!.y).toBeLessThan(articleBox!.y);
  await expect(toc.getByRole('link').first()).toBeHidden();
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(toc.getByRole('link', { name: 'Setup & Install' })).toBeVisible();
});

test('on a wide screen the table of contents stands open beside the article', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(TILS.dedup.url);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc.getByRole('link', { name: 'Setup & Install' })).toBeVisible();
  const tocBox = await toc.boundingBox();
  const articleBox = await page.locator('article.article').boundingBox();
  expect(tocBox!.x).toBeGreaterThan(articleBox!.x + articleBox!.width);
});
