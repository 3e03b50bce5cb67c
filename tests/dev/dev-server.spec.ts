/**
 * Errors where the writer looks (issue #19): under `labbook dev`, a saved note that the build would
 * reject shows the problem in the page, with file and line, until it is fixed, also after a reload;
 * then the page shows the note again. Runs the real dev server on a copy of tests/fixtures/site.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startDevServer, type DevServer } from './dev-server.ts';

const NOTE = 'til/2026-01-14-reseed-the-shuffle-every-epoch.md';
const URL_PATH = 'til/2026-01-14-reseed-the-shuffle-every-epoch/';
/** A sentence of the note's body: the article is there. */
const BODY_TEXT = 'Our sampler seeded one';

let server: DevServer;
let original: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  server = await startDevServer('site', 600_000);
  original = readFileSync(join(server.wiki, NOTE), 'utf8');
});

test.afterAll(async () => {
  await server?.stop();
});

/** Save the note as a writer's editor would. */
const save = (text: string) => writeFileSync(join(server.wiki, NOTE), text);
const problems = (page: Page) => page.locator('#labbook-dev-problems section');

/**
 * Reload as the writer would. The dev server may reload the page itself at that moment (the note
 * changed), which aborts this navigation: then reload again.
 */
async function reload(page: Page) {
  await expect(async () => {
    await page.reload();
  }).toPass();
}

/** The note shows, without a problem box. Polled: the dev server reloads the page when the note changed. */
async function expectNoteShown(page: Page) {
  await expect(problems(page)).toHaveCount(0);
  await expect(page.locator('article')).toContainText(BODY_TEXT);
}

test.beforeEach(async ({ page }) => {
  save(original);
  await page.goto(server.url + URL_PATH);
  await expectNoteShown(page);
});

test('a date that is not a day: the problem with file and line, still there after a reload, gone once fixed', async ({ page }) => {
  save(original.replace('date: 2026-01-14', 'date: 2026-13-45'));
  await expect(problems(page)).toContainText(`${NOTE}:3`);
  await expect(problems(page)).toContainText('expected a real calendar date written YYYY-MM-DD');
  await reload(page);
  await expect(problems(page)).toContainText(`${NOTE}:3`);
  save(original);
  await expectNoteShown(page);
  await expect(page.locator('article time').first()).toHaveText('Jan 14, 2026');
});

test('front matter YAML that does not parse: the problem with its line, gone once fixed', async ({ page }) => {
  save(original.replace('category: Data', 'category: Data: Training'));
  await expect(problems(page)).toContainText(`${NOTE}:4`);
  await expect(problems(page)).toContainText('front matter YAML does not parse: Nested mappings are not allowed');
  await reload(page);
  await expect(problems(page)).toContainText(`${NOTE}:4`);
  save(original);
  await expectNoteShown(page);
});

test('a diagram Mermaid rejects: the problem with its line, the article still there, the diagram once fixed', async ({ page }) => {
  const broken = `${original.trimEnd()}\n\n\`\`\`mermaid\ngraph TD\n  A --> -->>> B[[[\n\`\`\`\n`;
  const line = broken.split('\n').indexOf('```mermaid') + 1;
  save(broken);
  await expect(problems(page)).toContainText(`${NOTE}:${line}`);
  await expect(problems(page)).toContainText('mermaid diagram does not parse');
  // Never an emptied article: the note, and the error where the diagram goes.
  await expect(page.locator('article')).toContainText(BODY_TEXT);
  await expect(page.locator('article .mermaid-error')).toContainText(`${NOTE}:${line}`);
  await reload(page);
  await expect(problems(page)).toContainText(`${NOTE}:${line}`);
  save(broken.replace('A --> -->>> B[[[', 'A --> B'));
  await expectNoteShown(page);
  await expect(page.locator('article .mermaid-error')).toHaveCount(0);
  await expect(page.locator('article figure.mermaid-diagram svg').first()).toBeAttached();
});

test('a daily log saved while the server runs: its entry gets its page, and an edit shows', async ({ page }) => {
  const log = join(server.wiki, 'til/2026-03-20.md');
  const entry = (text: string) => `## 2026-03-20\n\n### Shuffle buffers hide ordering bugs\n\n${text}\n`;
  writeFileSync(log, entry('A small buffer kept the shards in file order.'));
  try {
    const url = `${server.url}til/2026-03-20-shuffle-buffers-hide-ordering-bugs/`;
    await expect(async () => {
      expect((await page.goto(url))?.status()).toBe(200);
    }).toPass({ timeout: 60_000 });
    await expect(page.locator('article')).toContainText('A small buffer kept the shards in file order.');
    writeFileSync(log, entry('A large buffer mixed the shards.'));
    // Reloaded until it shows: a save made before the page's HMR socket is connected sends no reload,
    // and what this test checks is that the server renders the edited entry, whatever the timing.
    await expect(async () => {
      await page.reload();
      await expect(page.locator('article')).toContainText('A large buffer mixed the shards.', { timeout: 2_000 });
    }).toPass({ timeout: 60_000 });
  } finally {
    rmSync(log, { force: true });
  }
});
