/**
 * Diagrams in a loaded page: the Mermaid fixture (tests/fixtures/mermaid-site) built with Chromium
 * available, served by playwright.config.ts; and the same fixture built without a browser, where
 * the reader's browser draws them (built and served by the last test itself).
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { watchProblems } from './helpers.ts';

/** playwright.config.ts serves the fixture three ports below the main one. */
const SITE = `http://127.0.0.1:${Number(process.env.LABBOOK_E2E_PORT ?? 4399) - 3}`;
const FOUR = `${SITE}/til/2026-05-04-four-diagrams/`;
const LABELS = `${SITE}/til/2026-05-05-labels-stay-text/`;
const EVERY = `${SITE}/docs/every-diagram/`;

/** Script and other requests whose URL mentions Mermaid, recorded from before navigation. */
function recordMermaidRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (/mermaid/i.test(request.url())) urls.push(request.url());
  });
  return urls;
}

/** The diagrams' SVGs that are visible, with their size, per figure. */
const visibleSvgs = (page: Page) =>
  page.locator('figure.mermaid-diagram').evaluateAll((figures) =>
    figures.map((figure) =>
      [...figure.querySelectorAll('svg')]
        .filter((svg) => svg.parentElement?.parentElement === figure && getComputedStyle(svg).display !== 'none')
        .map((svg) => ({ theme: svg.classList.contains('mermaid-themed') ? 'both' : svg.classList.contains('mermaid-dark') ? 'dark' : 'light', width: svg.getBoundingClientRect().width, height: svg.getBoundingClientRect().height })),
    ),
  );

test.describe('diagrams rendered at build time', () => {
  test.use({ colorScheme: 'light' });

  test('four diagrams show as SVG in light and in dark, and the page loads no Mermaid script', async ({ page }) => {
    const problems = watchProblems(page);
    const requested = recordMermaidRequests(page);
    await page.goto(FOUR);
    await expect(page.locator('figure.mermaid-diagram')).toHaveCount(4);
    const fills: string[] = [];
    for (const theme of ['light', 'dark'] as const) {
      if (theme === 'dark') await page.locator('button[data-theme-toggle]').click();
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const shown = await visibleSvgs(page);
      // One SVG per figure: the theme's own, or one whose colours follow the theme.
      for (const svgs of shown) expect(svgs.map((svg) => svg.theme)).toEqual([expect.stringMatching(new RegExp(`^(${theme}|both)$`))]);
      for (const [svg] of shown) expect(svg && svg.width > 150 && svg.height > 50, JSON.stringify(svg)).toBe(true);
      fills.push(await page.locator('svg.mermaid-themed .node :is(rect, path, polygon)').first().evaluate((shape) => getComputedStyle(shape).fill));
    }
    expect(fills[0]).not.toBe(fills[1]);
    expect(requested).toEqual([]);
    await expect(page.locator('pre.mermaid')).toHaveCount(0);
    expect(await page.evaluate(() => 'mermaid' in window)).toBe(false);
    expect(problems.take()).toEqual([]);
  });

  test('multi-line labels keep their line breaks', async ({ page }) => {
    await page.goto(FOUR);
    const rows = await page
      .locator('figure.mermaid-diagram')
      .first()
      .locator('svg:not(.mermaid-dark) .node .label text')
      .evaluateAll((texts) => texts.map((text) => [...text.querySelectorAll(':scope > tspan.row')].map((row) => row.textContent?.trim())));
    expect(rows).toEqual(expect.arrayContaining([['Submit job', 'from laptop'], ['Scheduler', 'has GPUs?'], ['Run on', '8 × A100']]));
  });

  test('every diagram type Mermaid ships renders in an MDX page', async ({ page }) => {
    const problems = watchProblems(page);
    await page.goto(EVERY);
    await expect(page.locator('figure.mermaid-diagram')).toHaveCount(15);
    const shown = await visibleSvgs(page);
    for (const [i, svgs] of shown.entries()) {
      expect(svgs, `diagram ${i + 1}`).toHaveLength(1);
      expect(svgs[0] && svgs[0].width > 50 && svgs[0].height > 20, `diagram ${i + 1}: ${JSON.stringify(svgs[0])}`).toBe(true);
    }
    // Label text that MDX would read as emphasis, links or expressions stays as written.
    await expect(page.locator('figure.mermaid-diagram').first()).toContainText('Start *here*');
    await expect(page.locator('figure.mermaid-diagram').first()).toContainText('code & {braces}');
    expect(problems.take()).toEqual([]);
  });

  test('diagrams are images named by accTitle or by their kind; the hidden theme is not announced', async ({ page }) => {
    await page.goto(LABELS);
    await expect(page.getByRole('img', { name: 'Inert labels' })).toHaveCount(1);
    await expect(page.getByRole('img', { name: 'flowchart diagram' })).toHaveCount(1);
    await page.goto(FOUR);
    for (const name of ['flowchart diagram', 'sequence diagram', 'mind map', 'GPU cluster migration']) {
      const count = await page.getByRole('img', { name }).count();
      expect(count, name).toBeLessThanOrEqual(1);
    }
    await expect(page.getByRole('img', { name: 'sequence diagram' })).toHaveCount(1);
  });

  test('labels that look like HTML stay text, and a javascript: click does nothing', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', async (dialog) => {
      dialogs += 1;
      await dialog.dismiss();
    });
    await page.goto(LABELS);
    const figure = page.locator('figure.mermaid-diagram').first();
    await expect(figure).toContainText('<img src="x">');
    await expect(figure.locator('img, script, iframe, foreignObject')).toHaveCount(0);
    await expect(figure.locator('[href], [onerror], [onclick]')).toHaveCount(0);
    await figure.locator('svg:not(.mermaid-dark) .node').nth(1).click();
    expect(dialogs).toBe(0);
    expect(page.url()).toBe(LABELS);
  });
});

/** Serve `dir` over HTTP on a free port (a static host, as GitHub Pages would be). */
function serve(dir: string): Promise<Server> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
  const server = createServer((request, response) => {
    let path = join(dir, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!path.startsWith(dir) || !existsSync(path)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(response);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

test.describe('diagrams without a browser at build time', () => {
  test.use({ colorScheme: 'light' });

  test("the build passes and the reader's browser draws the diagrams, following the theme", async ({ page }) => {
    test.setTimeout(180_000);
    const root = resolve(import.meta.dirname, '../..');
    const out = join(root, `.labbook/e2e-mermaid-client-dist-${process.env.LABBOOK_E2E_PORT ?? 4399}`);
    const build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        LABBOOK_CONTENT: 'tests/fixtures/mermaid-site',
        LABBOOK_OUT: out,
        // Caches of its own: the other build's rendered notes and SVGs would be used without a browser.
        LABBOOK_CACHE: mkdtempSync(join(tmpdir(), 'labbook-e2e-mermaid-client-')),
        LABBOOK_MERMAID_CACHE: mkdtempSync(join(tmpdir(), 'labbook-e2e-mermaid-client-svg-')),
        LABBOOK_NO_BROWSER: '1',
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    });
    expect(build.status, build.stdout + build.stderr).toBe(0);
    expect(build.stdout + build.stderr).toContain('so diagrams are drawn in the reader\'s browser');
    const server = await serve(out);
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const problems = watchProblems(page);
      const requested = recordMermaidRequests(page);
      await page.goto(`${base}/til/2026-05-04-four-diagrams/`);
      await expect(page.locator('figure.mermaid-diagram svg[role="img"]')).toHaveCount(4, { timeout: 30_000 });
      await expect(page.locator('pre.mermaid')).toHaveCount(0);
      // Mermaid's bundle once; the page's own client script may be a file of the site's bundle too.
      expect(requested.filter((url) => /\/_labbook\/mermaid\.min\.js$/.test(url))).toHaveLength(1);
      for (const url of requested) expect(url).toMatch(/\/_labbook\/mermaid\.min\.js$|\/_astro\/MermaidClientScript[^/]*\.js$/);
      const fill = () => page.locator('figure.mermaid-diagram svg .node rect').first().evaluate((rect) => getComputedStyle(rect).fill);
      const lightFill = await fill();
      await page.locator('button[data-theme-toggle]').click();
      await expect.poll(fill).not.toBe(lightFill);
      await expect(page.locator('figure.mermaid-diagram svg[role="img"]')).toHaveCount(4);
      expect(problems.take()).toEqual([]);

      // The same rule as at build time (svg-size.ts): on a phone the 717 px flowchart keeps 11 px
      // labels and scrolls in its named region, with the cue; and it opens full size.
      await page.setViewportSize({ width: 390, height: 800 });
      const region = page.getByRole('region', { name: 'Diagram 1: flowchart diagram' });
      const svg = region.locator('svg');
      await expect(svg).toBeVisible();
      const label = await svg.evaluate((element) => {
        const text = [...element.querySelectorAll('text')].find((node) => node.textContent?.trim());
        const scale = element.getBoundingClientRect().width / (element as SVGSVGElement).viewBox.baseVal.width;
        return Number.parseFloat(getComputedStyle(text ?? element).fontSize) * scale;
      });
      expect(label).toBeGreaterThanOrEqual(11);
      expect(await region.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
      await expect(page.locator('figure.mermaid-diagram').first().locator('.mermaid-diagram__hint')).toBeVisible();
      await page.getByRole('button', { name: 'Full size, diagram 1' }).click();
      const dialog = page.getByRole('dialog', { name: 'Diagram 1: flowchart diagram' });
      await expect(dialog.locator('svg')).toBeVisible();
      await dialog.getByRole('button', { name: 'Zoom in' }).click();
      await expect(dialog.locator('output')).toHaveText('125%');
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(svg).toBeVisible();
      expect(problems.take()).toEqual([]);

      // A page without diagrams loads none of it.
      const elsewhere = recordMermaidRequests(page);
      await page.goto(`${base}/til/2026-05-06-an-entry-without-one/`);
      // The entry's leading emoji is its icon, shown beside the title (a daily-log rule).
      await expect(page.locator('h1 [data-pagefind-meta="title"]')).toHaveText('An entry without one');
      expect(elsewhere).toEqual([]);
    } finally {
      server.close();
    }
  });
});
