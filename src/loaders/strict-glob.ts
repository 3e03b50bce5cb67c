import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { formatProblems, LabbookError, problems, type Problem } from '../lib/errors.ts';
import { deferStoreWrites } from './deferred-store.ts';
import { isWithin } from '../lib/safety/within.ts';
import { joinFolder } from '../lib/content/layouts.ts';

type GlobOptions = Parameters<typeof glob>[0];

/** `Error rendering til/a.md: reason` as logged by Astro's glob loader. */
const RENDER_ERROR = /^Error rendering (.+?): ([\s\S]*)$/;

/**
 * Drop cached entries whose file is gone under that exact name. The glob loader keeps an unchanged
 * entry's old path, so a rename that keeps the id (`note.md` to `Note.md`) would keep linking the old
 * file and can fail the build. Names are compared exactly, also on case-insensitive disks.
 */
export function forgetMovedFiles(context: Pick<LoaderContext, 'store' | 'config'>): void {
  const root = fileURLToPath(context.config.root);
  const listings = new Map<string, Set<string>>();
  const present = (path: string) => {
    const dir = dirname(path);
    let names = listings.get(dir);
    if (!names) {
      try {
        names = new Set(readdirSync(dir));
      } catch {
        names = new Set();
      }
      listings.set(dir, names);
    }
    return names.has(basename(path));
  };
  for (const [id, entry] of context.store.entries()) {
    if (entry.filePath && !present(resolve(root, entry.filePath))) context.store.delete(id);
  }
}

/**
 * The loader's `generateId`, refusing an entry whose file is really outside the content folder (the
 * folder that holds `base` as `folder`). The content check refuses such links before Astro starts; this keeps a link
 * made while `astro dev` runs from being published.
 */
function insideWikiOnly(options: GlobOptions, folder: string): NonNullable<GlobOptions['generateId']> {
  const generateId = options.generateId ?? (({ entry }) => entry.replace(/\.[^./]+$/, ''));
  const base = typeof options.base === 'string' ? options.base : options.base ? fileURLToPath(options.base) : undefined;
  let wiki: string | undefined;
  return (args) => {
    if (base) {
      // `base` is the kind's folder (`folder`, maybe nested: TILs/WEEKLY) inside the content folder; resolved once.
      wiki ??= realpathSync(resolve(base, ...(folder === '' ? [] : folder.split('/').map(() => '..'))));
      const path = joinFolder(folder, args.entry);
      if (!isWithin(realpathSync(resolve(base, args.entry)), wiki)) throw new LabbookError([problems.symlinkOutside(path)]);
    }
    return generateId(args);
  };
}

/** Front matter completed before the schema sees it (a docs page's title from its first heading). */
export type PrepareData = (data: Record<string, unknown>, filePath: string | undefined) => Record<string, unknown>;

/**
 * Astro's glob loader, except that a Markdown render error fails the build. The stock loader only
 * logs it and publishes an empty page (withastro/astro#18054). Errors are collected through the
 * logger it is handed, so every broken file is reported in one run, prefixed with `folder`.
 */
export function strictGlob(options: GlobOptions & { folder: string; prepareData?: PrepareData }): Loader {
  const { folder, prepareData, ...globOptions } = options;
  const inner = glob({ ...globOptions, generateId: insideWikiOnly(globOptions, folder) });
  return {
    name: 'labbook-strict-glob',
    load: async (context: LoaderContext) => {
      forgetMovedFiles(context);
      // An optional kind the wiki does not use (no weekly/ folder) is simply empty, not a warning.
      if (typeof globOptions.base === 'string' && !existsSync(globOptions.base)) return;
      const failures: Problem[] = [];
      // Collected while the folder loads, then thrown together. Later (the dev server reloading a
      // saved file) there is no load to fail: the problem is logged in Labbook's words.
      let loading = true;
      const logger = Object.create(context.logger) as LoaderContext['logger'];
      logger.error = (message: string) => {
        const match = RENDER_ERROR.exec(message);
        if (!match?.[1]) return context.logger.error(message);
        const problem = problems.renderFailed(joinFolder(folder, match[1]), match[2] ?? '');
        if (loading) failures.push(problem);
        else context.logger.error(formatProblems([problem], 'Labbook cannot render a note'));
      };
      // One data-store save at the end of the load instead of a cycle of saves (deferred-store.ts).
      const deferred = deferStoreWrites(context.store);
      try {
        const parseData: LoaderContext['parseData'] = prepareData
          ? async <TData extends Record<string, unknown>>(entry: Parameters<LoaderContext['parseData']>[0] & { data: TData }) =>
              context.parseData({ ...entry, data: prepareData(entry.data, entry.filePath) as TData })
          : context.parseData;
        await inner.load({ ...context, store: deferred.store, logger, parseData });
      } finally {
        // Also on failure: the dev server's watcher keeps writing through this store.
        deferred.flush();
        loading = false;
      }
      if (failures.length) throw new LabbookError(failures);
    },
  };
}
