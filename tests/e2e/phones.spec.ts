import { expect, test, type Locator, type Page } from '@playwright/test';
import { DOCS, TILS } from './helpers.ts';

/** Press Tab until `target` has focus (at most `max` presses). */
async function tabTo(page: Page, target: Locator, max = 15): Promise<void> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`not reachable with ${max} Tab presses`);
}

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the header is one row: title, search, theme and a Menu that opens and closes from the keyboard', async ({ page }) => {
    await page.goto(TILS.dedup.url);
    const menu = page.locator('details.site-menu');
    const summary = menu.locator('summary');
    const nav = page.getByRole('navigation', { name: 'Main', exact: true });
    await expect(summary).toBeVisible();
    await expect(summary).toHaveText('Menu');
    await expect(nav.getByRole('link', { name: 'Docs' })).toBeHidden();

    // One row: the buttons share a top edge, and nothing scrolls sideways.
    const tops = await page.locator('.site-header__inner > :is(.site-menu, .search-open, .theme-toggle)').evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    await tabTo(page, summary);
    await page.keyboard.press('Enter');
    await expect(nav.getByRole('link', { name: 'Weekly' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Categories' })).toBeVisible();
    await expect(nav.locator('[aria-current="page"]')).toHaveText('TILs');
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: 'TILs' })).toBeFocused();

    await page.keyboard.press('Shift+Tab');
    await expect(summary).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(menu).not.toHaveAttribute('open');
    await expect(summary).toBeFocused();
    await expect(nav.getByRole('link', { name: 'Docs' })).toBeHidden();
  });

  test('the menu works without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(DOCS[0].url);
    await page.locator('details.site-menu summary').click();
    await page.getByRole('navigation', { name: 'Main', exact: true }).getByRole('link', { name: 'Issues' }).click();
    await expect(page).toHaveURL(/\/issues\/$/);
    await context.close();
  });

  test('previous and next stack, each the full width', async ({ page }) => {
    await page.goto(TILS.dedup.url);
    const [prev, next] = await Promise.all(['prev', 'next'].map((rel) => page.locator(`nav.prev-next a[rel="${rel}"]`).boundingBox()));
    expect(prev && next).toBeTruthy();
    expect(next!.y).toBeGreaterThanOrEqual(prev!.y + prev!.height);
    expect(prev!.width).toBeGreaterThan(300);
    expect(next!.width).toBeGreaterThan(300);
  });

  test('a table wider than the screen scrolls inside a named, focusable region with the keyboard', async ({ page }) => {
    await page.goto(TILS.dedup.url);
    const region = page.getByRole('region', { name: 'Table 1: run, accuracy' });
    await expect(region).toHaveAttribute('tabindex', '0');
    // Make the fixture's table wide: the stylesheet, not the content, is under test.
    await region.locator('table').evaluate((table) => {
      for (const row of table.querySelectorAll('tr')) for (let i = 0; i < 8; i++) row.append(Object.assign(document.createElement(row.parentElement?.tagName === 'THEAD' ? 'th' : 'td'), { textContent: `column-number-${i}` }));
    });
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  });
});

test('on a wide screen the sections show in the header with no Menu button', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/til/weekly/');
  await expect(page.locator('details.site-menu summary')).toBeHidden();
  const nav = page.getByRole('navigation', { name: 'Main', exact: true });
  await expect(nav.getByRole('link', { name: 'Docs' })).toBeVisible();
  // The most specific section is current: Weekly, not TILs.
  await expect(nav.locator('[aria-current="page"]')).toHaveText('Weekly');
});
