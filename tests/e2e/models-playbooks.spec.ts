import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { MODELS, PLAYBOOKS, REPO, TILS, watchProblems } from './helpers.ts';

/**
 * Model cards and playbooks on the main fixture (tests/fixtures/site/models/, playbooks/):
 * fixture-intent 1.2.0 -> 1.3.0 with two results each, fixture-ranker without an ethics section,
 * a playbook reviewed 2020-01-01 and one that names fixture-intent, and the dedup TIL naming it too.
 */

const facts = (scope: Page | Locator, term: string) => scope.locator(`dl.facts dt:text-is("${term}") + dd`);
/** A results table as rows of cell texts, header row first. */
const tableRows = (table: Locator) =>
  table.locator('tr').evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell.firstChild?.textContent ?? '').replace(/\s+/g, ' ').trim())),
  );
const cellTexts = (table: Locator) =>
  table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell as HTMLElement).innerText.replace(/\s+/g, ' ').trim())));

test('a model card shows its summary and a table per result with every metric and its change since the previous version', async ({ page }) => {
  const problems = watchProblems(page);
  await page.goto(MODELS.intent.url);
  await expect(page.locator('h1')).toHaveText(MODELS.intent.title);
  await expect(facts(page, 'Model')).toHaveText('fixture-intent');
  await expect(facts(page, 'Version')).toHaveText('1.3.0 (latest)');
  await expect(facts(page, 'Status')).toHaveText('Production');
  await expect(facts(page, 'Owners')).toHaveText('mira-k, sam');
  await expect(facts(page, 'Languages')).toHaveText('en, de');
  await expect(facts(page, 'Base model')).toHaveText('distilroberta-base');

  const results = page.getByRole('region', { name: 'Evaluation results' });
  await expect(results.getByRole('heading', { level: 3 })).toHaveText(['Tickets · en · test', 'Fresh tickets · october']);
  const tables = results.locator('table');
  await expect(tables).toHaveCount(2);
  await expect(tables.nth(0).locator('thead th')).toHaveText(['Metric', 'Value', 'Change since v1.2.0']);
  expect(await cellTexts(tables.nth(0))).toEqual([
    ['Accuracy accuracy', '0.924', '+0.012 (better)'],
    ['Macro F1 (macro) f1', '0.881', '−0.006 (worse)'],
    ['p95 latency ms latency_p95_ms', '13.8', '−0.4 (better)'],
    ['Calibration error ece', '0.031', 'new'],
  ]);
  expect(await cellTexts(tables.nth(1))).toEqual([
    ['Accuracy accuracy', '0.897', '+0.036 (better)'],
    // Labbook does not know which way coverage should go: a number, no verdict.
    ['Coverage coverage', '0.75', '±0'],
  ]);
  expect(problems.take()).toEqual([]);
});

test('the first version has both results with every metric and no change column', async ({ page }) => {
  await page.goto(MODELS.intentOld.url);
  const tables = page.getByRole('region', { name: 'Evaluation results' }).locator('table');
  await expect(tables).toHaveCount(2);
  expect(await tableRows(tables.nth(0))).toEqual([
    ['Metric', 'Value'],
    ['Accuracy', '0.912'],
    ['Macro F1 (macro)', '0.887'],
    ['p95 latency ms', '14.2'],
  ]);
  expect(await tableRows(tables.nth(1))).toEqual([
    ['Metric', 'Value'],
    ['Accuracy', '0.861'],
    ['Coverage', '0.75'],
  ]);
});

test('versions of one model link to each other both ways, and an old version points at the newest', async ({ page }) => {
  await page.goto(MODELS.intentOld.url);
  await expect(page.locator('.model-notice')).toHaveText('This is an older version. The newest is version 1.3.0 (production).');
  const versions = page.getByRole('navigation', { name: 'Versions of this model' });
  await expect(versions.locator('li')).toHaveText(['v1.3.0 production', 'v1.2.0 archived']);
  await expect(versions.locator('[aria-current="page"]')).toHaveText('v1.2.0 archived');
  await versions.getByRole('link', { name: /v1\.3\.0/ }).click();
  await expect(page).toHaveURL(MODELS.intent.url);

  const back = page.getByRole('navigation', { name: 'Versions of this model' }).getByRole('link', { name: /v1\.2\.0/ });
  await expect(back).toHaveAttribute('rel', 'prev');
  await back.click();
  await expect(page).toHaveURL(MODELS.intentOld.url);
  // A model with one version has no version list.
  await page.goto(MODELS.ranker.url);
  await expect(page.getByRole('navigation', { name: 'Versions of this model' })).toHaveCount(0);
});

test('/models/ lists model, version, status, headline metric, owners and marks an incomplete card', async ({ page }) => {
  await page.goto('/models/');
  await expect(page.locator('h1')).toHaveText('Models 2');
  const table = page.getByRole('region', { name: 'Model cards' }).locator('table');
  await expect(table.locator('thead th')).toHaveText(['Model', 'Version', 'Status', 'Headline metric', 'Owners', 'Card']);
  expect(await cellTexts(table)).toEqual([
    ['fixture-intent', '1.3.0', 'Production', 'Accuracy 0.924 Tickets · en · test', 'mira-k, sam', '✓ Complete'],
    ['fixture-intent', '1.2.0', 'Archived', 'Accuracy 0.912 Tickets · en · test', 'mira-k', '✓ Complete'],
    ['fixture-ranker', '0.4.0', 'Staging', 'ndcg@10 0.71 Queries · test', 'dtorres', '⚠ Incomplete Missing: Ethical considerations'],
  ]);
  await table.getByRole('link', { name: 'fixture-intent version 1.2.0' }).click();
  await expect(page).toHaveURL(MODELS.intentOld.url);
});

test('a playbook opens with a quick-reference panel: severity, who to page in order, last reviewed', async ({ page }) => {
  await page.goto(PLAYBOOKS.latency.url);
  const panel = page.getByRole('region', { name: 'Quick reference' });
  await expect(panel).toBeInViewport();
  await expect(facts(panel, 'Severity').locator('.severity-badge')).toHaveText('SEV2 Major');
  await expect(facts(panel, 'Service')).toHaveText('fixture-intent-api');
  await expect(facts(panel, 'Page, in order').locator('ol > li')).toHaveText([
    'primary: serving on-call (PagerDuty: fixture-serving)',
    'secondary: mira-k',
    'engineering manager: li-wei',
  ]);
  await expect(facts(panel, 'Last reviewed').locator('time')).toHaveAttribute('datetime', '2026-11-01');
  await expect(facts(panel, 'Owners')).toHaveText('ml-serving');
  // The panel comes before the steps.
  const panelBox = await panel.boundingBox();
  const symptoms = await page.getByRole('heading', { name: 'Symptoms' }).boundingBox();
  expect(panelBox!.y).toBeLessThan(symptoms!.y);
});

test('a printed playbook keeps the panel and the steps, without header, navigation or search', async ({ page }) => {
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await page.goto(PLAYBOOKS.latency.url);
  await expect(page.getByRole('region', { name: 'Quick reference' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Symptoms' })).toBeVisible();
  await expect(page.locator('.prose')).toContainText('Roll back to the previous model version.');
  for (const chrome of ['.site-header', '.site-footer', '.breadcrumbs', '.search-open', '.page-footer']) {
    await expect(page.locator(chrome).first(), chrome).toBeHidden();
  }
  // Dark screen theme, but paper is white: text prints black.
  const color = await page.locator('.quick-ref').evaluate((el) => getComputedStyle(el).color);
  expect(color).toBe('rgb(0, 0, 0)');
});

test('/playbooks/ groups by service and flags a playbook reviewed long ago', async ({ page }) => {
  await page.goto('/playbooks/');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['fixture-cluster 1', 'fixture-intent-api 1']);
  const stale = page.locator('.playbook-item', { hasText: PLAYBOOKS.stale.title });
  await expect(stale.locator('.review-flag')).toHaveText('⚠ Review overdue');
  await expect(stale.locator('time')).toHaveAttribute('datetime', '2020-01-01');
  await expect(stale.locator('.severity-badge')).toHaveText('SEV3 Minor');
  await expect(page.locator('.playbook-summary')).toContainText('last reviewed more than 180 days ago');
  await stale.getByRole('link', { name: PLAYBOOKS.stale.title }).click();
  await expect(page).toHaveURL(PLAYBOOKS.stale.url);
  await expect(page.getByRole('region', { name: 'Quick reference' }).locator('.review-flag')).toHaveText('⚠ Review overdue');
});

test('a TIL and a playbook link to the model, and the model card lists them as incidents', async ({ page }) => {
  await page.goto(TILS.dedup.url);
  const models = facts(page, 'Models');
  await expect(models.getByRole('link')).toHaveText(['fixture-intent']);
  await models.getByRole('link', { name: 'fixture-intent' }).click();
  // A model name links to its newest version.
  await expect(page).toHaveURL(MODELS.intent.url);

  const incidents = page.getByRole('region', { name: 'Incidents involving this model' });
  await expect(incidents.getByRole('heading', { level: 3 })).toHaveText(['Playbooks', 'TILs']);
  await expect(incidents.getByRole('link')).toHaveText([PLAYBOOKS.latency.title, TILS.dedup.title]);
  await incidents.getByRole('link', { name: PLAYBOOKS.latency.title }).click();
  await expect(page).toHaveURL(PLAYBOOKS.latency.url);
  await expect(facts(page.getByRole('region', { name: 'Quick reference' }), 'Models').getByRole('link')).toHaveText(['fixture-intent']);

  // The older version lists the same incidents; a model nobody names says so.
  await page.goto(MODELS.intentOld.url);
  await expect(page.getByRole('region', { name: 'Incidents involving this model' }).getByRole('link')).toHaveCount(2);
  await page.goto(MODELS.ranker.url);
  await expect(page.getByRole('region', { name: 'Incidents involving this model' })).toContainText('No playbook or TIL names fixture-ranker yet.');
});

test('model card bodies get the Markdown features of TILs: issue links and heading anchors', async ({ page }) => {
  await page.goto(MODELS.intent.url);
  await expect(page.locator('.prose a', { hasText: '#44' })).toHaveAttribute('href', `https://github.com/${REPO}/issues/44`);
  await expect(page.locator('.prose h2#intended-use a.heading-anchor')).toHaveAttribute('href', '#intended-use');
  await expect(page.getByRole('navigation', { name: 'On this page' }).getByRole('link')).toHaveText([
    'Evaluation results',
    'Intended use',
    'Limitations',
    'Ethical considerations',
    'Incidents involving this model',
  ]);
});

test('search finds model cards and playbooks, with their kind as a filter value', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByRole('combobox', { name: 'Search the wiki' }).fill('fixture');
  // The filters sit under a closed "Filters" until asked for.
  await dialog.locator('summary', { hasText: 'Filters' }).click();
  const kinds = dialog.getByRole('group', { name: 'Kind' });
  await expect(kinds.getByRole('button', { name: /^Model card,/ })).toBeVisible();
  await expect(kinds.getByRole('button', { name: /^Playbook,/ })).toBeVisible();
  await kinds.getByRole('button', { name: /^Playbook,/ }).click();
  const titles = dialog.locator('.search-hit:not(.search-hit--section) .search-hit__title');
  await expect(titles).toHaveCount(2);
  // Relevance decides the order; the set is what matters.
  expect((await titles.allInnerTexts()).sort()).toEqual([PLAYBOOKS.latency.title, PLAYBOOKS.stale.title].sort());
  await expect(dialog.locator('.search-hit__kind').first()).toHaveText('Playbook');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`badges, deltas and flags meet WCAG AA contrast (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const url of ['/models/', MODELS.intent.url, '/playbooks/', PLAYBOOKS.latency.url]) {
      await page.goto(url);
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      const { violations } = await new AxeBuilder({ page }).include('main').withRules(['color-contrast']).analyze();
      expect(violations.flatMap((v) => v.nodes.map((n) => `${url}: ${n.target.join(' ')}: ${n.failureSummary}`))).toEqual([]);
    }
  });
}
