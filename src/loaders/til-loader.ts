import { readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { isDailyLogFileName, splitDailyLog } from '../lib/daily-log.ts';
import { LabbookError, LabbookFailure, problems, type Problem } from '../lib/errors.ts';
import { parseTilFileName } from '../lib/routes.ts';
import { deferStoreWrites } from './deferred-store.ts';
import { strictGlob } from './strict-glob.ts';
import { ignoredPatternsIn, listWiki } from '../lib/content/files.ts';
import { joinFolder, nestedKindFolders, topicsOnly, type KindFolders } from '../lib/content/layouts.ts';
import { parseFrontmatter } from '../lib/frontmatter.ts';
import { gitHistory } from '../lib/git/history.ts';
import { topicNote, withTopicNoteData } from '../lib/til/topic-notes.ts';

/** Is this stored entry cut out of a daily log (its file is `YYYY-MM-DD.md`)? */
function fromDailyLog(context: LoaderContext, id: string): boolean {
  const filePath = context.store.get(id)?.filePath;
  return Boolean(filePath && isDailyLogFileName(basename(filePath)));
}

/**
 * Load every entry of every daily log in `base` as its own TIL: validated by the collection
 * schema, rendered with the site's Markdown pipeline, and re-rendered only when it changed.
 * `reload` (the dev server, after a daily log was saved): a log whose headings are wrong keeps its
 * entries as they were (the dev server's check of the saved file shows the problem).
 */
async function loadDailyLogs(context: LoaderContext, contentDir: string, folders: KindFolders, reload = false): Promise<void> {
  const root = fileURLToPath(context.config.root);
  const base = join(contentDir, folders.til);
  // The content reader's rules (no link out of the wiki, no `_` files), not a listing of our own.
  const names = listWiki(contentDir, { folders, kinds: ['til'] })
    .paths.map((path) => (folders.til === '' ? path : path.slice(folders.til.length + 1)))
    .filter(isDailyLogFileName);
  const seen = new Set<string>();
  const failures: Problem[] = [];
  for (const name of names) {
    const path = join(base, name);
    const file = joinFolder(folders.til, name);
    const { entries, problems: found } = splitDailyLog(readFileSync(path, 'utf8'), file);
    const filePath = relative(root, path).split(sep).join('/');
    if (found.length && !reload) throw new LabbookError(found);
    if (found.length) {
      for (const [id, entry] of context.store.entries()) if (entry.filePath === filePath) seen.add(id);
      continue;
    }
    for (const { body, line, bodyLine: _bodyLine, slug, ...data } of entries) {
      seen.add(slug);
      const digest = context.generateDigest(JSON.stringify({ data, body }));
      const existing = context.store.get(slug);
      if (existing?.digest === digest && existing.rendered && existing.filePath === filePath) continue;
      try {
        const rendered = await context.renderMarkdown(body, { fileURL: pathToFileURL(path) });
        const parsed = await context.parseData({ id: slug, data, filePath: path });
        context.store.set({ id: slug, data: parsed, body, filePath, digest, rendered });
      } catch (error) {
        failures.push(problems.renderFailed(`${file}:${line}`, error instanceof Error ? error.message : String(error)));
      }
    }
  }
  for (const id of context.store.keys()) {
    if (!seen.has(id) && fromDailyLog(context, id)) context.store.delete(id);
  }
  if (failures.length) throw new LabbookError(failures);
}

/**
 * The TIL collection: one-note files through the (strict) glob loader, plus one entry per
 * `### Title` entry of each daily log. The glob loader deletes entries it did not load
 * itself, so it is shown a store without the daily-log entries.
 */
export function tilLoader(contentDir: string, folders: KindFolders): Loader {
  const base = join(contentDir, folders.til);
  const logical = (entry: string) => `til/${entry}`;
  const singles = strictGlob({
    folder: folders.til,
    pattern: [
      // Notes in topic folders at any depth; at the top of a TIL repository only those (README.md is the repository's).
      ...(topicsOnly('til', folders) ? [] : ['*.{md,mdx}']),
      '*/**/*.{md,mdx}',
      // Daily logs (`2026-11-02.md`) are split below, not loaded as one page.
      '![0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9].md',
      // Other kinds' folders inside this one (TILs/WEEKLY, a TIL repository's docs/).
      ...nestedKindFolders('til', folders).map((folder) => `!${folder}/**`),
      ...ignoredPatternsIn(folders.til),
    ],
    base,
    // The validator has already rejected names that give no slug; fall back to the name anyway.
    generateId: ({ entry }) => topicNote(logical(entry))?.slug ?? parseTilFileName(entry)?.slug ?? entry,
    // A note in a topic folder: title from its heading, day from its first commit, category from its folder.
    prepareData: (data, filePath) => {
      if (!filePath) return data;
      const entry = relative(base, filePath).split(sep).join('/');
      if (!topicNote(logical(entry))) return data;
      const { body } = parseFrontmatter(readFileSync(filePath, 'utf8'));
      return withTopicNoteData(data, body, logical(entry), gitHistory(contentDir).datesOf(filePath)?.created);
    },
  });
  return {
    name: 'labbook-til',
    load: async (outer) => {
      // Both halves write into one held store, saved once at the end (deferred-store.ts).
      const deferred = deferStoreWrites(outer.store);
      const context: LoaderContext = { ...outer, store: deferred.store };
      const visible = (id: string) => !fromDailyLog(context, id);
      const store: LoaderContext['store'] = {
        ...context.store,
        keys: () => context.store.keys().filter(visible),
        entries: () => context.store.entries().filter(([id]) => visible(id)),
      };
      try {
        await singles.load({ ...context, store });
        await loadDailyLogs(context, contentDir, folders);
      } finally {
        deferred.flush();
      }
      // Under `astro dev`: the glob loader reloads the one-note files it loaded; a saved daily log
      // is split and its changed entries rendered again here (one reload at a time).
      const watcher = outer.watcher;
      if (!watcher) return;
      let reloads = Promise.resolve();
      const onDailyLog = (changed: string) => {
        if (dirname(changed) !== resolve(base) || !isDailyLogFileName(basename(changed))) return;
        const name = joinFolder(folders.til, basename(changed));
        reloads = reloads.then(() =>
          loadDailyLogs(context, contentDir, folders, true).then(
            () => outer.logger.info(`Reloaded data from ${name}`),
            (error: unknown) => outer.logger.error(error instanceof LabbookFailure ? error.message : `Failed to reload ${name}: ${String(error)}`),
          ),
        );
      };
      for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, onDailyLog);
    },
  };
}
