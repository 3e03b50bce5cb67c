import { posix } from 'node:path';
import { slug } from 'github-slugger';
import { parseEntryHeading } from './daily-log.ts';
import { normalizeSource } from './frontmatter.ts';
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

/** What names a file's pages, read without a full YAML or Markdown parse (once per build for every file). */
export interface FileNames {
  /** Front matter `title`, else (docs) the first `# ` heading. */
  title?: string;
  aliases: string[];
  draft: boolean;
  /** The Markdown after the front matter, LF line endings. */
  body: string;
  /** A daily log's entries: title, GitHub's anchor of the heading, and its own Markdown. */
  entries: { title: string; anchor: string; body: string }[];
}

const FRONT_FENCE = /^---[ \t]*$/;
const KEY_LINE = /^([A-Za-z_][\w-]*):[ \t]*(.*?)[ \t]*$/;
const FENCE_LINE = /^ {0,3}(`{3,}|~{3,})/;

/** A YAML flow scalar as written: quotes removed (`'it''s'`, `"a \"b\""`), comments dropped. */
function scalar(text: string): string {
  const value = text.trim();
  if (value.startsWith('"')) {
    try {
      return String(JSON.parse(value.replace(/\s+#.*$/, '')));
    } catch {
      return value.slice(1, value.lastIndexOf('"') > 0 ? value.lastIndexOf('"') : undefined);
    }
  }
  if (value.startsWith("'")) return value.slice(1, value.lastIndexOf("'") > 0 ? value.lastIndexOf("'") : undefined).replace(/''/g, "'");
  return value.replace(/\s+#.*$/, '');
}

/** `[a, "b c"]`, `a, b` or `a`: the items. */
function items(text: string): string[] {
  const inner = text.trim().replace(/^\[/, '').replace(/\]$/, '');
  return inner.split(',').map(scalar).filter(Boolean);
}

/**
 * The names of a file's pages: front matter `title`, `aliases`, `draft`, read line by line (plain,
 * quoted, flow and block-list forms), and for a daily log its `### ` entries. A front matter the
 * scan cannot read (no closing `---`) gives no title; the validator reports it.
 */
export function fileNames(file: SourceFile): FileNames {
  const lines = normalizeSource(file.source).split('\n');
  let bodyStart = 0;
  const data: { title?: string; aliases: string[]; draft: boolean } = { aliases: [], draft: false };
  if (FRONT_FENCE.test(lines[0] ?? '')) {
    const end = lines.findIndex((line, i) => i > 0 && FRONT_FENCE.test(line));
    if (end > 0) {
      bodyStart = end + 1;
      for (let i = 1; i < end; i++) {
        const match = KEY_LINE.exec(lines[i] as string);
        if (!match) continue;
        const [, name, value = ''] = match;
        if (name === 'title' && value && !/^[|>]/.test(value)) data.title = scalar(value);
        else if (name === 'draft') data.draft = value === 'true';
        else if (name === 'aliases' && value) data.aliases = items(value);
        else if (name === 'aliases') {
          for (let j = i + 1; j < end && /^\s*-\s/.test(lines[j] as string); j++) data.aliases.push(scalar((lines[j] as string).replace(/^\s*-\s/, '')));
        }
      }
    }
  }
  const bodyLines = lines.slice(bodyStart);
  const body = bodyLines.join('\n');
  const entries: FileNames['entries'] = [];
  const logical = logicalOf(file);
  let title = data.title;
  let fence: string | undefined;
  let current: { title: string; anchor: string; start: number } | undefined;
  const close = (at: number) => current && entries.push({ title: current.title, anchor: current.anchor, body: bodyLines.slice(current.start, at).join('\n') });
  const daily = isDailyLog(logical);
  for (const [index, line] of bodyLines.entries()) {
    const fenceMark = FENCE_LINE.exec(line)?.[1];
    if (fenceMark && (!fence || fenceMark.startsWith(fence))) fence = fence ? undefined : fenceMark;
    if (fence || fenceMark) continue;
    if (!title && !daily && logical.startsWith('docs/') && /^# +\S/.test(line)) title = line.replace(/^#+\s*/, '').replace(/\s+#+\s*$/, '');
    if (daily && /^#{2,3}(?:\s|$)/.test(line)) {
      close(index);
      current = undefined;
      if (line.startsWith('### ')) {
        const heading = line.replace(/^#+\s*/, '').replace(/\s+#+\s*$/, '');
        current = { title: parseEntryHeading(heading).title, anchor: slug(heading), start: index + 1 };
      }
    }
  }
  close(bodyLines.length);
  return { ...data, ...(title ? { title } : {}), body, entries };
}

/**
 * The index of names: for each page, its file name (without extension), its path without
 * extension (`docs/guides/setup`), its title and its aliases; for a daily log, each entry's title
 * too (to that entry). Linear in the wiki. `names` lets a caller that already read them pass them.
 */
export function wikiNameIndex(files: readonly SourceFile[], names: (file: SourceFile) => FileNames = fileNames): WikiNameIndex {
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
    const found = names(file);
    if (found.title) add(found.title, page);
    for (const alias of found.aliases) add(alias, page);
    for (const entry of found.entries) add(entry.title, { path: file.path, entry: entry.anchor, label: `${file.path} (${entry.title})` });
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
