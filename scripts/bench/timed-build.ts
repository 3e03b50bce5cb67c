// One `astro build`, timed: wall clock here, CPU and peak memory from GNU time where the machine has
// it. Used for Labbook's build and for the plain Astro baseline, with the same measurement.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** What one build cost. */
export interface Run {
  wallS: number;
  /** User + system CPU seconds of the build and the children it waited for (Pagefind, Chromium). */
  cpuS?: number;
  /** Peak resident memory of the largest single process, in MiB. */
  peakMiB?: number;
  log: string;
}

const root = resolve(import.meta.dirname, '../..');
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Run `astro build` in `cwd` (the project root) with `env` added; throws with the log's tail on failure. */
export function timedBuild(cwd: string, env: Record<string, string>, extraNodeArgs: string[] = []): Run {
  const astro = [...extraNodeArgs, join(root, 'node_modules/astro/bin/astro.mjs'), 'build'];
  const command = gnuTime ? [gnuTime, '-f', 'BENCH %e %U %S %M', process.execPath, ...astro] : [process.execPath, ...astro];
  const started = performance.now();
  const result = spawnSync(command[0] as string, command.slice(1), {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  const wallS = (performance.now() - started) / 1000;
  const log = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) {
    console.error(log.slice(-4000));
    throw new Error(`build in ${cwd} failed (exit ${result.status})`);
  }
  const m = /BENCH ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(log);
  return m ? { wallS, cpuS: Number(m[2]) + Number(m[3]), peakMiB: Number(m[4]) / 1024, log } : { wallS, log };
}

/** The median of the defined values, or `undefined` when there are none. */
export function median(values: (number | undefined)[]): number | undefined {
  const sorted = values.filter((v): v is number => v !== undefined).sort((a, b) => a - b);
  if (!sorted.length) return undefined;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Median wall, CPU and peak memory of several runs. */
export function summarize(runs: Run[]) {
  return {
    runs: runs.length,
    wallS: median(runs.map((r) => r.wallS)) as number,
    cpuS: median(runs.map((r) => r.cpuS)),
    peakMiB: median(runs.map((r) => r.peakMiB)),
    wallAllS: runs.map((r) => Number(r.wallS.toFixed(2))),
  };
}
