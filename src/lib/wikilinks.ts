import { posix } from 'node:path';
import { slug } from 'github-slugger';
import { splitDailyLog } from './daily-log.ts';
import { FrontmatterSyntaxError, normalizeSource, parseFrontmatter } from './frontmatter.ts';
import type { SourceFile } from './content/files.ts';
import { logicalOf } from './content/files.ts';
import { isDailyLog } from './validate-content.ts';

/**
 * Obsidian's wikilinks: `[[Note]]`, `[[Note|alias]]`, `[[Note#Heading]]` and `![[image.png]]`.
 * A note is found by its title, its file name or an entry of its `aliases` front matter, anywhere
 * in the wiki and whatever its kind, ignoring case as Obsidian does. Pure: the index is built from
 * the wiki's files ({@link SourceFile}, read by src/lib/content/files.ts).
 */

/** One `[[...]]` found in text. */
export interface Wikilink {
  /** Offsets of the whole construct in the text, `!` included for an embed. */
  start: number;
  end: number;
  /** `![[...]]`: an embedded image. */
  embed: boolean;
  /** What it names, trimmed: `Note` of `[[Note#Heading|alias]]`. */
  target: string;
  /** `Heading` of `[[Note#Heading]]`, trimmed; empty when none. */
  heading: string;
  /** `alias` of `[[Note|alias]]`, trimmed; empty when none. */
  alias: string;
}

// `[[` then anything but brackets and line breaks, then `]]`. `\|` is Obsidian's pipe inside tables.
const WIKILINK = /(!?)\[\[([^[\]\n]+)\]\]/g;

/** Cheap test on a document's raw text before parsing it. */
export const mayHaveWikilinks = (source: string): boolean => source.includes('[[');

/** The wikilinks of one text node (never code: callers give text outside code spans and fences). */
export function findWikilinks(text: string): Wikilink[] {
  const found: Wikilink[] = [];
  for (const match of text.matchAll(WIKILINK)) {
    const inner = match[2] ?? '';
    const pipe = inner.search(/\\?\|/);
    const ref = pipe === -1 ? inner : inner.slice(0, pipe);
    const alias = pipe === -1 ? '' : inner.slice(pipe).replace(/^\\?\|/, '').trim();
    const hash = ref.indexOf('#');
    const target = (hash === -1 ? ref : ref.slice(0, hash)).trim();
    const heading = hash === -1 ? '' : ref.slice(hash + 1).trim();
    // `[[#Heading]]` (same page) has no target; `[[ ]]` is not a link.
    if (target === '' && heading === '') continue;
    found.push({ start: match.index, end: match.index + match[0].length, embed: match[1] === '!', target, heading, alias });
  }
  return found;
}

/** Where a wikilink leads: a content file (and the anchor of a daily-log entry in it). */
export interface WikiTarget {
  /** Content path, forward slashes (`docs/guide.md`). */
  path: string;
  /** GitHub's anchor of a daily-log entry's heading, which src/lib/content-urls.ts sends to the entry's page. */
  entry?: string;
  /** What the target is called, for messages. */
  label: string;
}

/** Names that find each page, lower-cased, to the pages they find. */
export type WikiNameIndex = ReadonlyMap<string, readonly WikiTarget[]>;

const MARKDOWN = /\.mdx?$/i;
const key = (name: string) => name.trim().toLowerCase();

function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return value.split(',').map((part) => part.trim()).filter(Boolean);
  if (Array.isArray(value)) return value.filter((item): item is string | number => typeof item === 'string' || typeof item === 'number').map(String);
  return [];
}

/** A docs page's first `# ` heading, which titles it when front matter does not. */
const firstHeading = (body: string) => /^# +(.+?)\s*#*\s*$/m.exec(body)?.[1];

/**
 * The index of names: for each page, its file name (without extension), its path without
 * extension (`docs/guides/setup`), its title and its aliases; for a daily log, each entry's title
 * too (to that entry). Linear in the wiki. A front matter that does not parse gives only names
 * (the validator reports it).
 */
export function wikiNameIndex(files: readonly SourceFile[]): WikiNameIndex {
  const index = new Map<string, WikiTarget[]>();
  const add = (name: string, target: WikiTarget) => {
    const k = key(name);
    if (k === '') return;
    const list = index.get(k);
    if (!list) index.set(k, [target]);
    else if (!list.some((t) => t.path === target.path && t.entry === target.entry)) list.push(target);
  };
  for (const file of files) {
    const stem = file.path.replace(MARKDOWN, '');
    const page: WikiTarget = { path: file.path, label: file.path };
    add(posix.basename(stem), page);
    add(stem, page);
    let data: Record<string, unknown> = {};
    let body = file.source;
    try {
      ({ data, body } = parseFrontmatter(file.source));
    } catch (error) {
      if (!(error instanceof FrontmatterSyntaxError)) throw error;
    }
    const title = typeof data.title === 'string' ? data.title : logicalOf(file).startsWith('docs/') ? firstHeading(body) : undefined;
    if (title) add(title, page);
    for (const alias of stringsOf(data.aliases)) add(alias, page);
    if (isDailyLog(logicalOf(file))) {
      const lines = normalizeSource(file.source).split('\n');
      for (const entry of splitDailyLog(file.source, logicalOf(file)).entries) {
        const heading = (lines[entry.line - 1] ?? '').replace(/^\s*#+\s*/, '').replace(/\s*#+\s*$/, '');
        add(entry.title, { path: file.path, entry: slug(heading), label: `${file.path} (${entry.title})` });
      }
    }
  }
  return index;
}

/** What one wikilink resolves to. */
export type WikilinkResolution =
  | { kind: 'found'; target: WikiTarget }
  | { kind: 'ambiguous'; candidates: readonly WikiTarget[] }
  | { kind: 'missing' };

/** Resolve `[[target]]` by title, file name, path or alias (any case). */
export function resolveWikilink(target: string, index: WikiNameIndex): WikilinkResolution {
  const candidates = index.get(key(target.replace(MARKDOWN, ''))) ?? index.get(key(target)) ?? [];
  if (candidates.length === 0) return { kind: 'missing' };
  const pages = new Set(candidates.map((c) => c.path));
  // A daily log's file name and one of its entries' titles name the same file: the entry wins.
  if (candidates.length > 1 && pages.size === 1) return { kind: 'found', target: candidates.find((c) => c.entry) ?? (candidates[0] as WikiTarget) };
  if (candidates.length > 1) return { kind: 'ambiguous', candidates };
  return { kind: 'found', target: candidates[0] as WikiTarget };
}

/**
 * The content-absolute link a resolved wikilink stands for (`/docs/guide.md#setup`), which
 * src/lib/internal-links.ts turns into the published URL like any link written that way.
 */
export function wikilinkHref(target: WikiTarget, heading: string): string {
  const fragment = heading ? slug(heading) : (target.entry ?? '');
  if (target.path === '') return `#${fragment}`;
  return `/${target.path.split('/').map(encodeURIComponent).join('/')}${fragment ? `#${fragment}` : ''}`;
}

/** The text a wikilink shows: its alias, else what it names (`Note > Heading`, as Obsidian shows it). */
export function wikilinkText(link: Pick<Wikilink, 'target' | 'heading' | 'alias'>): string {
  if (link.alias) return link.alias;
  if (!link.target) return link.heading;
  return link.heading ? `${link.target} > ${link.heading}` : link.target;
}
