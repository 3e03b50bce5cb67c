/**
 * The built site's link check: every internal link, asset and anchor of every page must point to
 * something the build wrote. It works on the final HTML, so it also sees links from templates, from
 * notes Astro did not render again (cached), and anchors of headings in any kind of page.
 */

/** What the check needs to know about one built HTML page. */
export interface PageFacts {
  /** Every `id` (and `<a name>`) in the page: the anchors a link may point to. */
  ids: Set<string>;
  /** `href`/`src` of links, stylesheets, scripts, images and media, in document order. */
  links: { tag: string; url: string }[];
}

/** One link that leads nowhere. */
export interface BrokenLink {
  /** Output path of the page holding the link, e.g. `docs/guide/index.html`. */
  page: string;
  /** The link as written in the page (entities decoded). */
  url: string;
  /** What is missing, e.g. `no page at /wiki/docs/nope/`. */
  reason: string;
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };

/** Decode the character references Astro writes in attribute values. */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const LINKING_TAGS = new Set(['a', 'area', 'link', 'img', 'script', 'source', 'video', 'audio', 'iframe']);
// Elements whose content is raw text: a `<a` inside them is not a tag.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
const TAG_NAME = /<([a-zA-Z][a-zA-Z\d-]*)/y;
const ATTRIBUTE_NAME = /[^\s"'>/=]+/y;
const UNQUOTED = /[^\s>]*/y;
const SPACE = /[\s/]*/y;

/** Match a sticky regex at `at`, returning the text and where it ends. */
function stick(pattern: RegExp, html: string, at: number): { text: string; end: number } {
  pattern.lastIndex = at;
  const match = pattern.exec(html);
  return match ? { text: match[0], end: at + match[0].length } : { text: '', end: at };
}

/**
 * The start tags of a page with their attributes, read the way a browser tokenizes them: quoted
 * values may hold `>` or `<img ...>` (a note titled like markup), comments and raw-text elements
 * are skipped. Enough for Astro's well-formed output; not a general HTML parser.
 */
export function* startTags(html: string): Generator<{ name: string; attributes: Map<string, string> }> {
  // Lower-cased once, when the first raw-text element needs its end tag found, not once per element.
  let lower: string | undefined;
  let at = html.indexOf('<');
  while (at !== -1) {
    if (html.startsWith('<!--', at)) {
      const close = html.indexOf('-->', at + 4);
      at = close === -1 ? -1 : html.indexOf('<', close + 3);
      continue;
    }
    TAG_NAME.lastIndex = at;
    const open = TAG_NAME.exec(html);
    if (!open) {
      at = html.indexOf('<', at + 1);
      continue;
    }
    const name = (open[1] ?? '').toLowerCase();
    const attributes = new Map<string, string>();
    let cursor = at + open[0].length;
    for (;;) {
      cursor = stick(SPACE, html, cursor).end;
      if (cursor >= html.length || html[cursor] === '>') break;
      const attribute = stick(ATTRIBUTE_NAME, html, cursor);
      if (!attribute.text) {
        cursor += 1;
        continue;
      }
      cursor = attribute.end;
      let value = '';
      const afterName = stick(/\s*/y, html, cursor).end;
      if (html[afterName] === '=') {
        const start = stick(/\s*/y, html, afterName + 1).end;
        const quote = html[start];
        if (quote === '"' || quote === "'") {
          const close = html.indexOf(quote, start + 1);
          const end = close === -1 ? html.length : close;
          value = html.slice(start + 1, end);
          cursor = end + 1;
        } else {
          const bare = stick(UNQUOTED, html, start);
          value = bare.text;
          cursor = bare.end;
        }
      }
      const key = attribute.text.toLowerCase();
      if (!attributes.has(key)) attributes.set(key, decodeEntities(value));
    }
    yield { name, attributes };
    at = cursor + 1;
    if (RAW_TEXT.has(name)) {
      lower ??= html.toLowerCase();
      const close = lower.indexOf(`</${name}`, at);
      at = close === -1 ? -1 : close;
    }
    if (at !== -1) at = html.indexOf('<', at);
  }
}

/** Anchors and outgoing links of one page. */
export function pageFacts(html: string): PageFacts {
  const ids = new Set<string>();
  const links: PageFacts['links'] = [];
  for (const { name, attributes } of startTags(html)) {
    const id = attributes.get('id');
    if (id !== undefined) ids.add(id);
    if (name === 'a' && attributes.has('name')) ids.add(attributes.get('name') ?? '');
    if (!LINKING_TAGS.has(name)) continue;
    for (const attribute of ['href', 'src']) {
      const url = attributes.get(attribute);
      if (url !== undefined) links.push({ tag: name, url });
    }
  }
  return { ids, links };
}

/** `docs/guide/index.html` -> `/docs/guide/`; `404.html` -> `/404.html`. */
function pagePath(file: string): string {
  if (file === 'index.html') return '/';
  return file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}

const ORIGIN = 'https://labbook.invalid';

export interface SiteFiles {
  /** Built HTML pages by output path (`til/x/index.html`). */
  pages: Map<string, PageFacts>;
  /** Every other file of the output (`_astro/x.css`, `favicon.svg`, `rss.xml`). */
  files: Set<string>;
  /** The base path the site is served under, `/` or `/wiki/`. */
  base: string;
}

/** The output file a site path is served from, or undefined. Directories serve their index.html. */
function servedFile(path: string, site: SiteFiles): string | undefined {
  const candidates = path === '' || path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`];
  return candidates.find((file) => site.pages.has(file) || site.files.has(file));
}

/** Check one link of `page`; undefined when it is fine or not internal. */
export function checkLink(page: string, url: string, anchorMatters: boolean, site: SiteFiles): string | undefined {
  const trimmed = url.trim();
  if (trimmed === '' || /^(?:mailto|tel|data|javascript|blob):/i.test(trimmed)) return undefined;
  let resolved: URL;
  try {
    resolved = new URL(trimmed, `${ORIGIN}${site.base.replace(/\/$/, '')}${pagePath(page)}`);
  } catch {
    return `is not a valid URL`;
  }
  if (resolved.origin !== ORIGIN) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(resolved.pathname);
  } catch {
    return 'has a malformed %-escape';
  }
  const shown = `${resolved.pathname}${resolved.hash}`;
  if (!path.startsWith(site.base)) return `leads to ${shown}, outside the site's base path ${site.base}`;
  const file = servedFile(path.slice(site.base.length), site);
  if (!file) {
    const markdown = /\.mdx?$/i.test(path) ? ' (a Markdown path: link the page by its path relative to this file)' : '';
    return `leads to ${resolved.pathname}, which the build did not write${markdown}`;
  }
  const fragment = resolved.hash.slice(1);
  if (!anchorMatters || fragment === '' || fragment === 'top') return undefined;
  const target = site.pages.get(file);
  if (!target) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(fragment);
  } catch {
    id = fragment;
  }
  return target.ids.has(id) ? undefined : `leads to ${shown}, but that page has no heading or element with id "${id}"`;
}

/** Every broken internal link of the site, page by page in path order. */
export function brokenLinks(site: SiteFiles): BrokenLink[] {
  const found: BrokenLink[] = [];
  for (const page of [...site.pages.keys()].sort()) {
    const seen = new Set<string>();
    for (const { tag, url } of site.pages.get(page)?.links ?? []) {
      if (seen.has(url)) continue;
      seen.add(url);
      const reason = checkLink(page, url, tag === 'a' || tag === 'area', site);
      if (reason) found.push({ page, url, reason });
    }
  }
  return found;
}

/**
 * The 1-based line of `source` where a broken link is written: the link as it stands in the page
 * (a link the build left alone), the same without the base path (a site path the build prefixed),
 * else its anchor (`#setup` of a rewritten `guide.md#setup`). Undefined when the source does not
 * hold it (a link from a template, or text too different to find without guessing).
 */
export function lineOfLink(source: string, url: string, base: string): number | undefined {
  const lines = source.split(/\r?\n/);
  const trimmedBase = base.replace(/\/$/, '');
  const withoutBase = trimmedBase && url.startsWith(`${trimmedBase}/`) ? url.slice(trimmedBase.length) : '';
  const hash = url.indexOf('#');
  const anchor = hash >= 0 && hash < url.length - 1 ? url.slice(hash) : '';
  for (const needle of [url, withoutBase, anchor].filter(Boolean)) {
    const index = lines.findIndex((line) => line.includes(needle));
    if (index !== -1) return index + 1;
  }
  return undefined;
}
