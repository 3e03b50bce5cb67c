import { existsSync, statSync } from 'node:fs';
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
} as const satisfies Record<string, KindFolders>;

export type LayoutName = keyof typeof LAYOUTS;
export const LAYOUT_NAMES = Object.keys(LAYOUTS) as LayoutName[];

const isFolder = (path: string) => existsSync(path) && statSync(path).isDirectory();

/**
 * The layout of a wiki that names none in labbook.yaml: the diary when it has `TILs/` and no `til/`
 * (on a case-insensitive disk both names are one folder: then it is the one that exists by name).
 */
export function detectLayout(contentDir: string, exists: (path: string) => boolean = isFolder): LayoutName {
  return exists(join(contentDir, 'TILs')) && !exists(join(contentDir, 'til')) ? 'diary' : 'labbook';
}

/** The kind a content path belongs to and its path inside that kind's folder: the longest folder that holds it wins. */
export function locate(path: string, folders: KindFolders): { kind: KindName; name: string } | undefined {
  let best: { kind: KindName; name: string; length: number } | undefined;
  for (const [kind, folder] of Object.entries(folders) as [KindName, string][]) {
    if (!path.startsWith(`${folder}/`) || (best && best.length >= folder.length)) continue;
    best = { kind, name: path.slice(folder.length + 1), length: folder.length };
  }
  return best && { kind: best.kind, name: best.name };
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
    .filter((folder) => folder !== own && folder.startsWith(`${own}/`))
    .map((folder) => folder.slice(own.length + 1));
}
