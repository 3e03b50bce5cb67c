import { expect, test, type Locator, type Page } from '@playwright/test';
import { TILS } from './helpers.ts';

/** The focus ring of an element as computed now. */
const outline = (locator: Locator) =>
  locator.evaluate((el) => {
    const style = getComputedStyle(el);
    return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) };
  });

/** Press Tab until `target` has focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 15): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return presses;
  }
  throw new Error(`not reachable with ${max} Tab presses`);
}

test('the skip link is the first focusable element and moves focus to main', async ({ page }) => {
  await page.goto(TILS.dedup.url);
  const skip = page.locator('a.skip-link');
  await expect(skip).toHaveText('Skip to content');
  await expect(skip).not.toBeInViewport(); // hidden until focused

  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await expect(skip).toHaveAttribute('href', '#main');

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator('main#main')).toBeFocused();

  // The next Tab continues inside main, not back in the header.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
});

test('the theme toggle is reachable by keyboard, cycles with Enter and Space, and names the active theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  // The name changes with the theme, so the button is found by its attribute and its name checked.
  const toggle = page.locator('button[data-theme-toggle]');
  await expect(toggle).toHaveAccessibleName('Theme: auto (light)');
  await tabTo(page, toggle);
  await expect(toggle).toBeFocused();

  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.keyboard.press('Enter');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAccessibleName('Theme: dark');
  await expect(toggle).toBeFocused();

  await page.keyboard.press('Space');
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(toggle).toHaveAccessibleName('Theme: light');
});

test('keyboard focus is visible on links and buttons', async ({ page }) => {
  await page.goto(TILS.dedup.url);
  const skip = page.locator('a.skip-link');
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  const skipRing = await outline(skip);
  expect(skipRing.style).not.toBe('none');
  expect(skipRing.width).toBeGreaterThan(0);

  const title = page.locator('a.site-title');
  await page.keyboard.press('Tab');
  await expect(title).toBeFocused();
  const titleRing = await outline(title);
  expect(titleRing.style).not.toBe('none');
  expect(titleRing.width).toBeGreaterThan(0);

  const toggle = page.locator('button[data-theme-toggle]');
  await tabTo(page, toggle);
  const toggleRing = await outline(toggle);
  expect(toggleRing.style).not.toBe('none');
  expect(toggleRing.width).toBeGreaterThan(0);

  // A link inside the article, too.
  const prev = page.locator('nav.prev-next a[rel="prev"]');
  await tabTo(page, prev, 60);
  const prevRing = await outline(prev);
  expect(prevRing.style).not.toBe('none');
  expect(prevRing.width).toBeGreaterThan(0);
});

test('landmarks and names: one main, named navigations, labelled toggle', async ({ page }) => {
  await page.goto('/docs/guides/a-first/');
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: 'Main', exact: true })).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: 'Docs', exact: true })).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: 'Breadcrumb', exact: true })).toHaveCount(1);
  await expect(page.getByRole('button', { name: /^Theme: (auto \((light|dark)\)|light|dark)$/ })).toHaveAttribute('data-theme-toggle', '');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
