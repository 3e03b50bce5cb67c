import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { slug } from 'github-slugger';
import { splitDailyLog } from './daily-log.ts';
import type { ContentUrlLookup } from './internal-links.ts';
import { urls } from './routes.ts';
import { listWiki } from './content/files.ts';
import { isDailyLog, urlOf } from './validate-content.ts';
import { KINDS } from './content/kinds.ts';
import { LAYOUTS, logicalPath, type KindFolders } from './content/layouts.ts';

/** Where each content file is published, for resolving links between pages. */
export interface ContentUrlIndex {
  lookup: ContentUrlLookup;
  /** Every page file, relative to the content folder. */
  paths: () => string[];
}

/** Markdown and MDX files of the content kinds, relative to `contentDir`, forward slashes. */
export function listPageFiles(contentDir: string, folders: KindFolders = LAYOUTS.labbook): string[] {
  return listWiki(contentDir, { folders, kinds: KINDS.map((kind) => kind.name) }).paths;
}

/** The `### ...` heading text of each entry of a daily log, with its page URL. */
function dailyLogEntries(contentDir: string, path: string): { anchor: string; url: string }[] {
  const source = readFileSync(join(contentDir, path), 'utf8');
  const lines = source.split(/\r?\n/);
  return splitDailyLog(source, path).entries.map((entry) => ({
    anchor: slug((lines[entry.line - 1] ?? '').replace(/^\s*#+\s*/, '').replace(/\s*#+\s*$/, '')),
    url: urls.til(entry.slug),
  }));
}

/**
 * An index of the content folder's pages, read once (the file list only; a daily log is read when
 * something links to it). A link to a daily log goes to the entry its anchor names (GitHub's
 * anchor of the entry's heading), else to the day's first entry.
 */
export function contentUrlIndex(contentDir: string, folders: KindFolders = LAYOUTS.labbook): ContentUrlIndex {
  const files = new Set(listPageFiles(contentDir, folders));
  const logs = new Map<string, { anchor: string; url: string }[]>();
  const lookup: ContentUrlLookup = (path, fragment) => {
    if (!files.has(path)) return undefined;
    const logical = logicalPath(path, folders);
    if (isDailyLog(logical)) {
      if (!logs.has(path)) logs.set(path, dailyLogEntries(contentDir, path));
      const entries = logs.get(path) ?? [];
      const named = fragment ? entries.find((entry) => entry.anchor === fragment) : undefined;
      if (named) return { url: named.url, dropFragment: true };
      return entries[0] ? { url: entries[0].url } : undefined;
    }
    const { url } = urlOf(logical);
    return url ? { url } : undefined;
  };
  return { lookup, paths: () => [...files] };
}

/** Site-relative URL (without base) -> the content file it is built from, for naming files in reports. */
export function pageSources(contentDir: string, folders: KindFolders = LAYOUTS.labbook): Map<string, string> {
  const sources = new Map<string, string>();
  for (const path of listPageFiles(contentDir, folders)) {
    const logical = logicalPath(path, folders);
    if (isDailyLog(logical)) {
      for (const entry of dailyLogEntries(contentDir, path)) sources.set(entry.url, path);
      continue;
    }
    const { url } = urlOf(logical);
    if (url) sources.set(url, path);
  }
  return sources;
}
