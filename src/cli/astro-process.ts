import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

/** Labbook's own folder: its Astro project (astro.config.mjs, src/), wherever it is installed. */
export const packageRoot = resolve(import.meta.dirname, '../..');

/** Runs `astro <args>` in Labbook's folder with `env`; resolves to its exit code. Tests pass a fake. */
export type AstroRunner = (args: string[], env: Record<string, string | undefined>) => Promise<number>;

/**
 * The real runner: Astro's CLI on this same Node, its output straight to the terminal. Ctrl-C and
 * SIGTERM reach it, and the run ends with its code (1 when a signal ended it).
 */
export const spawnAstro: AstroRunner = (args, env) => {
  // Resolved from Labbook's folder: npm may have put astro beside it rather than inside it.
  const astroManifest = createRequire(join(packageRoot, 'package.json')).resolve('astro/package.json');
  const astroBin = join(dirname(astroManifest), 'bin/astro.mjs');
  const child = spawn(process.execPath, [astroBin, ...args], { cwd: packageRoot, env, stdio: 'inherit' });
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  const handlers = (['SIGINT', 'SIGTERM', 'SIGHUP'] as const).map((signal) => [signal, forward(signal)] as const);
  for (const [signal, handler] of handlers) process.on(signal, handler);
  return new Promise((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      for (const [signal, handler] of handlers) process.off(signal, handler);
      resolvePromise(code ?? 1);
    });
  });
};
