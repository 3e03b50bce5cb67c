import { expect, test, type Page } from '@playwright/test';
import { DRAFT, REPO, SITE_TITLE, TILS } from './helpers.ts';

const facts = (page: Page, term: string) => page.locator(`dl.facts dt:text-is("${term}") + dd`);
const minutesOf = async (page: Page) =>
  Number((await page.locator('.article__meta span', { hasText: /^\d+ min read$/ }).textContent())?.match(/^(\d+) min read$/)?.[1]);

test('shows the front matter of a TIL', async ({ page }) => {
  const til = TILS.reseed;
  await page.goto(til.url);
  await expect(page.locator('h1')).toHaveText(til.title);
  await expect(page).toHaveTitle(`${til.title} · ${SITE_TITLE}`);

  const time = page.locator('.article__meta time');
  await expect(time).toHaveText(til.shownDate);
  await expect(time).toHaveAttribute('datetime', til.date);
  await expect(page.locator('.article__meta .badge')).toHaveText(til.category);
  await expect(page.locator('.article__meta')).toContainText('by ana-r');
  await expect(page.locator('.article__meta span', { hasText: /^\d+ min read$/ })).toHaveCount(1);

  const takeaway = 'Derive the shuffle seed from the base seed and the epoch number, so every epoch differs but a restarted run repeats it exactly.';
  await expect(page.locator('aside.takeaway')).toContainText(takeaway);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', takeaway);

  await expect(facts(page, 'Tags').locator('li')).toHaveText(['python', 'reproducibility']);
  await expect(facts(page, 'Keywords')).toHaveText('random.Random, epoch seed, shuffle order');
});

test('related issues link to GitHub: numbers to this wiki’s repo, owner/repo#N to that repo', async ({ page }) => {
  await page.goto(TILS.reseed.url);
  const related = facts(page, 'Related').locator('a');
  await expect(related).toHaveText(['#12', 'octo-org/loader-kit#7']);
  await expect(related.nth(0)).toHaveAttribute('href', `https://github.com/${REPO}/issues/12`);
  await expect(related.nth(1)).toHaveAttribute('href', 'https://github.com/octo-org/loader-kit/issues/7');

  // `"#31"` (a string with a hash) and `44` (a number) both mean this repo.
  await page.goto(TILS.dedup.url);
  const more = facts(page, 'Related').locator('a');
  await expect(more).toHaveText(['#31', '#44']);
  await expect(more.nth(0)).toHaveAttribute('href', `https://github.com/${REPO}/issues/31`);
  await expect(more.nth(1)).toHaveAttribute('href', `https://github.com/${REPO}/issues/44`);
});

test('a TIL without issues or keywords shows no empty facts', async ({ page }) => {
  await page.goto(TILS.crlf.url);
  await expect(page.locator('dl.facts dt')).toHaveText(['Tags', 'Keywords']);
  await expect(page.locator('.article__meta')).not.toContainText('by ');
});

test('the long note reads longer than the short one', async ({ page }) => {
  await page.goto(TILS.reseed.url);
  const short = await minutesOf(page);
  await page.goto(TILS.dedup.url);
  const long = await minutesOf(page);
  expect(short).toBeGreaterThanOrEqual(1);
  expect(long).toBeGreaterThan(short);
});

test('"Edit this page on GitHub" opens the source file on the configured branch', async ({ page }) => {
  for (const til of [TILS.reseed, TILS.unicode, TILS.crlf]) {
    await page.goto(til.url);
    const edit = page.getByRole('link', { name: 'Edit this page on GitHub' });
    await expect(edit).toHaveCount(1);
    // The fixture lives inside this repository, so the path may have a folder in front of til/.
    const escaped = til.file.replace(/[.]/g, '\\.');
    await expect(edit).toHaveAttribute('href', new RegExp(`^https://github\\.com/${REPO}/edit/main/([\\w.-]+/)*${escaped}$`));
  }
});

test('previous/next walk the published TILs in date order and skip the draft', async ({ page }) => {
  const inOrder = [TILS.reseed, TILS.dedup, TILS.unicode, TILS.crlf];

  // Oldest has no "previous"; newest has no "next".
  await page.goto(inOrder[0]!.url);
  await expect(page.locator('nav.prev-next a[rel="prev"]')).toHaveCount(0);

  await expect(page.locator('h1')).toHaveText(inOrder[0]!.title);
  for (let i = 1; i < inOrder.length; i++) {
    const next = page.locator('nav.prev-next a[rel="next"]');
    await expect(next).toContainText(inOrder[i]!.title);
    await next.click();
    await page.waitForURL(inOrder[i]!.url);
    await expect(page.locator('h1')).toHaveText(inOrder[i]!.title);
  }
  await expect(page.locator('nav.prev-next a[rel="next"]')).toHaveCount(0);
  await expect(page.locator('nav.prev-next')).not.toContainText(DRAFT.title);

  // And back.
  for (let i = inOrder.length - 2; i >= 0; i--) {
    await page.locator('nav.prev-next a[rel="prev"]').click();
    await page.waitForURL(inOrder[i]!.url);
    await expect(page.locator('h1')).toHaveText(inOrder[i]!.title);
  }
});

test('breadcrumbs lead back to the TIL list', async ({ page }) => {
  await page.goto(TILS.dedup.url);
  const crumbs = page.locator('nav.breadcrumbs li');
  await expect(crumbs).toHaveText(['Home', 'TILs', TILS.dedup.title]);
  await expect(crumbs.nth(1).locator('a')).toHaveAttribute('href', '/til/');
  await expect(crumbs.nth(2).locator('[aria-current="page"]')).toHaveText(TILS.dedup.title);
});
