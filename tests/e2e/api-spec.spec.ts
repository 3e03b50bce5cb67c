import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { API_SPEC, watchProblems } from './helpers.ts';

/**
 * The API spec page of the fixture (tests/fixtures/site/api/model-registry.yaml, OpenAPI 3.1 with
 * 7 operations over 3 tags, $refs, allOf/oneOf, enums, a deprecated operation and a recursive
 * schema), in real Chromium.
 */

/** anchor, method, path, summary: in page order. */
const OPERATIONS = [
  ['listmodels', 'GET', '/models', 'List registered models'],
  ['registermodel', 'POST', '/models', 'Register a trained model'],
  ['getmodel', 'GET', '/models/{modelId}', 'Fetch one model'],
  ['archivemodel', 'DELETE', '/models/{modelId}', 'Archive a model'],
  ['promotemodel', 'PUT', '/models/{modelId}/stage', 'Move a model to another stage'],
  ['getlineage', 'GET', '/models/{modelId}/lineage', 'Trace the runs and datasets a model came from'],
  ['get-datasets-datasetid-models', 'GET', '/datasets/{datasetId}/models', 'Models trained on a dataset'],
] as const;

const section = (page: Page, anchor: string) => page.locator(`section:has(> h3#${anchor})`);

test('the spec page shows all 7 operations by tag, each a heading with its anchor, method and path', async ({ page }) => {
  const problems = watchProblems(page);
  await page.goto(API_SPEC.url);
  await expect(page.locator('main h1')).toHaveText(API_SPEC.title);
  await expect(page.locator('main h2')).toHaveText(['Servers', 'Models', 'Stages', 'Lineage']);
  const headings = page.locator('main h3');
  await expect(headings).toHaveCount(7);
  expect(await headings.evaluateAll((hs) => hs.map((h) => h.id))).toEqual(OPERATIONS.map(([anchor]) => anchor));
  for (const [anchor, method, path, summary] of OPERATIONS) {
    const heading = page.locator(`h3#${anchor}`);
    await expect(heading.locator('.method')).toHaveText(method);
    await expect(heading.locator('code')).toHaveText(path);
    await expect(heading).toContainText(summary);
  }
  // The table of contents links every tag and operation, and each link lands on its heading.
  const toc = page.getByRole('navigation', { name: 'Operations' });
  expect(await toc.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
    '#tag-models', '#listmodels', '#registermodel', '#getmodel', '#archivemodel',
    '#tag-stages', '#promotemodel',
    '#tag-lineage', '#getlineage', '#get-datasets-datasetid-models',
  ]);
  await page.goto(`${API_SPEC.url}#promotemodel`);
  await expect(page.locator('h3#promotemodel')).toBeInViewport();
  expect(problems.take()).toEqual([]);
});

test('the deprecated operation says so in its heading, in words', async ({ page }) => {
  await page.goto(API_SPEC.url);
  await expect(page.locator('h3#archivemodel')).toContainText('deprecated');
  await expect(section(page, 'archivemodel')).toContainText('Deprecated: this operation may be removed');
  for (const [anchor] of OPERATIONS.filter(([anchor]) => anchor !== 'archivemodel')) {
    await expect(page.locator(`h3#${anchor}`)).not.toContainText('deprecated');
  }
});

test('parameters are listed by location with types, constraints, defaults and enums', async ({ page }) => {
  await page.goto(API_SPEC.url);
  const list = section(page, 'listmodels');
  await expect(list.locator('h4')).toHaveText(['Query parameters', 'Header parameters', 'Responses']);
  await expect(list.locator('.param__name')).toHaveText(['stage', 'limit', 'X-Request-Id']);
  const limit = list.locator('.param', { has: page.locator('.param__name', { hasText: 'limit' }) });
  await expect(limit).toContainText('integer');
  await expect(limit).toContainText(/Default\s*50/);
  await expect(limit).toContainText(/minimum\s*1/);
  await expect(limit).toContainText(/maximum\s*200/);
  await expect(list.locator('.param').first()).toContainText('"none", "staging", "production", "archived"');
  await expect(list.locator('.param').last()).toContainText('string (uuid)');

  const promote = section(page, 'promotemodel');
  await expect(promote.locator('h4')).toHaveText(['Path parameters', 'Cookie parameters', 'Request body (required)', 'Responses']);
  await expect(promote.locator('.param__name')).toHaveText(['modelId', 'registry_session']);
  await expect(promote.locator('.param').first()).toContainText(/minLength\s*3/);
  await expect(section(page, 'get-datasets-datasetid-models').locator('.param').first()).toContainText('^ds-[a-z0-9]{8}$');
});

test('request and response schemas show nested objects, allOf/oneOf variants, nullable types and the recursive schema', async ({ page }) => {
  await page.goto(API_SPEC.url);
  const register = section(page, 'registermodel');
  await expect(register).toContainText('All of');
  await expect(register.locator('.schema__ref').first()).toHaveText('NewModel');
  await expect(register).toContainText('ModelBase');
  await expect(register).toContainText('"pytorch", "tensorflow", "onnx", "xgboost"');
  await expect(register.locator('pre').first()).toContainText('"artifactUri": "s3://models/churn/42"');
  await expect(register.locator('.status')).toHaveText(['201', '409']);
  await expect(register).toContainText('number | null');

  const promote = section(page, 'promotemodel');
  await expect(promote).toContainText('One of (told apart by stage)');
  await expect(promote).toContainText('PromoteToStaging');
  await expect(promote).toContainText('PromoteToProduction');
  await expect(promote).toContainText(/Always\s*"production"/);

  const lineage = section(page, 'getlineage');
  await expect(lineage).toContainText('LineageNode');
  await expect(lineage).toContainText('Repeats LineageNode from further up: the structure is recursive.');
  await expect(section(page, 'listmodels')).toContainText('string | null');
});

test('descriptions from the spec are rendered safely: no script, handler or script link survives', async ({ page }) => {
  await page.goto(API_SPEC.url);
  const description = page.locator('.api-description');
  await expect(description.locator('strong')).toHaveText('trained model');
  await expect(page.locator('main [onerror], main [onload]')).toHaveCount(0);
  expect(await page.locator('main a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')).filter((h) => /^\s*(javascript|data):/i.test(h ?? '')))).toEqual([]);
  await expect(page.locator('main').getByText('javascript:window.__apiXss=3')).toHaveCount(1);
  await expect(page.locator('main a', { hasText: 'javascript:' })).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __apiXss?: unknown }).__apiXss)).toBeUndefined();
});

test('the spec page loads no script besides what every page loads and the table of contents marker', async ({ page }) => {
  const scripts = async (url: string) => {
    const requested: string[] = [];
    const onRequest = (request: { resourceType(): string; url(): string }) => {
      if (request.resourceType() === 'script') requested.push(request.url());
    };
    page.on('request', onRequest);
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    page.off('request', onRequest);
    const inline = await page.locator('script').evaluateAll((els) => els.map((s) => `${(s as HTMLScriptElement).type}|${(s as HTMLScriptElement).src}|${s.textContent?.length ?? 0}`));
    return { requested, inline };
  };
  const home = await scripts('/');
  const api = await scripts(API_SPEC.url);
  // One script file more than the home page: the section marker of the contents (src/scripts/toc-marker.ts),
  // a file every article shares (cached once) rather than inlined into each.
  expect(home.requested).toEqual([]);
  expect(api.requested).toHaveLength(1);
  expect(api.requested[0]).toMatch(/\/_astro\/TocMarker\.[^/]*\.js$/);
  expect(api.inline.filter((s) => !s.includes('/_astro/TocMarker.'))).toEqual(home.inline);
});

test('the /api/ list names the spec with its version, operation count and summary', async ({ page }) => {
  await page.goto('/api/');
  await expect(page.locator('h1')).toHaveText('API specs 1');
  const card = page.locator('.api-card');
  await expect(card.getByRole('link', { name: API_SPEC.title })).toHaveAttribute('href', API_SPEC.url);
  await expect(card).toContainText('v2.3.0');
  await expect(card).toContainText('7 operations');
  await expect(card).toContainText('Register, promote and archive trained models.');
});

test('search finds an operation: the spec as an API result, and the operation heading as a sub-result', async ({ page }) => {
  const problems = watchProblems(page);
  await page.goto(API_SPEC.url);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByRole('combobox', { name: 'Search the wiki' }).fill('trace');
  await expect(dialog.getByRole('status')).toContainText('“trace”');
  const hit = dialog.locator('a.search-hit:not(.search-hit--section)', { hasText: API_SPEC.title });
  await expect(hit).toHaveAttribute('href', API_SPEC.url);
  await expect(hit.locator('.search-hit__kind')).toHaveText('API');
  // The filters sit under a closed "Filters" until asked for.
  await dialog.locator('summary', { hasText: 'Filters' }).click();
  await expect(dialog.getByRole('group', { name: 'Kind' }).getByRole('button', { name: /^API, \d+ results?$/ })).toBeVisible();
  const sub = dialog.locator(`a.search-hit--section[href="${API_SPEC.url}#getlineage"]`);
  await expect(sub).toContainText('Trace the runs and datasets');
  await sub.click();
  await page.waitForURL(`**${API_SPEC.url}#getlineage`);
  await expect(page.locator('h3#getlineage')).toBeInViewport();
  expect(problems.take()).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the spec page passes axe's WCAG A/AA checks in the ${colorScheme} theme (badge and status contrast included)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(API_SPEC.url);
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    const results = await new AxeBuilder({ page }).include('main').withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
  });
}
