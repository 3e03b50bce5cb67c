import { expect, test, type Page } from '@playwright/test';
import { DOCS, earlyTheme, recordEarlyTheme, THEME_KEY, TILS } from './helpers.ts';

const toggle = (page: Page) => page.locator('button[data-theme-toggle]');
const html = (page: Page) => page.locator('html');
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), THEME_KEY);
const bodyBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

// The stylesheet's --bg for each theme.
const LIGHT_BG = 'rgb(255, 255, 255)';
const DARK_BG = 'rgb(15, 18, 22)';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(recordEarlyTheme);
});

test.describe('OS prefers dark, nothing stored', () => {
  test.use({ colorScheme: 'dark' });

  test('dark theme is set before first paint', async ({ page }) => {
    await page.goto(TILS.dedup.url);
    expect(await earlyTheme(page)).toEqual({ atBody: 'dark', atDCL: 'dark' });
    await expect(html(page)).toHaveAttribute('data-theme', 'dark');
    await expect(toggle(page)).toHaveAttribute('aria-label', 'Theme: auto (dark)');
    expect(await bodyBackground(page)).toBe(DARK_BG);
    // Following the OS is not a choice: nothing is written until the visitor clicks.
    expect(await stored(page)).toBeNull();
  });
});

test.describe('OS prefers light, nothing stored', () => {
  test.use({ colorScheme: 'light' });

  test('light theme is set before first paint', async ({ page }) => {
    await page.goto(TILS.dedup.url);
    expect(await earlyTheme(page)).toEqual({ atBody: 'light', atDCL: 'light' });
    await expect(html(page)).toHaveAttribute('data-theme', 'light');
    await expect(toggle(page)).toHaveAttribute('aria-label', 'Theme: auto (light)');
    expect(await bodyBackground(page)).toBe(LIGHT_BG);
    expect(await stored(page)).toBeNull();
  });

  test('follows the OS when it changes and nothing is stored', async ({ page }) => {
    await page.goto('/');
    await expect(html(page)).toHaveAttribute('data-theme', 'light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(html(page)).toHaveAttribute('data-theme', 'dark');
    await expect(toggle(page)).toHaveAttribute('aria-label', 'Theme: auto (dark)');
  });
});

test.describe('a stored choice beats the OS', () => {
  test.use({ colorScheme: 'dark' });

  test('stored light on a dark OS is applied before first paint', async ({ page }) => {
    await page.addInitScript((key) => {
      try {
        localStorage.setItem(key, 'light');
      } catch {
        // about:blank has no storage
      }
    }, THEME_KEY);
    await page.goto('/');
    expect(await earlyTheme(page)).toEqual({ atBody: 'light', atDCL: 'light' });
    await expect(toggle(page)).toHaveAttribute('aria-label', 'Theme: light');
  });

  test('an unknown stored value falls back to the OS', async ({ page }) => {
    await page.addInitScript((key) => {
      try {
        localStorage.setItem(key, 'sepia');
      } catch {
        // about:blank has no storage
      }
    }, THEME_KEY);
    await page.goto('/');
    expect(await earlyTheme(page)).toEqual({ atBody: 'dark', atDCL: 'dark' });
  });
});

test.describe('toggle', () => {
  test.describe('on a light OS', () => {
    test.use({ colorScheme: 'light' });

    test('switches to dark, persists, and survives navigation and reload without a flash', async ({ page }) => {
      await page.goto('/');
      await expect(html(page)).toHaveAttribute('data-theme', 'light');

      await toggle(page).click();
      await expect(html(page)).toHaveAttribute('data-theme', 'dark');
      await expect(toggle(page)).toHaveAttribute('aria-label', 'Theme: dark');
      expect(await stored(page)).toBe('dark');
      expect(await bodyBackground(page)).toBe(DARK_BG);

      // Another page, reached the way a visitor would.
      await page.getByRole('navigation', { name: 'Main', exact: true }).getByRole('link', { name: 'Docs', exact: true }).click();
      await page.waitForURL(DOCS[0].url); // waits for the load event, so DOMContentLoaded has fired
      expect(await earlyTheme(page)).toEqual({ atBody: 'dark', atDCL: 'dark' });
      await expect(toggle(page)).toHaveAttribute('aria-label', 'Theme: dark');

      await page.reload();
      expect(await earlyTheme(page)).toEqual({ atBody: 'dark', atDCL: 'dark' });
      await expect(toggle(page)).toHaveAttribute('aria-label', 'Theme: dark');

      // And back again.
      await toggle(page).click();
      await expect(html(page)).toHaveAttribute('data-theme', 'light');
      await expect(toggle(page)).toHaveAttribute('aria-label', 'Theme: light');
      expect(await stored(page)).toBe('light');

      // The OS's own theme chosen again: the next click goes back to auto, which stores nothing.
      await toggle(page).click();
      await expect(toggle(page)).toHaveAttribute('aria-label', 'Theme: auto (light)');
      await expect(html(page)).toHaveAttribute('data-theme-choice', 'auto');
      expect(await stored(page)).toBeNull();
    });
  });

  test.describe('on a dark OS', () => {
    test.use({ colorScheme: 'dark' });

    test('a light choice outlives navigation and reload although the OS is dark', async ({ page }) => {
      await page.goto(TILS.reseed.url);
      await expect(html(page)).toHaveAttribute('data-theme', 'dark');

      await toggle(page).click();
      await expect(html(page)).toHaveAttribute('data-theme', 'light');
      await expect(toggle(page)).toHaveAttribute('aria-label', 'Theme: light');
      expect(await stored(page)).toBe('light');

      await page.locator('nav.prev-next a[rel="next"]').click();
      await page.waitForURL(TILS.dedup.url);
      expect(await earlyTheme(page)).toEqual({ atBody: 'light', atDCL: 'light' });
      await expect(toggle(page)).toHaveAttribute('aria-label', 'Theme: light');

      await page.reload();
      expect(await earlyTheme(page)).toEqual({ atBody: 'light', atDCL: 'light' });
      expect(await bodyBackground(page)).toBe(LIGHT_BG);
    });
  });
});

test.describe('auto, light, dark', () => {
  test.use({ colorScheme: 'dark' });

  test('the toggle cycles auto, light, dark, auto; back on auto the page follows the OS live again', async ({ page }) => {
    await page.goto(TILS.reseed.url);
    const names: (string | null)[] = [await toggle(page).getAttribute('aria-label')];
    for (let i = 0; i < 3; i++) {
      const before = names.at(-1);
      await toggle(page).click();
      await expect(toggle(page)).not.toHaveAttribute('aria-label', before!);
      names.push(await toggle(page).getAttribute('aria-label'));
    }
    expect(names).toEqual(['Theme: auto (dark)', 'Theme: light', 'Theme: dark', 'Theme: auto (dark)']);
    expect(await stored(page)).toBeNull();
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(html(page)).toHaveAttribute('data-theme', 'light');
    await expect(toggle(page)).toHaveAttribute('aria-label', 'Theme: auto (light)');
    await expect(toggle(page)).toHaveAccessibleName('Theme: auto (light)');
  });

  test('a stored choice does not follow the OS', async ({ page }) => {
    await page.goto('/');
    await toggle(page).click();
    await expect(html(page)).toHaveAttribute('data-theme', 'light');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(toggle(page)).toHaveAttribute('aria-label', 'Theme: light');
    await expect(html(page)).toHaveAttribute('data-theme', 'light');
  });
});
