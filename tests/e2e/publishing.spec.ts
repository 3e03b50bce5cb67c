import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { E2E_PORT, SITE_TITLE, TILS, watchProblems } from './helpers.ts';

/**
 * What the fixture publishes for feed readers, crawlers and link previews, and the 404 page.
 * The fixture's labbook.yaml says `url: https://acme.github.io`, so absolute URLs point there;
 * the tests fetch their paths from the local server instead.
 */
const ORIGIN = 'https://acme.github.io';
const BASE_SITE = `http://127.0.0.1:${process.env.LABBOOK_E2E_BASE_PORT ?? E2E_PORT - 2}`;

/** Attribute `name` of every element matching `selector` in the head. */
async function headAttributes(page: Page, selector: string, names: string[]): Promise<Record<string, string | null>[]> {
  return page.locator(`head ${selector}`).evaluateAll(
    (elements, attrs) => elements.map((el) => Object.fromEntries(attrs.map((a) => [a, el.getAttribute(a)]))),
    names,
  );
}

/** Fetch an absolute URL of the published site from the local server; returns the body. */
async function fetchPublished(request: APIRequestContext, url: string): Promise<string> {
  expect(url.startsWith(`${ORIGIN}/`), url).toBe(true);
  const response = await request.get(new URL(url).pathname);
  expect(response.status(), url).toBe(200);
  return response.text();
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['item', 'entry'].includes(name) });

/** The item URLs of a feed in any of the three formats, after checking it parses. */
function feedItemUrls(type: string, body: string): string[] {
  if (type === 'application/feed+json') return JSON.parse(body).items.map((item: { url: string }) => item.url);
  expect(XMLValidator.validate(body)).toBe(true);
  const doc = xml.parse(body);
  if (type === 'application/rss+xml') return doc.rss.channel.item.map((item: { link: string }) => item.link);
  return doc.feed.entry.map((entry: { link: { '@href': string } }) => entry.link['@href']);
}

test('a TIL page has a canonical URL, Open Graph tags and three feed links that resolve', async ({ page, request }) => {
  await page.goto(TILS.reseed.url);
  const url = `${ORIGIN}${TILS.reseed.url}`;
  expect(await headAttributes(page, 'link[rel="canonical"]', ['href'])).toEqual([{ href: url }]);
  const og = Object.fromEntries(
    (await headAttributes(page, 'meta[property^="og:"], meta[name^="twitter:"]', ['property', 'name', 'content'])).map((m) => [m.property ?? m.name, m.content]),
  );
  expect(og).toMatchObject({ 'og:type': 'article', 'og:title': TILS.reseed.title, 'og:url': url, 'og:site_name': SITE_TITLE, 'twitter:card': 'summary' });
  expect(og['og:description']).toBeTruthy();

  const feeds = await headAttributes(page, 'link[rel="alternate"]', ['type', 'href', 'title']);
  expect(feeds.map((f) => [f.type, f.href])).toEqual([
    ['application/rss+xml', `${ORIGIN}/rss.xml`],
    ['application/atom+xml', `${ORIGIN}/atom.xml`],
    ['application/feed+json', `${ORIGIN}/feed.json`],
  ]);
  for (const feed of feeds) {
    expect(feed.title).toContain(SITE_TITLE);
    const urls = feedItemUrls(feed.type!, await fetchPublished(request, feed.href!));
    // Newest first; the draft is not published.
    expect(urls, feed.type!).toEqual([TILS.crlf, TILS.unicode, TILS.dedup, TILS.reseed].map((til) => `${ORIGIN}${til.url}`));
  }
});

test("a tag page links its own feeds and shows a Feed link; the archive links the site's", async ({ page, request }) => {
  await page.goto('/tags/café/');
  const feeds = await headAttributes(page, 'link[rel="alternate"]', ['type', 'href']);
  const tagFeeds = feeds.filter((f) => f.href!.includes('/tags/'));
  expect(tagFeeds.map((f) => f.href)).toEqual(['rss.xml', 'atom.xml', 'feed.json'].map((file) => `${ORIGIN}/tags/caf%C3%A9/${file}`));
  for (const feed of tagFeeds) expect(feedItemUrls(feed.type!, await fetchPublished(request, feed.href!))).toEqual([`${ORIGIN}${TILS.unicode.url}`]);
  await expect(page.getByRole('main').getByRole('link', { name: 'Feed' })).toHaveAttribute('href', `${ORIGIN}/tags/caf%C3%A9/rss.xml`);

  await page.goto('/til/');
  await expect(page.getByRole('main').getByRole('link', { name: 'Feed' })).toHaveAttribute('href', `${ORIGIN}/rss.xml`);
});

test('sitemap.xml lists the pages and robots.txt points to it', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(XMLValidator.validate(sitemap)).toBe(true);
  const locs: string[] = xml.parse(sitemap).urlset.url.map((u: { loc: string }) => u.loc);
  expect(locs).toContain(`${ORIGIN}${TILS.reseed.url}`);
  expect(locs).toContain(`${ORIGIN}/docs/guides/a-first/`);
  expect(locs).not.toContain(`${ORIGIN}/404.html`);
  expect(await (await request.get('/robots.txt')).text()).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
  expect((await request.get('/.nojekyll')).status()).toBe(200);
});

test('the 404 page explains, offers a search for the words of the missing URL, and links onward', async ({ page }) => {
  const problems = watchProblems(page);
  const missing = '/til/reseed-the-shuffle/';
  const response = await page.goto(missing);
  expect(response?.status()).toBe(404);
  // The 404 of the page itself is expected; nothing else may fail (styles, script, icon).
  expect(problems.take().filter((p) => !p.includes(missing))).toEqual([]);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.locator('head meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('head link[rel="canonical"]')).toHaveCount(0);
  await expect(page.locator('[data-missing-path]')).toHaveText('/til/reseed-the-shuffle/');
  const main = page.getByRole('main');
  for (const [name, href] of [['list of TILs', '/til/'], ['docs', '/docs/'], ['home page', '/']] as const) {
    await expect(main.getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
  }

  const field = main.getByRole('searchbox', { name: 'Search the wiki for it' });
  await expect(field).toHaveValue('reseed the shuffle');
  await main.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=reseed\+the\+shuffle$/);
  // The search page runs the query: the note that moved is found (its URL lost "every-epoch").
  await expect(page.locator('[data-search-page] .search-hit__title').first()).toHaveText(TILS.reseed.title);
});

test('the 404 page works under a base path: links, search form and styles carry the base', async ({ page }) => {
  const response = await page.goto(`${BASE_SITE}/wiki/no/such/gradient-page/`);
  expect(response?.status()).toBe(404);
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: 'list of TILs' })).toHaveAttribute('href', '/wiki/til/');
  await expect(main.getByRole('link', { name: 'home page' })).toHaveAttribute('href', '/wiki/');
  await expect(main.locator('form[role="search"]')).toHaveAttribute('action', '/wiki/search/');
  await expect(main.getByRole('searchbox')).toHaveValue('no such gradient page');
  // The stylesheet loaded although the page is served at an arbitrary depth.
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('.not-found__row')!).display)).toBe('flex');
  // The feeds it announces carry the base too.
  await expect(page.locator('head link[rel="alternate"]')).toHaveCount(3);
  for (const link of await page.locator('head link[rel="alternate"]').all()) expect(await link.getAttribute('href')).toMatch(/^https:\/\/acme\.github\.io\/wiki\//);
});
