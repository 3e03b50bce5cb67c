import { posix } from 'node:path';
import { resolveInternalLink, type ContentUrlLookup } from './internal-links.ts';
import { logicalOf, type SourceFile } from './content/files.ts';
import { isDailyLog, urlOf } from './validate-content.ts';
import { fileNames, findWikilinks, resolveWikilink, wikiNameIndex, type FileNames, type WikiNameIndex } from './wikilinks.ts';

/**
 * "Linked from": for every page, the pages whose text links to it, whatever the link's style
 * (a relative Markdown link, a site-absolute one, a wikilink). Built once per build in one pass
 * over the wiki's files (each text scanned once, each link resolved by hash lookups), so linear in
 * the size of the wiki. Links in code spans and fences do not count, as they are not links.
 */

/** A page that links to another. */
export interface Backlink {
  /** Site-relative URL, without the base (`/docs/guide/`). */
  url: string;
  title: string;
}

export interface BacklinkOptions {
  /** Published URL of a content path (src/lib/content-urls.ts). */
  lookup: ContentUrlLookup;
  /** Names for wikilinks. Default: built from `files`. */
  names?: WikiNameIndex;
}

// Fenced code (``` or ~~~, up to its closing fence or the end) and code spans: not links.
const FENCE = /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:\n {0,3}\1[`~]*[ \t]*$|(?![\s\S]))/gm;
const CODE_SPAN = /(`+)[^`]*\1/g;
// `](target "title")` and `[label]: target`, the two ways Markdown writes a link's target.
const INLINE = /\]\(\s*<?([^)\s>]+)>?/g;
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:\s*<?(\S+?)>?(?:\s|$)/gm;
// Raw HTML links, as the sanitizer keeps them.
const HTML_HREF = /<a\s[^>]*href=["']([^"']+)["']/gi;

/** The text with code blanked out (same length, so nothing else moves). */
function withoutCode(text: string): string {
  const blank = (match: string) => match.replace(/[^\n]/g, ' ');
  return text.replace(FENCE, blank).replace(CODE_SPAN, blank);
}

/** The targets every link of `text` names, as written. */
function linkTargets(text: string): { hrefs: string[]; wikilinks: string[] } {
  const hrefs: string[] = [];
  // Cheap tests first: most paragraphs of most notes have no link at all.
  const has = { inline: text.includes(']('), definition: text.includes(']:'), html: /<a\s/i.test(text), wiki: text.includes('[[') };
  if (!has.inline && !has.definition && !has.html && !has.wiki) return { hrefs, wikilinks: [] };
  const prose = text.includes('`') || text.includes('~~~') ? withoutCode(text) : text;
  if (has.inline) for (const match of prose.matchAll(INLINE)) hrefs.push(match[1] as string);
  if (has.definition) for (const match of prose.matchAll(DEFINITION)) hrefs.push(match[1] as string);
  if (has.html) for (const match of prose.matchAll(HTML_HREF)) hrefs.push(match[1] as string);
  if (!has.wiki) return { hrefs, wikilinks: [] };
  const wikilinks = findWikilinks(prose).filter((link) => !link.embed && link.target !== '').map((link) => link.target);
  return { hrefs, wikilinks };
}

/** Site URL without query and fragment: `/docs/guide/#setup` -> `/docs/guide/`. */
const pagePart = (href: string) => href.replace(/[?#].*$/, '');

/** What one page of a file is called and where it is, with the Markdown that is its own. */
interface PageText {
  url: string;
  title: string;
  text: string;
}

/** The pages a file publishes: one, or one per entry of a daily log (its URL from `lookup`, which knows the entries). */
function pagesOf(file: SourceFile, names: FileNames, lookup: ContentUrlLookup): PageText[] {
  if (names.draft) return [];
  const logical = logicalOf(file);
  if (isDailyLog(logical)) {
    return names.entries.flatMap((entry) => {
      const found = lookup(file.path, entry.anchor);
      return found?.dropFragment ? [{ url: found.url, title: entry.title, text: entry.body }] : [];
    });
  }
  const { url } = urlOf(logical);
  if (!url) return [];
  return [{ url, title: names.title ?? posix.basename(file.path).replace(/\.mdx?$/i, ''), text: names.body }];
}

/**
 * Page URL -> the pages that link to it, each once, in the order of `files` (then of entries). A
 * page's links to itself are left out.
 */
export function backlinkIndex(files: readonly SourceFile[], options: BacklinkOptions): Map<string, Backlink[]> {
  // Each file's names are read once, for the name index and for its own pages.
  const read = new Map(files.map((file) => [file, fileNames(file)]));
  const namesOf = (file: SourceFile) => read.get(file) ?? fileNames(file);
  const names = options.names ?? wikiNameIndex(files, namesOf);
  const index = new Map<string, Backlink[]>();
  const seen = new Set<string>();
  for (const file of files) {
    for (const page of pagesOf(file, namesOf(file), options.lookup)) {
      const { hrefs, wikilinks } = linkTargets(page.text);
      const targets: string[] = [];
      for (const href of hrefs) {
        const resolved = resolveInternalLink(href, { from: file.path, lookup: options.lookup, base: '/' });
        if (resolved.kind === 'rewrite' && resolved.href.startsWith('/')) targets.push(pagePart(resolved.href));
      }
      for (const name of wikilinks) {
        const resolved = resolveWikilink(name, names);
        if (resolved.kind !== 'found') continue;
        const found = options.lookup(resolved.target.path, resolved.target.entry ?? '');
        if (found) targets.push(found.url);
      }
      for (const target of targets) {
        const pair = `${target}\n${page.url}`;
        if (target === page.url || seen.has(pair)) continue;
        seen.add(pair);
        const list = index.get(target);
        if (list) list.push({ url: page.url, title: page.title });
        else index.set(target, [{ url: page.url, title: page.title }]);
      }
    }
  }
  return index;
}
