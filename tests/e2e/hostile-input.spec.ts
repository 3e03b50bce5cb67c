/**
 * Hostile input (tests/fixtures/base-site, served under /wiki/): a note full of script-bearing HTML,
 * a title that is markup, a diagram with markup labels and a javascript: click, a note quoting a
 * policy and scripts in attributes, an MDX page with an inline script, and a page edited in the build
 * cache. Nothing runs (`window.__xss` stays undefined) and the text shows as text, on every page and
 * in every feed.
 */
import { expect, test, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { decodeEntities } from '../../src/lib/link-check.ts';

const origin = `http://127.0.0.1:${process.env.LABBOOK_E2E_BASE_PORT}`;
const TITLE = '"><img src=x onerror=window.__xss=1>';
const HOSTILE = '/wiki/til/2026-05-13-hostile-html-is-sanitized/';
const MARKUP_TITLE = '/wiki/til/2026-05-12-markup-in-a-title/';

test.use({ baseURL: origin });

async function expectNothingRan(page: Page) {
  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
}

test('a note with script, iframe, handlers and javascript: links runs nothing and keeps its text', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(HOSTILE);
  const prose = page.locator('.prose');
  await expect(prose.locator('script, iframe, [onclick], [onerror], a[href^="javascript:" i]')).toHaveCount(0);
  await expect(prose.getByText('Markdown javascript link')).toBeVisible();
  await prose.getByText('raw javascript link').click();
  await expect(page).toHaveURL(`${origin}${HOSTILE}`);
  await prose.getByRole('link', { name: 'link with a handler' }).click();
  await expect(page).toHaveURL(`${origin}/wiki/til/`);
  await page.goBack();
  // Harmless HTML stays, with the Markdown inside it.
  await prose.getByText('Harmless HTML stays').click();
  await expect(prose.locator('details kbd', { hasText: 'Ctrl' })).toBeVisible();
  await expectNothingRan(page);
  expect(dialogs).toEqual([]);
});

test('a diagram label that is markup stays text, and a javascript: click does nothing', async ({ page }) => {
  await page.goto(HOSTILE);
  const diagram = page.locator('figure.mermaid-diagram svg:visible');
  await expect(diagram).toHaveCount(1);
  // Mermaid (securityLevel strict) cleans the label and draws what is left as SVG text.
  await expect(diagram.locator('text', { hasText: '<img src="x">' })).toHaveCount(1);
  await expect(diagram.locator('img, foreignObject img')).toHaveCount(0);
  expect(await diagram.evaluate((svg) => svg.outerHTML.includes('javascript:'))).toBe(false);
  await diagram.getByText('Click me').click();
  await expectNothingRan(page);
});

test('a title that is markup is text on its page, its tag page, its week and the lists', async ({ page }) => {
  for (const path of [MARKUP_TITLE, '/wiki/tags/escaping/', '/wiki/til/weekly/2026-W20/', '/wiki/til/', '/wiki/']) {
    await page.goto(path);
    await expect(page.getByText(TITLE, { exact: true }).first(), path).toBeVisible();
    await expect(page.locator('img[src="x"]'), path).toHaveCount(0);
    await expectNothingRan(page);
  }
});

test('the feeds and the README feed carry the title as text', async ({ request }) => {
  const parser = new XMLParser({ ignoreAttributes: false });
  const rss = parser.parse(await (await request.get('/wiki/rss.xml')).text()) as { rss: { channel: { item: { title: string }[] } } };
  expect(rss.rss.channel.item.map((item) => String(item.title))).toContain(TITLE);
  type AtomText = string | { '#text': string; '@_type'?: string };
  const atom = parser.parse(await (await request.get('/wiki/atom.xml')).text()) as { feed: { entry: { title: AtomText }[] } };
  // An Atom title of type="html" is escaped HTML: the text a reader sees is its decoded form.
  const atomText = (title: AtomText) => (typeof title === 'string' ? title : title['@_type'] === 'html' ? decodeEntities(title['#text']) : title['#text']);
  expect(atom.feed.entry.map((entry) => atomText(entry.title))).toContain(TITLE);
  const json = (await (await request.get('/wiki/feed.json')).json()) as { items: { title: string }[] };
  expect(json.items.map((item) => item.title)).toContain(TITLE);
  const readme = await (await request.get('/wiki/readme-feed.md')).text();
  // Escaped for Markdown: GitHub shows the characters, it does not parse a tag.
  expect(readme).not.toMatch(/(^|[^\\])<img/m);
  expect(readme).toContain('["\\>\\<img src=x onerror=window.\\_\\_xss=1\\>](https://acme.github.io/wiki/til/2026-05-12-markup-in-a-title/)');
});

const QUOTING_POLICY = '/wiki/til/2026-05-14-a-note-quoting-a-policy/';
const MDX_SCRIPT = '/wiki/docs/inline-script/';
const TAMPERED = '/wiki/til/2026-05-06-pinned-memory-needs-non-blocking/';

/** The policies the browser enforces: every `<meta http-equiv=content-security-policy>` in `<head>`. */
const policies = (page: Page) =>
  page.locator('head meta[http-equiv="content-security-policy" i]').evaluateAll((metas) => metas.map((m) => m.getAttribute('content') ?? ''));

/** Run an inline script the way injected markup would; true when the page's policy let it run. */
async function injectedScriptRuns(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
    return (window as { __injected?: boolean }).__injected === true;
  });
}

test('policy text and script text in a note (attributes, code, takeaway) leave the page its own policy', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(QUOTING_POLICY);
  await expect(page.locator('.prose kbd[title*="content-security-policy"]')).toHaveCount(1);
  const [policy, ...others] = await policies(page);
  expect(others).toEqual([]);
  expect(policy).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'/);
  expect(policy).not.toMatch(/script-src[^;]*(\*|unsafe-inline)/);
  // The page's own scripts run (the theme is set), a script injected later does not.
  await expect(page.locator('html')).toHaveAttribute('data-theme', /^(light|dark)$/);
  expect(await injectedScriptRuns(page)).toBe(false);
  await expectNothingRan(page);
  expect(violations.length).toBeGreaterThan(0);
});

test('an inline script in an MDX page is not Labbook\'s own, so the policy blocks it', async ({ page }) => {
  await page.goto(MDX_SCRIPT);
  // The script is in the page, and did not run.
  expect(await page.evaluate(() => [...document.scripts].filter((s) => s.text.includes('__xss')).length)).toBe(1);
  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(await injectedScriptRuns(page)).toBe(false);
});

test('a page edited in the build cache is rendered again, not published', async ({ page }) => {
  // playwright.config.ts edits this page in the page cache between two builds of the fixture.
  await page.goto(TAMPERED);
  await expect(page.locator('main h1')).toHaveText('Pinned memory only helps with non_blocking copies');
  await expect(page.locator('#tampered')).toHaveCount(0);
  await expectNothingRan(page);
});

const HOSTILE_NOTEBOOK = '/wiki/notebooks/hostile-outputs/';

test('a notebook whose cells, outputs and metadata carry scripts runs nothing and shows its text', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(HOSTILE_NOTEBOOK);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('"><img src=x onerror=window.__xss=1> notebook');
  const cells = page.locator('.notebook__cells');
  await expect(cells.locator('script, iframe, [onerror], [onload], a[href^="javascript:" i], img[src="x"]')).toHaveCount(0);
  // Text outputs and the traceback show markup as text; the sanitized HTML output keeps its harmless part.
  await expect(cells.locator('.nb-stream pre').first()).toHaveText('<script>window.__xss=1</script>');
  await expect(cells.locator('.nb-stderr pre')).toHaveText('<img src=x onerror=window.__xss=1>');
  await expect(cells.locator('.nb-error .ansi-red')).toHaveText('<img src=x onerror=window.__xss=1>');
  await expect(cells.getByText('html output kept')).toBeVisible();
  // JavaScript outputs show their text; the active SVG and the PNG that is HTML are not published.
  await expect(cells.getByText('javascript output as text')).toBeVisible();
  await expect(cells.getByText('active svg refused')).toBeVisible();
  await expect(cells.getByText('not a png')).toBeVisible();
  await expect(cells.locator('.nb-image')).toHaveCount(0);
  await expect(page.getByText('a javascript link')).toBeVisible();
  await expectNothingRan(page);
  expect(dialogs).toEqual([]);
});
