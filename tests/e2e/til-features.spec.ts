import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_PORT, fixtureDist, watchProblems } from './helpers.ts';
import { TIL_SITE } from './til-site.ts';

test.use({ baseURL: TIL_SITE });

const DIST = fixtureDist('e2e-til-dist', E2E_PORT - 1);

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('every page of the TIL fixture loads cleanly with one h1 and fits 360 px', async ({ page }) => {
  const urls = readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => `/${relative(DIST, e.parentPath).split(sep).join('/')}/`.replace('//', '/'));
  expect(urls.length).toBeGreaterThan(20);
  const problems = watchProblems(page);
  for (const url of urls) {
    const response = await page.goto(encodeURI(url));
    expect(response?.status(), url).toBe(200);
    await expect(page.locator('h1'), url).toHaveCount(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `horizontal overflow on ${url}`).toBeLessThanOrEqual(360);
    expect(problems.take(), url).toEqual([]);
  }
  });
});

test('each daily-log entry has its own page with its metadata', async ({ page }) => {
  await page.goto('/til/2021-01-03-normalise-persian-text-before-tokenizing/');
  await expect(page.locator('h1')).toHaveText('Normalise Persian text before tokenizing');
  await expect(page.locator('.article__meta .badge')).toHaveText('Data');
  await expect(page.locator('.takeaway p')).toHaveText('Map Arabic yeh and kaf to their Persian forms before training the tokenizer.');
  await expect(page.locator('.facts dd').first().locator('a')).toHaveText(['فارسی', 'ci/cd']);
  await expect(page.locator('.facts')).toContainText('Unicode normalisation, yeh, kaf');
  // The metadata lines are still shown, and #42 links to the wiki's repo.
  await expect(page.locator('.prose')).toContainText('Keywords: Unicode normalisation, yeh, kaf');
  await expect(page.locator('.prose a.gh-ref')).toHaveAttribute('href', 'https://github.com/acme/ml/issues/42');

  await page.goto('/til/2021-01-03-a-cached-wheel-hid-a-broken-build/');
  // The emoji before [Debugging] is the entry's icon, beside its title; the category is Debugging.
  await expect(page.locator('h1 .til-icon')).toHaveText('🐛');
  await expect(page.locator('.article__meta .badge')).toHaveText('Debugging');
  await expect(page.locator('.prose code', { hasText: '#7' })).toHaveCount(1);
  await expect(page.locator('.prose a', { hasText: '#7' })).toHaveCount(0);
});

test('weekly pages put notes in exact ISO weeks across year boundaries', async ({ page }) => {
  const titlesOf = async (week: string) => {
    await page.goto(`/til/weekly/${week}/`);
    // The title without the entry's icon (its accessible name: the icon is aria-hidden).
    return page.locator('.weekly__notes > li > a').evaluateAll((links) => links.map((a) => a.textContent?.replace(a.querySelector('.til-icon')?.textContent ?? '', '') ?? ''));
  };
  expect(await titlesOf('2020-W53')).toEqual([
    'Normalise Persian text before tokenizing',
    'A cached wheel hid a broken build',
    'Pin the CUDA version in the base image',
  ]);
  await expect(page.locator('h1')).toHaveText('Week 2020-W53: the holiday week');
  await expect(page.locator('.weekly__summary')).toContainText('A quiet week');
  await expect(page.locator('main h2')).toHaveText(['Data 1', 'Debugging 1', 'Infra 1', 'Tags this week']);
  await expect(page.getByRole('link', { name: 'Next Week 2021-W01' })).toBeVisible();
  expect(await titlesOf('2026-W53')).toEqual(['ISO week 53 starts on a Monday in December', "New Year's Day still belongs to 2026-W53"]);
  await expect(page.locator('.article__meta')).toContainText('Dec 28, 2026 – Jan 3, 2027');
  expect(await titlesOf('2021-W01')).toEqual(['Torch hub downloads race across ranks']);
  expect(await titlesOf('2027-W01')).toEqual(['The first ISO week of 2027 starts on January 4']);

  await page.goto('/til/weekly/');
  await expect(page.locator('.week-list a')).toHaveText(['2027-W01', '2026-W53', '2021-W01', '2020-W53']);
});

test('tag pages work for c++, ci/cd, Persian and aliases, reached from a note', async ({ page }) => {
  await page.goto('/til/2020-12-31-last-day-of-2020/');
  await page.locator('.facts').getByRole('link', { name: 'c++' }).click();
  await expect(page).toHaveURL(/\/tags\/c-plus-plus\/$/);
  await expect(page.locator('h1')).toHaveText('Tag c++ 2 TILs');
  await expect(page.locator('.til-card__title')).toHaveText(['ISO week 53 starts on a Monday in December', 'Pin the CUDA version in the base image']);

  await page.goto('/tags/');
  await page.getByRole('link', { name: /^فارسی/ }).click();
  await expect(page.locator('h1')).toHaveText('Tag فارسی 2 TILs');
  await page.goto('/tags/ci-cd/');
  await expect(page.locator('.til-card__title')).toHaveText(['The first ISO week of 2027 starts on January 4', 'Normalise Persian text before tokenizing']);
  // `torch` is an alias of `pytorch`: one tag page, three notes.
  await page.goto('/tags/pytorch/');
  await expect(page.locator('.til-card__title')).toHaveCount(3);
  expect((await page.request.get('/tags/torch/')).status()).toBe(404);
});

test('/issues/ lists every referenced issue and /issues/42/ every page citing it', async ({ page }) => {
  await page.goto('/issues/');
  await expect(page.locator('.issue-table tbody td:first-child a')).toHaveText(['#42', 'pytorch/pytorch#9']);
  // Each row names the notes citing the issue, newest first, linked.
  const citers = page.locator('.issue-table tbody tr').first().locator('.issue-table__citers a');
  await expect(citers).toHaveText(['Normalise Persian text before tokenizing', 'Pin the CUDA version in the base image', 'Handbook']);
  await expect(page.getByRole('region', { name: 'Issues and the notes citing them' })).toHaveAttribute('tabindex', '0');
  await page.getByRole('link', { name: '#42', exact: true }).click();
  await expect(page).toHaveURL(/\/issues\/42\/$/);
  await expect(page.locator('h1')).toHaveText('What do we know about #42?');
  await expect(page.locator('.mentions__page > a')).toHaveText(['Normalise Persian text before tokenizing', 'Pin the CUDA version in the base image', 'Handbook']);
  await expect(page.locator('.mentions blockquote').first()).toHaveText('Arabic and Persian keyboards produce different code points for yeh and kaf. Related to #42.');
  await expect(page.getByRole('link', { name: 'Open #42 on GitHub ↗' })).toHaveAttribute('href', 'https://github.com/acme/ml/issues/42');
});

test('related TILs share tags or keywords', async ({ page }) => {
  await page.goto('/til/2027-01-01-new-year-in-w53/');
  await expect(page.locator('.related li a')).toHaveText(['Torch hub downloads race across ranks', 'Pin the CUDA version in the base image']);
});
