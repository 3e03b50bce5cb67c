import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { processIsRunning } from '../lib/build-lock.ts';
import { LabbookError, problems } from '../lib/errors.ts';
import { markSite, outputDirProblem } from '../lib/safety/output-dir.ts';
import { finishBackgroundWork } from './background-work.ts';

/** Remove staging folders left by builds that crashed; concurrent builds keep theirs. */
function removeStaleStaging(parent: string, prefix: string): void {
  if (!existsSync(parent)) return;
  for (const name of readdirSync(parent)) {
    const pid = Number(name.slice(prefix.length).split('.')[0]);
    if (name.startsWith(prefix) && !processIsRunning(pid)) rmSync(join(parent, name), { recursive: true, force: true });
  }
}

/**
 * Builds into a staging folder beside `outDir` and swaps it in only when the build finished, so a
 * failed build leaves the previous site exactly as it was. Register it last: later hooks of other
 * integrations must see the staging folder.
 */
export function atomicDist(outDir: string, guard: { contentDir: string }): AstroIntegration {
  const parent = dirname(outDir);
  const prefix = `.${basename(outDir)}-staging-`;
  const staging = join(parent, `${prefix}${process.pid}`);
  return {
    name: 'labbook:atomic-dist',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        // Before anything is created or removed: the swap below deletes what the output folder held.
        const refused = outputDirProblem({ outDir, contentDir: guard.contentDir, projectDir: fileURLToPath(config.root) });
        if (refused) throw new LabbookError([problems.outputDir(refused)], 'Labbook will not write the site there');
        removeStaleStaging(parent, prefix);
        mkdirSync(staging, { recursive: true });
        // A failed build exits without build:done; its half-written staging folder goes with it.
        process.once('exit', () => rmSync(staging, { recursive: true, force: true }));
        updateConfig({ outDir: pathToFileURL(`${staging}/`) });
      },
      'astro:build:done': async ({ dir, logger }) => {
        // The search index is still being written by Pagefind: the site is not finished before it.
        await finishBackgroundWork();
        const built = fileURLToPath(dir);
        // The mark that lets the next build replace this folder (src/lib/safety/output-dir.ts).
        markSite(built);
        const previous = `${staging}.previous`;
        // Two renames in the same folder: readers see the old site or the new one, never half.
        if (existsSync(outDir)) renameSync(outDir, previous);
        renameSync(built, outDir);
        rmSync(previous, { recursive: true, force: true });
        logger.info(`site written to ${outDir}`);
      },
    },
  };
}
