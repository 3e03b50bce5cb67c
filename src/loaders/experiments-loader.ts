import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { LabbookError, location } from '../lib/errors.ts';
import { readExperiments } from '../lib/experiments/read-experiments.ts';

/**
 * Load every run folder under the experiments folder as one entry (src/lib/experiments/). All
 * runs are read on every load: a run's baseline and its leaderboard depend on the others. The
 * entry's digest covers everything read from every file of the run, so the page cache key changes
 * when any of them does. All problems fail the build together, and nothing is stored then.
 */
export function experimentsLoader(contentDir: string, folder: string): Loader {
  const load = async (context: LoaderContext) => {
    const root = fileURLToPath(context.config.root);
    const { runs, problems, warnings } = readExperiments(contentDir, folder);
    for (const warning of warnings) context.logger.warn(`${location(warning)}: ${warning.message}`);
    if (problems.length) throw new LabbookError(problems);
    const seen = new Set<string>();
    for (const run of runs) {
      seen.add(run.slug);
      const data = await context.parseData({ id: run.slug, data: { ...run } });
      const filePath = relative(root, resolve(contentDir, run.notes?.file ?? run.paramFiles[0] ?? run.metricFiles[0] ?? run.folder)).split(sep).join('/');
      context.store.set({ id: run.slug, data, filePath, digest: context.generateDigest(data) });
    }
    for (const id of context.store.keys()) if (!seen.has(id)) context.store.delete(id);
  };
  let watching = false;
  return {
    name: 'labbook-experiments',
    load: async (context) => {
      await load(context);
      if (!context.watcher || watching) return;
      watching = true;
      const base = resolve(contentDir, folder) + sep;
      context.watcher.add(base);
      for (const event of ['add', 'change', 'unlink'] as const) {
        context.watcher.on(event, (path) => {
          if (!resolve(path).startsWith(base)) return;
          load(context).catch((error: unknown) => context.logger.error(error instanceof Error ? error.message : String(error)));
        });
      }
    },
  };
}
