/**
 * MDX components and code-block options in the browser, on tests/fixtures/components-site: Tabs
 * (WAI-ARIA keyboard pattern, sync by label, remembered across pages, script only where used) and
 * the copy button (bar placement, what it copies, keyboard, touch).
 */
import { expect, test, type Locator, type Page } from '@playwright/test';

test.use({ baseURL: `http://127.0.0.1:${process.env.LABBOOK_E2E_COMPONENTS_PORT}` });

const groups = (page: Page) => page.locator('.prose [data-tabs]');
const tab = (group: Locator, name: string) => group.getByRole('tab', { name, exact: true });

/** The one selected tab of `group` and its panel, the only panel shown, say `label`. */
async function expectSelected(group: Locator, label: string) {
  await expect(group.locator('[role="tab"][aria-selected="true"]')).toHaveText(label);
  await expect(group.locator('[role="tab"][tabindex="0"]')).toHaveText(label);
  await expect(group.locator('[role="tabpanel"]:visible')).toHaveCount(1);
  await expect(group.getByRole('tabpanel')).toHaveAccessibleName(label);
}

test.describe('Tabs', () => {
  test('keyboard: arrows move and select (wrapping), Home and End jump, Tab leaves for the panel', async ({ page }) => {
    await page.goto('/docs/tabs/');
    const first = groups(page).nth(0);
    await expectSelected(first, 'pip');
    await tab(first, 'pip').focus();
    await page.keyboard.press('ArrowRight');
    await expect(tab(first, 'uv')).toBeFocused();
    await expectSelected(first, 'uv');
    await expect(first.getByRole('tabpanel')).toHaveText('Install with uv.');
    await page.keyboard.press('End');
    await expect(tab(first, 'conda')).toBeFocused();
    await expectSelected(first, 'conda');
    await page.keyboard.press('ArrowRight');
    await expect(tab(first, 'pip')).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(tab(first, 'conda')).toBeFocused();
    await page.keyboard.press('Home');
    await expectSelected(first, 'pip');
    // Only the selected tab is in the tab order: Tab goes on to its panel.
    await page.keyboard.press('Tab');
    await expect(first.getByRole('tabpanel')).toBeFocused();
  });

  test('choosing a label chooses it in every group that has it, and leaves the others', async ({ page }) => {
    await page.goto('/docs/tabs/');
    await tab(groups(page).nth(0), 'conda').click();
    await expectSelected(groups(page).nth(0), 'conda');
    await expectSelected(groups(page).nth(1), 'conda');
    await expectSelected(groups(page).nth(2), 'Linux');
    await tab(groups(page).nth(2), 'macOS').click();
    await expectSelected(groups(page).nth(0), 'conda');
    await expectSelected(groups(page).nth(2), 'macOS');
  });

  test('the choice is remembered on the next pages and after a reload', async ({ page }) => {
    await page.goto('/docs/tabs/');
    await tab(groups(page).nth(0), 'uv').click();
    await page.goto('/docs/other-tabs/');
    await expectSelected(groups(page).nth(0), 'uv');
    await page.goto('/docs/tabs/');
    // uv is the latest choice; the second group has no uv and keeps its first tab.
    await expectSelected(groups(page).nth(0), 'uv');
    await expectSelected(groups(page).nth(1), 'pip');
  });

  test('pages without Tabs carry no tabs script', async ({ page }) => {
    for (const url of ['/docs/', '/docs/code/']) {
      await page.goto(url);
      const scripts = await page.locator('script').evaluateAll((els) => els.map((el) => el.textContent ?? '').join('\n'));
      expect(scripts, url).not.toContain('labbook:tabs');
    }
  });
});

test.describe('copy button', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  const copied = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

  test('sits in the block’s bar and copies the code without line numbers or +/- marks', async ({ page }) => {
    await page.goto('/docs/code/');
    const block = page.locator('.code-block').filter({ has: page.locator('.code-title', { hasText: 'train.py' }) });
    const button = block.locator('.code-bar > button.copy-code');
    await expect(button).toHaveText('Copy');
    await button.click();
    await expect(button).toHaveText('Copied');
    expect((await copied(page)).replace(/\n$/, '')).toBe('x = 1\ny = 2\nz = 3');

    const notation = page.locator('.code-block:has(pre[data-language="ts"]) button.copy-code');
    await notation.click();
    await expect(notation).toHaveText('Copied');
    expect((await copied(page)).replace(/[ \t]+$/gm, '').replace(/\n$/, '')).toBe('const a = 1;\nconst a = 2;');
  });

  test('is reached with the keyboard, shown when focused, and says Copied', async ({ page }) => {
    await page.goto('/docs/code/');
    const button = page.locator('button.copy-code').first();
    // Focus moves through the page in order: the first button after the content before it.
    for (let i = 0; i < 40 && !(await button.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(button).toBeFocused();
    await expect(button).toHaveCSS('opacity', '1');
    await page.keyboard.press('Enter');
    await expect(button).toHaveText('Copied');
  });
});

test.describe('copy button on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 }, permissions: ['clipboard-read', 'clipboard-write'] });

  test('is visible without hover and copies on tap', async ({ page }) => {
    await page.goto('/docs/code/');
    const button = page.locator('.code-block:has(pre[data-language="javascript"]) button.copy-code');
    await expect(button).toBeVisible();
    await expect(button).toHaveCSS('opacity', '1');
    await button.tap();
    await expect(button).toHaveText('Copied');
    expect((await page.evaluate(() => navigator.clipboard.readText())).replace(/\n$/, '')).toBe('console.log("hi");');
  });
});
