import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { listFileFolders, listWiki } from '../lib/content/files.ts';
import { RUN_MARKERS } from '../lib/experiments/run.ts';
import { KINDS, type KindName } from '../lib/content/kinds.ts';
import { LAYOUTS, locate, logicalPath, TOP_OUTPUT_FOLDERS, type LayoutName } from '../lib/content/layouts.ts';
import { splitDailyLog } from '../lib/daily-log.ts';
import { listApiFiles } from '../lib/openapi/api-files.ts';
import { isDailyLog } from '../lib/validate-content.ts';
import { topicNote } from '../lib/til/topic-notes.ts';

/** What `labbook init` found in a folder, in its layout. */
export interface WikiSurvey {
  layout: LayoutName;
  /** Pages (or specs) per kind; TILs count every entry of a daily log. */
  counts: Record<KindName, number>;
  /** TIL files of one note, and daily logs with the entries they hold. */
  tils: { single: number; dailyLogs: number; entries: number };
  /** Topic folders holding TILs (`vim/` of `vim/buffers.md`, a TIL repository's categories). */
  topics: number;
  /** Markdown files at the top level or one folder down that no kind folder holds (README.md excepted). */
  unplaced: string[];
  /** The README at the top, as it is named there (`README.md`, `readme.md`). */
  readme?: string;
  /** The README is a page of the site (the docs' home page when the docs are the whole folder). */
  readmeIsPage?: boolean;
}

const MARKDOWN = /\.mdx?$/i;
const README = /^readme\.md$/i;

/** Folders of tools, never notes: skipped like `.` and `_` folders. */
const NOT_NOTES = new Set(['node_modules']);
const skipped = (name: string) => name.startsWith('.') || name.startsWith('_') || NOT_NOTES.has(name);

function entries(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

/** Count the wiki's pages per kind with the content reader, and list the Markdown it would not read. */
export function surveyWiki(dir: string, layout: LayoutName): WikiSurvey {
  const folders = LAYOUTS[layout];
  const counts = Object.fromEntries(KINDS.map((kind) => [kind.name, 0])) as Record<KindName, number>;
  const tils = { single: 0, dailyLogs: 0, entries: 0 };
  const topics = new Set<string>();
  const listed = new Set(listWiki(dir, { folders }).paths);
  for (const path of listed) {
    const kind = locate(path, folders)?.kind;
    if (!kind) continue;
    if (kind === 'til' && isDailyLog(logicalPath(path, folders))) {
      const found = splitDailyLog(readFileSync(join(dir, path), 'utf8'), path).entries.length;
      tils.dailyLogs += 1;
      tils.entries += found;
      counts.til += found;
      continue;
    }
    if (kind === 'til') tils.single += 1;
    const topic = kind === 'til' ? topicNote(logicalPath(path, folders))?.topic : undefined;
    if (topic) topics.add(topic);
    counts[kind] += 1;
  }
  counts.api = listApiFiles(dir).specs.length;
  counts.notebooks = listWiki(dir, { folders, kinds: ['notebooks'] }).paths.length;
  counts.experiments = listFileFolders(dir, folders.experiments, (names) => names.some((name) => RUN_MARKERS.includes(name))).folders.length;

  // Only the top two levels: a note the team forgot there is likely; deeper Markdown is usually code's docs.
  // Unplaced: Markdown the reader does not list and no kind's folder holds (a kind's own rules report the rest).
  const unplacedFile = (path: string) => !listed.has(path) && !locate(path, folders);
  const unplaced: string[] = [];
  let readme: string | undefined;
  for (const entry of entries(dir)) {
    if (skipped(entry.name) || TOP_OUTPUT_FOLDERS.has(entry.name)) continue;
    if (entry.isFile() && README.test(entry.name)) readme = entry.name;
    else if (entry.isFile() && MARKDOWN.test(entry.name) && unplacedFile(entry.name)) unplaced.push(entry.name);
    else if (entry.isDirectory()) {
      for (const inner of entries(join(dir, entry.name))) {
        const path = `${entry.name}/${inner.name}`;
        if (inner.isFile() && !skipped(inner.name) && MARKDOWN.test(inner.name) && unplacedFile(path)) unplaced.push(path);
      }
    }
  }
  unplaced.sort();
  return { layout, counts, tils, topics: topics.size, unplaced, ...(readme ? { readme, readmeIsPage: listed.has(readme) } : {}) };
}
