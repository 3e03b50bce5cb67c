/** What the docs tree needs to know of a page. */
export interface DocPage {
  /** URL slug inside /docs/, `` for the root page, e.g. `guides/writing-tils`. */
  slug: string;
  title: string;
  order?: number;
}

/** A folder or page in the sidebar. A folder with an index page links to it. */
export interface DocNode {
  slug: string;
  title: string;
  /** Set when a page exists at this slug. */
  page?: DocPage;
  children: DocNode[];
}

/** `fine-tuning` -> `Fine tuning`, for folders that have no index page to name them. */
export function folderTitle(segment: string): string {
  const words = segment.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function sortKey(node: DocNode): [number, string] {
  return [node.page?.order ?? Number.POSITIVE_INFINITY, node.title.toLocaleLowerCase()];
}

function sortTree(node: DocNode): DocNode {
  const children = node.children.map(sortTree).sort((a, b) => {
    const [ao, at] = sortKey(a);
    const [bo, bt] = sortKey(b);
    return ao - bo || at.localeCompare(bt);
  });
  return { ...node, children };
}

/**
 * The sidebar tree from page slugs: folders nest, a folder's `index` page names and orders it,
 * siblings sort by `order` then title. Returns the root node (the /docs/ page when there is one).
 */
export function buildDocsTree(pages: DocPage[]): DocNode {
  const root: DocNode = { slug: '', title: 'Docs', children: [] };
  const bySlug = new Map<string, DocNode>([['', root]]);
  const ensure = (slug: string): DocNode => {
    const existing = bySlug.get(slug);
    if (existing) return existing;
    const cut = slug.lastIndexOf('/');
    const parent = ensure(cut === -1 ? '' : slug.slice(0, cut));
    const node: DocNode = { slug, title: folderTitle(slug.slice(cut + 1)), children: [] };
    parent.children.push(node);
    bySlug.set(slug, node);
    return node;
  };
  for (const page of pages) {
    const node = ensure(page.slug);
    node.page = page;
    node.title = page.title;
  }
  return sortTree(root);
}

/** Pages in reading order: depth-first, a folder's own page before its children. */
export function flattenDocs(root: DocNode): DocPage[] {
  const out: DocPage[] = [];
  const walk = (node: DocNode) => {
    if (node.page) out.push(node.page);
    node.children.forEach(walk);
  };
  walk(root);
  return out;
}

/** The previous and next page of `slug` in reading order. */
export function docNeighbours(root: DocNode, slug: string): { prev?: DocPage; next?: DocPage } {
  const pages = flattenDocs(root);
  const i = pages.findIndex((page) => page.slug === slug);
  if (i === -1) return {};
  return { prev: pages[i - 1], next: pages[i + 1] };
}

/** Ancestors of `slug`, root first, excluding the page itself: the breadcrumb trail. */
export function docAncestors(root: DocNode, slug: string): DocNode[] {
  const trail: DocNode[] = [root];
  const parts = slug ? slug.split('/') : [];
  let node = root;
  for (const part of parts.slice(0, -1)) {
    const next = node.children.find((child) => child.slug.split('/').at(-1) === part);
    if (!next) break;
    trail.push(next);
    node = next;
  }
  return slug ? trail : [];
}
