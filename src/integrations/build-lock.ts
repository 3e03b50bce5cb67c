import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { acquireLock, processIsRunning } from '../lib/build-lock.ts';

/** How often a waiting build looks at the lock again. Only how soon it notices; it never gives up. */
const POLL_MS = 250;

/**
 * Makes a second `astro build` in the same checkout wait for the first (src/lib/build-lock.ts).
 * Register it first: its `astro:config:setup` must finish before anything writes to shared folders.
 * The lock goes when the process ends, however it ends; a killed build's lock is taken over.
 */
export function buildLock(): AstroIntegration {
  return {
    name: 'labbook:build-lock',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build') return;
        const file = join(fileURLToPath(config.root), 'node_modules/.cache/labbook/build.lock');
        const release = await acquireLock(file, {
          pid: process.pid,
          isRunning: processIsRunning,
          pause: () => new Promise((resolve) => setTimeout(resolve, POLL_MS)),
          report: (message) => logger.info(message),
        });
        process.once('exit', release);
      },
    },
  };
}
