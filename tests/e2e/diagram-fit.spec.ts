/**
 * Diagrams that fit (issue #19): on the sample wiki (content/, served by playwright.config.ts), the
 * playbook's wide decision tree keeps labels of 11 px or more at 390 and 1280 px, scrolls inside a
 * named region with a visible cue, and opens full size in a dialog that zooms and closes with Esc;
 * a narrower diagram still fits its column.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { watchProblems } from './helpers.ts';

const origin = `http://127.0.0.1:${process.env.LABBOOK_E2E_SAMPLE_PORT}`;
test.use({ baseURL: origin });

/** The playbook whose decision tree is 1,120 px wide, drawn with 16 px labels. */
const PLAYBOOK = '/playbooks/intent-api-high-latency/';
/** A model card whose pipeline (887 px) fits a desktop column once scaled. */
const MODEL_CARD = '/models/support-intent-classifier-v1-3-0/';
const MIN_LABEL_PX = 11;
const AXE_TAGS = ['wcag2a', 'wcag21a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The label's font size as the reader sees it (its size in the SVG times the SVG's scale), and its box's height. */
const labelSize = (svg: Locator, text: string) =>
  svg.evaluate((element, wanted) => {
    const svgElement = element as SVGSVGElement;
    const label = [...svgElement.querySelectorAll('text')].find((node) => node.textContent?.replace(/\s+/g, ' ').trim() === wanted);
    if (!label) throw new Error(`no label "${wanted}"`);
    const scale = svgElement.getBoundingClientRect().width / svgElement.viewBox.baseVal.width;
    return { effective: Number.parseFloat(getComputedStyle(label).fontSize) * scale, height: label.getBoundingClientRect().height, scale };
  }, text);

const scrolls = (region: Locator) => region.evaluate((element) => element.scrollWidth > element.clientWidth + 1);
const pageScrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

for (const width of [390, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('the decision tree keeps readable labels and scrolls inside its region, with a cue', async ({ page }) => {
      const problems = watchProblems(page);
      await page.goto(PLAYBOOK);
      const region = page.getByRole('region', { name: 'Diagram 1: flowchart diagram' });
      const svg = region.locator('svg');
      await expect(svg).toBeVisible();
      const size = await labelSize(svg, 'GPU utilization above 90%?');
      expect(size.effective, JSON.stringify(size)).toBeGreaterThanOrEqual(MIN_LABEL_PX);
      expect(size.height, JSON.stringify(size)).toBeGreaterThanOrEqual(MIN_LABEL_PX);
      expect(size.scale).toBeLessThanOrEqual(1);

      // Too wide for either column at 11 px labels (771 px): it scrolls, not the page, and says so.
      expect(await scrolls(region)).toBe(true);
      expect(await pageScrollsSideways(page)).toBe(false);
      await expect(page.locator('.mermaid-diagram__hint')).toBeVisible();
      await expect(page.locator('.mermaid-diagram__hint')).toHaveText('Scroll sideways →');

      await region.focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
      expect(problems.take()).toEqual([]);
    });

    test('the full-size view opens at the drawn size, zooms, and closes with Escape', async ({ page }) => {
      await page.goto(PLAYBOOK);
      const inPage = page.locator('figure.mermaid-diagram svg');
      const shownInPage = () => inPage.evaluate((element) => ({ style: element.getAttribute('style'), width: element.getBoundingClientRect().width }));
      const before = await shownInPage();
      const open = page.getByRole('button', { name: 'Full size, diagram 1' });
      await open.click();
      const dialog = page.getByRole('dialog', { name: 'Diagram 1: flowchart diagram' });
      await expect(dialog).toBeVisible();
      const svg = dialog.locator('svg');
      const width = () => svg.evaluate((element) => element.getBoundingClientRect().width);
      const drawn = await svg.evaluate((element) => (element as SVGSVGElement).viewBox.baseVal.width);
      expect(await width()).toBeCloseTo(drawn, 0);
      await expect(dialog.locator('output')).toHaveText('100%');
      const size = await labelSize(svg, 'GPU utilization above 90%?');
      expect(size.effective).toBeCloseTo(16, 1);

      await dialog.getByRole('button', { name: 'Zoom in' }).click();
      await expect(dialog.locator('output')).toHaveText('125%');
      expect(await width()).toBeCloseTo(drawn * 1.25, 0);
      await page.keyboard.press('-');
      await page.keyboard.press('-');
      await expect(dialog.locator('output')).toHaveText('80%');
      await dialog.getByRole('button', { name: 'Reset' }).click();
      await expect(dialog.locator('output')).toHaveText('100%');
      await dialog.getByRole('button', { name: 'Fit' }).click();
      expect(await width()).toBeLessThanOrEqual(await dialog.locator('[data-viewer-view]').evaluate((element) => element.clientWidth));

      // Dragging moves around a drawing larger than the view.
      await dialog.getByRole('button', { name: 'Reset' }).click();
      const view = dialog.locator('[data-viewer-view]');
      const box = (await view.boundingBox())!;
      if (await view.evaluate((element) => element.scrollWidth > element.clientWidth)) {
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await page.mouse.down();
        await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2, { steps: 4 });
        await page.mouse.up();
        await expect.poll(() => view.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
      }

      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      // The drawing is back in its figure as it was, and focus is back on the button.
      await expect(page.getByRole('region', { name: 'Diagram 1: flowchart diagram' }).locator('svg')).toBeVisible();
      await expect(open).toBeFocused();
      expect(await shownInPage()).toEqual(before);
    });
  });
}

test.describe('a diagram that fits', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('is scaled into the column with readable labels, no scrolling and no cue', async ({ page }) => {
    await page.goto(MODEL_CARD);
    const region = page.getByRole('region', { name: /^Diagram 1:/ });
    const svg = region.locator('svg');
    await expect(svg).toBeVisible();
    expect(await scrolls(region)).toBe(false);
    await expect(page.locator('.mermaid-diagram__hint')).toBeHidden();
    const size = await labelSize(svg, 'Intent classifier');
    expect(size.scale).toBeLessThan(1);
    expect(size.effective).toBeGreaterThanOrEqual(MIN_LABEL_PX);
    await expect(page.getByRole('button', { name: 'Full size, diagram 1' })).toBeVisible();
  });
});

test('without JavaScript the wide diagram still scrolls with its cue, and no dead button shows', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 900 }, baseURL: origin });
  const page = await context.newPage();
  await page.goto(PLAYBOOK);
  const region = page.getByRole('region', { name: 'Diagram 1: flowchart diagram' });
  expect(await scrolls(region)).toBe(true);
  await expect(page.locator('.mermaid-diagram__hint')).toBeVisible();
  await expect(page.locator('.mermaid-diagram__open')).toBeHidden();
  await context.close();
});

test('a page without diagrams has no viewer', async ({ page }) => {
  await page.goto('/playbooks/ray-cluster-disk-pressure/');
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('dialog[data-diagram-viewer]')).toHaveCount(0);
  expect(await page.locator('script').evaluateAll((scripts) => scripts.some((script) => /diagram-viewer|data-diagram-open/.test(script.textContent ?? '')))).toBe(false);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violation on the playbook and in its open full-size view, ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 390, height: 900 });
    await page.goto(PLAYBOOK);
    const found: string[] = [];
    const check = async (where: string) => {
      const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      for (const violation of violations) found.push(`${where}: ${violation.id} ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
    };
    await check('page');
    await page.getByRole('button', { name: 'Full size, diagram 1' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await check('dialog');
    expect(found).toEqual([]);
  });
}
