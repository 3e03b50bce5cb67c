import { KINDS } from '../content/kinds.ts';

/**
 * Which built pages search must find, and the check that the index holds all of them. Content routes
 * come from the registry of kinds (src/lib/content/kinds.ts): a new kind's entry names its search
 * label and route; its template adds `<SearchMeta kind=...>` and `data-pagefind-body`. Pages built
 * from what the notes say rather than from a file of their own (an issue's page) are listed in
 * {@link DERIVED_PAGES}.
 */

/**
 * Searchable pages no content kind owns: each is built from other pages (an issue's page quotes the
 * notes citing it), so its template indexes it with weight 0 and the notes always rank above it.
 */
const DERIVED_PAGES = [
  // /issues/ itself is a table of every issue (navigation); each issue's page below it is searched.
  { name: 'issues', search: { label: 'Issue', route: /^\/issues\/.+\/$/, nouns: ['issue page', 'issue pages'] } },
] as const;

/** Every kind of page in the index: the content kinds, then the derived pages. */
const SEARCHED = [...KINDS, ...DERIVED_PAGES];

type SearchLabels = { [K in (typeof SEARCHED)[number] as K['name']]: K['search']['label'] };

/** Page kinds as the kind filter and the result badge show them, by kind (src/lib/content/kinds.ts) or derived page. */
export const SEARCH_KINDS = Object.fromEntries(SEARCHED.map((kind) => [kind.name, kind.search.label])) as SearchLabels;

/** `TIL`, `Doc`, `Weekly`, `Model card`, `Playbook`, `API`, ... or `Issue`: a value of {@link SEARCH_KINDS}. */
export type SearchKind = SearchLabels[keyof SearchLabels];

/** Site-relative URL patterns (without base) of indexed pages; first match wins. */
const ROUTES = SEARCHED.map((kind) => ({ kind: kind.search.label as SearchKind, pattern: kind.search.route, content: KINDS.some((k) => k.name === kind.name) }));

/**
 * A page at a content route that is generated navigation rather than content (the docs tree
 * shown at /docs/ when there is no docs/index.md) carries this attribute and is not expected in
 * the index.
 */
export const LISTING_ATTRIBUTE = 'data-search-listing';

/** The kind of the content page (a note, a card, a spec...) at a site-relative URL, or undefined. */
export function contentKindOf(url: string): SearchKind | undefined {
  return ROUTES.find((route) => route.content && route.pattern.test(url))?.kind;
}

/** The kind of the page at a site-relative URL that search must find (content or derived), or undefined. */
export function searchKindOf(url: string): SearchKind | undefined {
  return ROUTES.find((route) => route.pattern.test(url))?.kind;
}

/** `til/a/index.html` -> `/til/a/`, `index.html` -> `/`, `404.html` -> `/404.html`. Forward slashes. */
export function pageUrlOf(htmlPath: string): string {
  const path = htmlPath.replace(/^\/+/, '');
  if (path === 'index.html') return '/';
  if (path.endsWith('/index.html')) return `/${path.slice(0, -'index.html'.length)}`;
  return `/${path}`;
}

/** A page of the built site that search must find, as the index check sees it. */
export interface ContentPage {
  url: string;
  kind: SearchKind;
  /** Whether its HTML marks an element `data-pagefind-body`. */
  hasBody: boolean;
}

/** The pages search must find among the built HTML files (`path` relative to the output folder). */
export function contentPages(files: { path: string; html: string }[]): ContentPage[] {
  const pages: ContentPage[] = [];
  for (const { path, html } of files) {
    const url = pageUrlOf(path);
    const kind = searchKindOf(url);
    if (!kind || html.includes(LISTING_ATTRIBUTE)) continue;
    pages.push({ url, kind, hasBody: /\sdata-pagefind-body[\s=>]/.test(html) });
  }
  return pages.sort((a, b) => a.url.localeCompare(b.url));
}

const NOUNS = new Map<string, readonly [one: string, many: string]>(SEARCHED.map((kind) => [kind.search.label, kind.search.nouns]));

/** `4 TILs, 2 docs pages, 1 weekly page`, kinds in the order of {@link SEARCH_KINDS}. */
export function describeCounts(pages: Pick<ContentPage, 'kind'>[]): string {
  const parts: string[] = [];
  for (const kind of Object.values(SEARCH_KINDS)) {
    const n = pages.filter((page) => page.kind === kind).length;
    const nouns = NOUNS.get(kind) ?? [kind, kind];
    if (n) parts.push(`${n} ${nouns[n === 1 ? 0 : 1]}`);
  }
  return parts.join(', ') || 'no content pages';
}

/**
 * The build error when Pagefind indexed fewer pages than the site has content pages, or
 * undefined when the index is complete.
 */
export function indexShortfall(pages: ContentPage[], indexed: number): string | undefined {
  if (indexed >= pages.length) return undefined;
  const missing = pages.filter((page) => !page.hasBody).map((page) => page.url);
  const shown = missing.slice(0, 10).join(', ') + (missing.length > 10 ? `, and ${missing.length - 10} more` : '');
  return [
    `Search index is incomplete: Pagefind indexed ${indexed} page${indexed === 1 ? '' : 's'}, but the site has ${pages.length} content pages (${describeCounts(pages)}).`,
    missing.length
      ? `These pages have no element marked data-pagefind-body: ${shown}. Add data-pagefind-body to the <article> of their template in src/pages/.`
      : 'Every content page marks its article data-pagefind-body, so Pagefind could not read some of them: look for HTML it cannot parse, or an empty article.',
  ].join('\n');
}

/** Pages in the index, from the `pagefind-entry.json` Pagefind writes: the sum over its languages. */
export function indexedPageCount(entryJson: string): number {
  const entry = JSON.parse(entryJson) as { languages?: Record<string, { page_count?: number }> };
  return Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
}
