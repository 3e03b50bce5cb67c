import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { KindName } from './kinds.ts';

/**
 * Layouts: where each kind lives in a wiki, so Labbook reads notes where the team already keeps
 * them. A layout maps kinds to folders; the kinds don't know which layout found them. Rules keep
 * working on "logical" paths (`til/2023-11-01.md`), the path the file would have in the `labbook`
 * layout, while every message names the file where it really is (`TILs/2023-11-01.md`).
 */

export type KindFolders = Readonly<Record<KindName, string>>;

export const LAYOUTS = {
  /** Labbook's own: one folder per kind at the top of the content folder. */
  labbook: { til: 'til', docs: 'docs', weekly: 'weekly', models: 'models', datasets: 'datasets', playbooks: 'playbooks', api: 'api', notebooks: 'notebooks', experiments: 'experiments' },
  /**
   * The engineering diary most ML engineers copy: daily logs and notes in `TILs/`, weekly summaries
   * in `TILs/WEEKLY/`, beside `docs/` and `notebooks/` in a project repository (src/ and data/ are not read).
   */
  diary: { til: 'TILs', docs: 'docs', weekly: 'TILs/WEEKLY', models: 'models', datasets: 'datasets', playbooks: 'playbooks', api: 'api', notebooks: 'notebooks', experiments: 'experiments' },
  /**
   * A TIL repository (jbranchaud/til, simonw/til): one folder per topic at the top, `<topic>/<note>.md`
   * at any depth, usually without front matter. `''` is the content folder itself; the other kinds
   * keep their own folders inside it. Files at the top (README, LICENSE, CONTRIBUTING) are the
   * repository's, not notes.
   */
  'til-repo': { til: '', docs: 'docs', weekly: 'weekly', models: 'models', datasets: 'datasets', playbooks: 'playbooks', api: 'api', notebooks: 'notebooks', experiments: 'experiments' },
  /** A folder of Markdown written for GitHub (a book, a handbook): its whole tree is the docs. */
  'docs-root': { til: 'til', docs: '', weekly: 'weekly', models: 'models', datasets: 'datasets', playbooks: 'playbooks', api: 'api', notebooks: 'notebooks', experiments: 'experiments' },
} as const satisfies Record<string, KindFolders>;

export type LayoutName = keyof typeof LAYOUTS;

/** Each layout in one line, for `labbook init` and the labbook.yaml it writes. */
export const LAYOUT_SUMMARIES: Readonly<Record<LayoutName, string>> = {
  labbook: 'til/, docs/, weekly/, models/, playbooks/, api/',
  diary: 'daily logs and notes in TILs/, weekly summaries in TILs/WEEKLY/, docs/',
  'til-repo': 'a TIL repository: notes in topic folders (<topic>/<note>.md), the topic is the category; files at the top are the repository\'s',
  'docs-root': 'docs from the whole folder tree (README.md is a folder\'s page)',
};
export const LAYOUT_NAMES = Object.keys(LAYOUTS) as LayoutName[];

const isFolder = (path: string) => existsSync(path) && statSync(path).isDirectory();

/** Folders that make a wiki one of the folder-per-kind layouts (`labbook`, `diary`). */
const KIND_FOLDER_NAMES = ['til', 'TILs', 'docs', 'weekly', 'models', 'playbooks', 'api'];

/** What the top of a folder without kind folders holds: its Markdown, per top-level folder. */
export interface FolderShape {
  /** Markdown files directly in the folder (README.md included). */
  rootMarkdown: number;
  /** Each top-level folder (not `_`/`.`, not node_modules) that holds Markdown at some depth. */
  topics: { name: string; notes: number; readme: boolean; deeper: number }[];
}

const MARKDOWN_FILE = /\.mdx?$/i;
const FOLDER_PAGE_FILE = /^(?:readme|index)\.mdx?$/i;
/** Never notes, at any depth: tools' folders. Skipped like `_` and `.` names. */
export const TOOL_FOLDERS: ReadonlySet<string> = new Set(['node_modules']);
const skippedName = (name: string) => name.startsWith('.') || name.startsWith('_') || TOOL_FOLDERS.has(name);

/**
 * Folders at the top of a repository that are never notes when a kind reads the whole folder
 * (`til-repo`, `docs-root`): `labbook build` writes the site to `dist/` there, and its
 * readme-feed.md must not come back as a note in the next build.
 */
export const TOP_OUTPUT_FOLDERS: ReadonlySet<string> = new Set(['dist']);

function markdownBelow(dir: string): number {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skippedName(entry.name)) continue;
    if (entry.isDirectory()) count += markdownBelow(join(dir, entry.name));
    else if (entry.isFile() && MARKDOWN_FILE.test(entry.name)) count += 1;
  }
  return count;
}

/** Read the shape of a folder (file names only, no contents). */
export function readFolderShape(dir: string): FolderShape {
  const shape: FolderShape = { rootMarkdown: 0, topics: [] };
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return shape;
  }
  for (const entry of entries) {
    if (skippedName(entry.name) || TOP_OUTPUT_FOLDERS.has(entry.name)) continue;
    if (entry.isFile() && MARKDOWN_FILE.test(entry.name)) shape.rootMarkdown += 1;
    if (!entry.isDirectory()) continue;
    const topic = { name: entry.name, notes: 0, readme: false, deeper: 0 };
    for (const inner of readdirSync(join(dir, entry.name), { withFileTypes: true })) {
      if (skippedName(inner.name)) continue;
      if (inner.isDirectory()) topic.deeper += markdownBelow(join(dir, entry.name, inner.name));
      else if (inner.isFile() && FOLDER_PAGE_FILE.test(inner.name)) topic.readme = true;
      else if (inner.isFile() && MARKDOWN_FILE.test(inner.name)) topic.notes += 1;
    }
    if (topic.notes + topic.deeper > 0 || topic.readme) shape.topics.push(topic);
  }
  return shape;
}

/**
 * The layout of a folder without kind folders, from its shape. A TIL repository: at least two topic
 * folders of notes, few of them with a README (a book's chapters each have one), at least as many
 * notes one folder down as deeper. Any other folder with Markdown: docs from its tree. Else undefined.
 */
export function layoutOfShape(shape: FolderShape): LayoutName | undefined {
  const withNotes = shape.topics.filter((topic) => topic.notes > 0);
  const notes = withNotes.reduce((sum, topic) => sum + topic.notes, 0);
  const deeper = shape.topics.reduce((sum, topic) => sum + topic.deeper, 0);
  const readmes = shape.topics.filter((topic) => topic.readme).length;
  if (withNotes.length >= 2 && readmes * 4 <= shape.topics.length && deeper <= notes) return 'til-repo';
  if (shape.rootMarkdown + notes + deeper + readmes > 0) return 'docs-root';
  return undefined;
}

/**
 * The layout of a wiki that names none in labbook.yaml: the diary when it has `TILs/` and no `til/`
 * (on a case-insensitive disk both names are one folder: then it is the one that exists by name);
 * `labbook` when it has any kind folder; else its shape decides (a TIL repository of topic folders,
 * or docs at the root), and an empty folder is `labbook`.
 */
export function detectLayout(
  contentDir: string,
  exists: (path: string) => boolean = isFolder,
  shape: (dir: string) => FolderShape = readFolderShape,
): LayoutName {
  if (exists(join(contentDir, 'TILs')) && !exists(join(contentDir, 'til'))) return 'diary';
  if (KIND_FOLDER_NAMES.some((name) => exists(join(contentDir, name)))) return 'labbook';
  return layoutOfShape(shape(contentDir)) ?? 'labbook';
}

/** `path` lies in `folder` (`''`: the content folder itself holds every path). */
export const inFolder = (path: string, folder: string): boolean => folder === '' || path.startsWith(`${folder}/`);

/** `folder/name` (just `name` in the content folder itself). */
export const joinFolder = (folder: string, name: string): string => (folder === '' ? name : `${folder}/${name}`);

/** The kind a content path belongs to and its path inside that kind's folder: the longest folder that holds it wins. */
export function locate(path: string, folders: KindFolders): { kind: KindName; name: string } | undefined {
  let best: { kind: KindName; name: string; length: number } | undefined;
  for (const [kind, folder] of Object.entries(folders) as [KindName, string][]) {
    if (!inFolder(path, folder) || (best && best.length >= folder.length)) continue;
    best = { kind, name: folder === '' ? path : path.slice(folder.length + 1), length: folder.length };
  }
  // A TIL repository's own files at the top (README.md, CONTRIBUTING.md) are not notes.
  if (best && folders[best.kind] === '' && best.kind === 'til' && !best.name.includes('/')) return undefined;
  return best && { kind: best.kind, name: best.name };
}

/**
 * Only files in a sub-folder of this kind's folder are its pages: TILs kept at the top of the
 * repository (the `til-repo` layout), whose top-level files are the repository's own.
 */
export function topicsOnly(kind: KindName, folders: KindFolders): boolean {
  return kind === 'til' && folders.til === '';
}

/** The path a file would have in the `labbook` layout (`TILs/WEEKLY/2023-W44.md` -> `weekly/2023-W44.md`). */
export function logicalPath(path: string, folders: KindFolders): string {
  const found = locate(path, folders);
  return found ? `${found.kind}/${found.name}` : path;
}

/** The folders of one kind's files that belong to other kinds (`TILs/WEEKLY` inside `TILs`), relative to its own folder. */
export function nestedKindFolders(kind: KindName, folders: KindFolders): string[] {
  const own = folders[kind];
  return Object.values(folders)
    .filter((folder) => folder !== own && inFolder(folder, own))
    .map((folder) => (own === '' ? folder : folder.slice(own.length + 1)));
}
