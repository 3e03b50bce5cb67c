import { expect, test, type Page } from '@playwright/test';
import { hexToRgb, TILS } from './helpers.ts';

// The exact code of the two fences in the reseed TIL.
const PYTHON = [
  'import random',
  '',
  'def epoch_order(n_items: int, base_seed: int, epoch: int) -> list[int]:',
  '    rng = random.Random(base_seed * 1_000_003 + epoch)',
  '    order = list(range(n_items))',
  '    rng.shuffle(order)',
  '    return order',
].join('\n');
const BASH = [
  'python -m fixture.train --epochs 2 --seed 7 > full.log',
  'python -m fixture.train --epochs 2 --seed 7 --resume-from ckpt/epoch-1 > resumed.log',
  'diff <(grep order full.log) <(grep order resumed.log) && echo "same order"',
].join('\n');

const block = (page: Page, language: string) => page.locator(`.prose .code-block:has(> pre[data-language="${language}"])`);

test.describe('syntax highlighting', () => {
  test.use({ colorScheme: 'light' });

  test('token colours follow the page theme, not the OS', async ({ page }) => {
    await page.goto(TILS.reseed.url);
    const pre = page.locator('.prose pre.astro-code[data-language="python"]');
    await expect(pre).toHaveCount(1);
    // A token whose two theme colours differ (the `import` keyword).
    const token = pre.locator('span.line span').filter({ hasText: /^import$/ });
    await expect(token).toHaveCount(1);
    const style = (await token.getAttribute('style')) ?? '';
    const light = /--shiki-light:\s*(#[0-9a-fA-F]{3,8})/.exec(style)?.[1];
    const dark = /--shiki-dark:\s*(#[0-9a-fA-F]{3,8})/.exec(style)?.[1];
    expect(light && dark && hexToRgb(light) !== hexToRgb(dark), `two colours in ${style}`).toBeTruthy();

    const colour = () => token.evaluate((el) => getComputedStyle(el).color);
    const background = () => pre.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await colour()).toBe(hexToRgb(light!));
    const lightBackground = await background();

    await page.locator('button[data-theme-toggle]').click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await colour()).toBe(hexToRgb(dark!));
    expect(await background()).not.toBe(lightBackground);
  });

  test('plain text in a code block is readable in both themes', async ({ page }) => {
    await page.goto(TILS.reseed.url);
    const pre = page.locator('.prose pre.astro-code[data-language="bash"]');
    const colours = () => pre.evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]);
    const [lightFg, lightBg] = await colours();
    expect(lightFg).not.toBe(lightBg);
    await page.locator('button[data-theme-toggle]').click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const [darkFg, darkBg] = await colours();
    expect(darkFg).not.toBe(darkBg);
    expect([darkFg, darkBg]).not.toEqual([lightFg, lightBg]);
  });
});

test.describe('copy button', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('every code block gets one button, and it copies exactly that block', async ({ page }) => {
    await page.goto(TILS.reseed.url);
    await expect(page.locator('.prose pre')).toHaveCount(2);
    await expect(page.locator('.prose .code-block > pre.astro-code')).toHaveCount(2);
    await expect(page.locator('.prose button.copy-code')).toHaveCount(2);

    for (const [language, code] of [['python', PYTHON], ['bash', BASH]] as const) {
      const button = block(page, language).locator('button.copy-code');
      await expect(button).toHaveText('Copy');
      await expect(button).toHaveAttribute('type', 'button');
      await expect(button).toHaveAccessibleName(/copy/i);
      await button.click();
      await expect(button).toHaveText('Copied');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      // One trailing newline is harmless; anything else is not the author's code.
      expect(copied.replace(/\n$/, ''), `${language} block`).toBe(code);
    }
  });

  test('works on docs pages too', async ({ page }) => {
    await page.goto('/docs/guides/b-second/');
    const button = block(page, 'yaml').locator('button.copy-code');
    await button.click();
    await expect(button).toHaveText('Copied');
    expect((await page.evaluate(() => navigator.clipboard.readText())).replace(/\n$/, '')).toBe(
      'optimizer:\n  name: adamw\n  lr: 3.0e-4',
    );
  });
});

test('pages without code have no copy button', async ({ page }) => {
  for (const url of [TILS.unicode.url, TILS.crlf.url, TILS.dedup.url, '/docs/guides/a-first/', '/docs/conventions/', '/docs/reference/glossary/', '/']) {
    await page.goto(url);
    await expect(page.locator('main h1'), url).toHaveCount(1);
    await expect(page.locator('button.copy-code'), url).toHaveCount(0);
    await expect(page.locator('.code-block'), url).toHaveCount(0);
  }
});
