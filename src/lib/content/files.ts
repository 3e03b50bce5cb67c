import { lstatSync, readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { isWithin } from '../safety/within.ts';
import { gitHistory } from '../git/history.ts';
import { topicNote } from '../til/topic-notes.ts';
import { problems, type Problem } from '../errors.ts';
import { NOTEBOOK_FILE } from '../notebooks/routes.ts';
import { kind as kindEntry, MARKDOWN_KINDS, type KindName } from './kinds.ts';
import { joinFolder, LAYOUTS, logicalPath, nestedKindFolders, TOOL_FOLDERS, TOP_OUTPUT_FOLDERS, topicsOnly, type KindFolders } from './layouts.ts';

/**
 * The one reader of the content folder: which files are pages, walked with one set of rules that
 * every other part (validation, link index, loaders, CLI) gets from here.
 *
 * - `_` and `.` files and folders are not part of the wiki, at any depth.
 * - A symbolic link is followed only when it resolves inside the content folder; one that leaves it
 *   (or dangles) is a problem naming the link, and the target is never read.
 * - A link to a folder that is already part of the wiki (a loop, or a second path to a kind folder)
 *   is a problem: its pages would be published twice.
 * - Names that cannot be an address as they are (`#`, `?`, `%`) and names that differ only in
 *   Unicode normalisation are problems naming the files, never dropped silently.
 * - Text must be UTF-8 (a UTF-8 byte order mark is fine); anything else is named with its encoding.
 */

/** A content file as read from disk: path relative to the content folder (forward slashes). */
export interface SourceFile {
  path: string;
  source: string;
  /** Its path in the `labbook` layout when the wiki uses another (src/lib/content/layouts.ts): what rules read. */
  logical?: string;
  /** When a TIL in a topic folder was first committed (ISO 8601; the file's own date outside git): its day when the note states none. */
  created?: string;
}

/** The path the rules read: the file's path in the `labbook` layout. */
export const logicalOf = (file: Pick<SourceFile, 'path' | 'logical'>): string => file.logical ?? file.path;

/** The kinds whose files are Markdown/MDX pages, by name. */
const PAGE_KINDS: readonly KindName[] = MARKDOWN_KINDS.map((kind) => kind.name);

/** Which files to list: the layout's folders, and which kinds (default: every Markdown kind). */
export interface WikiScope {
  folders?: KindFolders;
  kinds?: readonly KindName[];
  /** Which file names are listed. Default: Markdown and MDX pages (api/ lists its YAML and JSON specs too). */
  files?: RegExp;
}

/** Markdown or MDX, by extension. */
const PAGE_EXTENSION = /\.mdx?$/i;

/** Characters a browser reads as the end of the path (`#`, `?`) or as an escape (`%`). */
const UNSAFE_NAME_CHARACTER = /[#?%]/;

/**
 * Glob patterns for Astro's loaders that leave out what the reader leaves out: the loader is given
 * these beside its own positive pattern. (Dot files and folders are already skipped by the glob.)
 */
export const IGNORED_PATTERNS = ['!**/_*', '!**/_*/**', '!**/.*', '!**/.*/**', '!**/node_modules/**'];

/** What a loader whose folder is `folder` leaves out besides {@link IGNORED_PATTERNS}: the build's output at the top. */
export const ignoredPatternsIn = (folder: string): string[] =>
  folder === '' ? [...IGNORED_PATTERNS, ...[...TOP_OUTPUT_FOLDERS].map((name) => `!${name}/**`)] : IGNORED_PATTERNS;

/** A name the wiki skips: drafts (`_x`) and tool folders (`.obsidian`). */
export function isIgnoredName(name: string): boolean {
  return name.startsWith('_') || name.startsWith('.') || TOOL_FOLDERS.has(name);
}

/** Some part of this relative path is skipped. */
export function isIgnoredPath(path: string): boolean {
  return path.split(/[\\/]/).some(isIgnoredName);
}


/** What the walk found: page paths (relative, forward slashes) and what it refused. */
export interface WikiListing {
  paths: string[];
  problems: Problem[];
}

interface Folder {
  /** The folder as the wiki sees it, relative to the content folder. */
  path: string;
  /** Where it really is. */
  real: string;
  /** Sub-folders (by path) that belong to another kind and are walked as that kind. */
  skip: ReadonlySet<string>;
  /** The files of its kind: Markdown/MDX pages, or notebooks. */
  pattern: RegExp;
  /** Its files are not pages (the top of a TIL repository: README, LICENSE are the repository's). */
  noFiles?: boolean;
}

/**
 * Walk the page folders of `contentDir` (the layout's folder of each kind in `scope`, default every
 * Markdown kind of the `labbook` layout) and list their Markdown and MDX pages (or the files
 * `scope.files` names) under the rules above. Reads no file contents.
 */
export function listWiki(contentDir: string, scope: WikiScope = {}): WikiListing {
  const layout = scope.folders ?? LAYOUTS.labbook;
  const kinds = scope.kinds ?? PAGE_KINDS;
  let rootReal: string;
  try {
    rootReal = realpathSync(contentDir);
  } catch {
    return { paths: [], problems: [] };
  }
  const found: Problem[] = [];
  const paths: string[] = [];
  const entered = new Set<string>();
  // Every kind folder is walked in its own right; a link into one would publish its pages twice.
  const kindRoots: string[] = [];

  /** Resolve a symbolic link: its real path when it stays inside the wiki, else a problem. */
  const follow = (full: string, path: string): string | undefined => {
    let real: string;
    try {
      real = realpathSync(full);
    } catch {
      found.push(problems.symlinkBroken(path));
      return undefined;
    }
    if (!isWithin(real, rootReal)) {
      found.push(problems.symlinkOutside(path));
      return undefined;
    }
    return real;
  };

  const stack: Folder[] = [];
  for (const kind of kinds) {
    const folder = layout[kind];
    const full = join(contentDir, folder);
    let stat;
    try {
      stat = lstatSync(full);
    } catch {
      continue; // A wiki without this kind.
    }
    const real = stat.isSymbolicLink() ? follow(full, folder) : realpathSync(full);
    if (!real || !statSync(real).isDirectory()) continue;
    kindRoots.push(real);
    const skip = new Set(nestedKindFolders(kind, layout).map((nested) => joinFolder(folder, nested)));
    stack.push({ path: folder, real, skip, pattern: scope.files ?? (kindEntry(kind).files === 'notebook' ? NOTEBOOK_FILE : PAGE_EXTENSION), noFiles: topicsOnly(kind, layout) });
  }

  while (stack.length > 0) {
    const folder = stack.pop() as Folder;
    if (entered.has(folder.real)) {
      found.push(problems.symlinkLoop(folder.path));
      continue;
    }
    entered.add(folder.real);
    let entries: Dirent[];
    try {
      entries = readdirSync(join(contentDir, folder.path), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (isIgnoredName(entry.name)) continue;
      const path = joinFolder(folder.path, entry.name);
      if (folder.skip.has(path)) continue;
      // The build's output at the top of a repository read as a whole (`dist/readme-feed.md`).
      if (folder.path === '' && TOP_OUTPUT_FOLDERS.has(entry.name)) continue;
      const full = join(contentDir, path);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        // Only a page or a folder matters; a link to a script or an image is checked where it is used.
        const real = follow(full, path);
        if (!real) continue;
        const stat = statSync(real);
        isDirectory = stat.isDirectory();
        isFile = stat.isFile();
        if (isDirectory) {
          const inKind = kindRoots.some((root) => isWithin(real, root));
          const ancestor = isWithin(folder.real, real);
          if (inKind || ancestor || entered.has(real)) {
            found.push(problems.symlinkLoop(path));
            continue;
          }
          stack.push({ path, real, skip: folder.skip, pattern: folder.pattern });
          continue;
        }
      }
      if (isDirectory) stack.push({ path, real: join(folder.real, entry.name), skip: folder.skip, pattern: folder.pattern });
      else if (isFile && !folder.noFiles && folder.pattern.test(entry.name)) paths.push(path);
    }
  }

  paths.sort();
  for (const path of paths) {
    const unsafe = UNSAFE_NAME_CHARACTER.exec(path);
    if (unsafe) found.push(problems.unsafeFileName(path, unsafe[0]));
  }
  // Two names that are the same text once normalised would be one address (and one file on macOS).
  const byNormalForm = new Map<string, string[]>();
  for (const path of paths) {
    const key = path.normalize('NFC');
    byNormalForm.set(key, [...(byNormalForm.get(key) ?? []), path]);
  }
  for (const twins of byNormalForm.values()) if (twins.length > 1) found.push(problems.nameTwins(twins));
  return { paths, problems: found };
}

/** A file's bytes as text, or what encoding it seems to be in and the first line that is not UTF-8. */
export function decodeText(bytes: Uint8Array): { text: string } | { encoding: string; line?: number } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { encoding: 'UTF-16 (it starts with a UTF-16 byte order mark)' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // Find the first line that does not decode, to point the author at it.
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let start = 0;
    let line = 1;
    for (let i = 0; i <= bytes.length; i++) {
      if (i < bytes.length && bytes[i] !== 0x0a) continue;
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        const hasNul = bytes.subarray(start, i).includes(0);
        return { encoding: hasNul ? 'UTF-16 or a binary file' : 'not valid UTF-8 (probably Latin-1 or Windows-1252)', line };
      }
      start = i + 1;
      line++;
    }
    return { encoding: 'not valid UTF-8' };
  }
}

/** The pages of the wiki with their text, read once, and every problem the walk or the reading found. */
export function readWiki(contentDir: string, scope: WikiScope = {}): { files: SourceFile[]; problems: Problem[] } {
  const listing = listWiki(contentDir, scope);
  const files: SourceFile[] = [];
  const found = [...listing.problems];
  for (const path of listing.paths) {
    const read = readPage(contentDir, path, scope.folders);
    if (read.file) files.push(read.file);
    else found.push(read.problem);
  }
  return { files, problems: found };
}

/**
 * One page that {@link listWiki} listed, read as {@link readWiki} reads it (UTF-8, its path in the
 * `labbook` layout, a topic note's first commit), or the encoding problem naming it. The dev
 * server reads a saved page again with it.
 */
export function readPage(contentDir: string, path: string, folders: KindFolders = LAYOUTS.labbook): { file: SourceFile; problem?: undefined } | { file?: undefined; problem: Problem } {
  const decoded = decodeText(readFileSync(join(contentDir, path)));
  if (!('text' in decoded)) return { problem: problems.encoding(path, decoded.line, decoded.encoding) };
  const logical = logicalPath(path, folders);
  const file: SourceFile = logical === path ? { path, source: decoded.text } : { path, source: decoded.text, logical };
  // One `git log` for the whole folder, asked only when a note may need its day from it.
  const created = topicNote(logical) ? gitHistory(contentDir).datesOf(join(contentDir, path))?.created : undefined;
  return { file: created ? { ...file, created } : file };
}

/** A notebook as read from disk: its size, and its text unless it is over the size limit (then it is not read). */
export interface NotebookFile {
  path: string;
  bytes: number;
  source?: string;
}

/**
 * The notebooks of the wiki (`.ipynb` in the layout's notebook folder, under the same rules as
 * pages), each read once unless it is larger than `maxBytes`, and every problem the walk or the
 * reading found.
 */
export function readNotebooks(contentDir: string, folders: KindFolders | undefined, maxBytes: number): { files: NotebookFile[]; problems: Problem[] } {
  const listing = listWiki(contentDir, { folders, kinds: ['notebooks'] });
  const files: NotebookFile[] = [];
  const found = [...listing.problems];
  for (const path of listing.paths) {
    const full = join(contentDir, path);
    const bytes = statSync(full).size;
    if (bytes > maxBytes) {
      files.push({ path, bytes });
      continue;
    }
    const decoded = decodeText(readFileSync(full));
    if ('text' in decoded) files.push({ path, bytes, source: decoded.text });
    else found.push(problems.encoding(path, decoded.line, decoded.encoding));
  }
  return { files, problems: found };
}

/** A folder of files read as one entry (an experiment run): its path and every file in it. */
export interface FileFolder {
  /** Relative to the content folder, forward slashes. */
  folder: string;
  /** Its files relative to it, at any depth, sorted; `_`/`.` names left out as everywhere. */
  names: string[];
}

/**
 * The folders under `root` (relative to the content folder) that `isEntry` accepts from the names
 * of the files directly in them, with every file below each: an experiment run is such a folder.
 * Folders inside an entry belong to it. The walk keeps the rules above: `_`/`.` names are skipped,
 * symbolic links that leave the content folder or loop are problems. Reads no file contents.
 */
export function listFileFolders(contentDir: string, root: string, isEntry: (names: readonly string[]) => boolean): { folders: FileFolder[]; problems: Problem[] } {
  const found: Problem[] = [];
  const folders: FileFolder[] = [];
  let rootReal: string;
  try {
    rootReal = realpathSync(contentDir);
    if (!statSync(join(contentDir, root)).isDirectory()) return { folders, problems: found };
  } catch {
    return { folders, problems: found };
  }
  const entered = new Set<string>();
  /** Files and folders of one folder, following links that stay inside the wiki. */
  const list = (path: string): { files: string[]; dirs: string[] } => {
    const files: string[] = [];
    const dirs: string[] = [];
    let real: string;
    try {
      real = realpathSync(join(contentDir, path));
    } catch {
      found.push(problems.symlinkBroken(path));
      return { files, dirs };
    }
    if (!isWithin(real, rootReal)) {
      found.push(problems.symlinkOutside(path));
      return { files, dirs };
    }
    if (entered.has(real)) {
      found.push(problems.symlinkLoop(path));
      return { files, dirs };
    }
    entered.add(real);
    for (const entry of readdirSync(join(contentDir, path), { withFileTypes: true })) {
      if (isIgnoredName(entry.name)) continue;
      const child = `${path}/${entry.name}`;
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(join(contentDir, child));
        } catch {
          found.push(problems.symlinkBroken(child));
          continue;
        }
        if (!isWithin(target, rootReal)) {
          found.push(problems.symlinkOutside(child));
          continue;
        }
        const stat = statSync(target);
        isDirectory = stat.isDirectory();
        isFile = stat.isFile();
      }
      if (isDirectory) dirs.push(entry.name);
      else if (isFile) files.push(entry.name);
    }
    return { files: files.sort(), dirs: dirs.sort() };
  };
  /** Every file below a folder, relative to it. */
  const below = (path: string, prefix = ''): string[] => {
    const { files, dirs } = list(path);
    return [...files.map((name) => prefix + name), ...dirs.flatMap((dir) => below(`${path}/${dir}`, `${prefix}${dir}/`))].sort();
  };
  const walk = (path: string) => {
    const { files, dirs } = list(path);
    if (isEntry(files)) {
      entered.delete(realpathSync(join(contentDir, path)));
      folders.push({ folder: path, names: below(path) });
      return;
    }
    for (const dir of dirs) walk(`${path}/${dir}`);
  };
  walk(root);
  return { folders: folders.sort((a, b) => (a.folder < b.folder ? -1 : 1)), problems: found };
}

/** One content file's text (UTF-8), or the encoding problem naming it. */
export function readContentText(contentDir: string, path: string): { text: string; problem?: undefined } | { text?: undefined; problem: Problem } {
  const decoded = decodeText(readFileSync(join(contentDir, path)));
  return 'text' in decoded ? { text: decoded.text } : { problem: problems.encoding(path, decoded.line, decoded.encoding) };
}

/**
 * Every file of the content folder by its name, lower-cased (`diagram.png` -> `docs/img/diagram.png`),
 * under the same rules (`_` and `.` names skipped at any depth; symbolic links not followed), for
 * references by name such as Obsidian's `![[diagram.png]]`. Reads no file contents.
 */
export function filesByName(contentDir: string): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  const stack = [''];
  while (stack.length > 0) {
    const folder = stack.pop() as string;
    let entries: Dirent[];
    try {
      entries = readdirSync(join(contentDir, folder), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (isIgnoredName(entry.name)) continue;
      const path = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.isDirectory()) stack.push(path);
      else if (entry.isFile()) {
        const name = entry.name.toLowerCase();
        byName.set(name, [...(byName.get(name) ?? []), path]);
      }
    }
  }
  for (const paths of byName.values()) paths.sort();
  return byName;
}
