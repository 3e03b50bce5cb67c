import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { SITE_TITLE, TILS } from './helpers.ts';

test('the fixture really is saved with a UTF-8 BOM and CRLF line endings', () => {
  // Guards the guard: if an editor "fixes" the file, the tests below would prove nothing.
  const bytes = readFileSync(resolve(process.cwd(), 'tests/fixtures/site', TILS.crlf.file));
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text.match(/\r\n/g)?.length).toBeGreaterThan(10);
  expect(text.replace(/\r\n/g, '')).not.toContain('\n');
});

test.describe('a TIL saved with CRLF line endings and a BOM', () => {
  const til = TILS.crlf;

  test('renders its front matter without stray characters', async ({ page }) => {
    await page.goto(til.url);
    const h1 = page.locator('h1');
    await expect(h1).toHaveText(til.title);
    // toHaveText normalizes whitespace; compare the raw text too.
    expect(await h1.textContent()).toBe(til.title);
    expect(await page.title()).toBe(`${til.title} · ${SITE_TITLE}`);
    await expect(page.locator('.article__meta time')).toHaveAttribute('datetime', til.date);
    expect(await page.locator('.article__meta .badge').textContent()).toBe(til.category);
    expect(await page.locator('dl.facts .chip').allTextContents()).toEqual(['windows', 'yaml', 'line-endings']);
    expect(await page.locator('dl.facts dt:text-is("Keywords") + dd').textContent()).toBe('CRLF, BOM');
    const takeaway = 'Save configs as UTF-8 without BOM and with LF endings, or strip both when reading.';
    expect(await page.locator('aside.takeaway p').textContent()).toBe(takeaway);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', takeaway);
  });

  test('renders its body as Markdown', async ({ page }) => {
    await page.goto(til.url);
    const prose = page.locator('.prose');
    await expect(prose.locator('h2')).toHaveText('What we saw');
    await expect(prose.locator('h2')).toHaveAttribute('id', 'what-we-saw');
    // GitHub's slug of a heading with inline code: the code's text, punctuation dropped.
    await expect(prose.locator('h3')).toHaveText('Stripping both before yaml.safe_load');
    await expect(prose.locator('h3')).toHaveAttribute('id', 'stripping-both-before-yamlsafe_load');
    await expect(prose.locator('ul > li')).toHaveText([
      'the first key was read with a byte order mark in front of it',
      'every value kept a trailing carriage return',
    ]);
    await expect(prose.locator('code')).toHaveText(['train.yaml', 'yaml.safe_load']);
    // No front matter leaked into the body.
    await expect(prose).not.toContainText('title:');
    await expect(prose).not.toContainText('---');
  });

  test('the built HTML holds no carriage return or BOM', async ({ page, request }) => {
    // The HTML parser would normalize a raw \r away, so look at the bytes served...
    const html = await (await request.get(til.url)).text();
    expect(html).not.toContain('\r');
    expect(html).not.toContain('\uFEFF');
    expect(html).not.toMatch(/&#(13|x0?d|65279|xfeff);/i);
    // ...and at the DOM, where an encoded one would survive.
    await page.goto(til.url);
    const text = await page.locator('body').evaluate((body) => body.textContent ?? '');
    expect(text).not.toMatch(/[\r\uFEFF]/);
  });

  test('is listed under its clean title', async ({ page }) => {
    await page.goto('/til/');
    const link = page.locator('.til-card__title a', { hasText: 'CRLF line endings' });
    expect(await link.textContent()).toBe(til.title);
    await expect(link).toHaveAttribute('href', til.url);
  });
});

test.describe('a TIL with non-ASCII title and tags', () => {
  const til = TILS.unicode;

  test('keeps 日本語 and café intact in title, tags, keywords and takeaway', async ({ page }) => {
    await page.goto(til.url);
    expect(await page.locator('h1').textContent()).toBe(til.title);
    expect(await page.title()).toBe(`${til.title} · ${SITE_TITLE}`);
    expect(await page.locator('dl.facts .chip').allTextContents()).toEqual(['日本語', 'café', 'unicode']);
    expect(await page.locator('dl.facts dt:text-is("Keywords") + dd').textContent()).toBe('NFC, NFKC, 全角');
    await expect(page.locator('aside.takeaway p')).toHaveText(
      'Apply one Unicode normalization form to training and serving text, or “café” typed two ways becomes two tokens.',
    );
    await expect(page.locator('.prose')).toContainText('ＡＢＣ');
  });

  test('the page declares UTF-8 and the archive shows the title', async ({ page, request }) => {
    // The preview server sends plain `text/html`, so the page itself must declare its encoding early.
    const html = await (await request.get(til.url)).text();
    const charset = html.search(/<meta charset="utf-8"\s*\/?>/i);
    expect(charset).toBeGreaterThan(-1);
    expect(Buffer.byteLength(html.slice(0, charset), 'utf8')).toBeLessThan(1024);
    await page.goto(til.url);
    expect(await page.evaluate(() => document.characterSet)).toBe('UTF-8');
    await page.goto('/til/');
    await expect(page.locator('.til-card__title a', { hasText: '日本語' })).toHaveText(til.title);
  });
});
