import { mkdirSync, openSync, readFileSync, unlinkSync, writeSync, closeSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * One build at a time per checkout. Builds of one checkout share folders Astro does not let us
 * separate (`.astro/.prerender/` when the output is outside the checkout, the cache folder of a
 * wiki), and two at once fail with `Cannot find module .../.astro/.prerender/chunks/...` or
 * `ENOTEMPTY`. So a build takes a lock file naming its process; a second build waits for it, however
 * long the first takes (no timeout: the first may be slow on a busy machine, never wrong), and a lock
 * whose process is gone (a killed build) is taken over.
 */

/** What the lock needs from the machine, injected so tests need neither real processes nor time. */
export interface LockEnvironment {
  /** This process's id, written into the lock. */
  pid: number;
  /** True while a process with this id runs. */
  isRunning: (pid: number) => boolean;
  /** Resolves when it is worth looking at the lock again (a poll interval, not a timeout). */
  pause: () => Promise<void>;
  /** Told once per holder: who holds the lock, or that a dead holder's lock was taken over. */
  report: (message: string) => void;
}

/** True while a process with this id runs (EPERM: it runs, as another user). */
export function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Create `file` holding `pid`, only if it does not exist: the one atomic step of the lock. */
function tryCreate(file: string, pid: number): boolean {
  try {
    const fd = openSync(file, 'wx');
    try {
      writeSync(fd, `${pid}\n`);
    } finally {
      closeSync(fd);
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** The pid in a lock file; undefined when it is gone, or half-written (then it is read again). */
function holderOf(file: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Remove `file` if it still names `pid`; another process may have got there first. (Two builds
 * taking over the same dead lock in the same instant could both pass the check; the window is a
 * read and an unlink, and only after a build was killed.)
 */
function removeIfHeldBy(file: string, pid: number): void {
  if (holderOf(file) !== pid) return;
  try {
    unlinkSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/**
 * Take the lock `file`, waiting while a running process holds it. Returns the function that
 * releases it (only if it is still this process's lock).
 */
export async function acquireLock(file: string, env: LockEnvironment): Promise<() => void> {
  mkdirSync(dirname(file), { recursive: true });
  let reported: number | undefined;
  for (;;) {
    if (tryCreate(file, env.pid)) break;
    const holder = holderOf(file);
    if (holder === env.pid) break; // taken earlier in this process
    if (holder !== undefined && !env.isRunning(holder)) {
      env.report(`taking over the build lock of process ${holder}, which is no longer running (${file})`);
      removeIfHeldBy(file, holder);
      continue;
    }
    if (holder !== undefined && holder !== reported) {
      env.report(`another build (process ${holder}) is using this checkout; waiting for it to finish (lock: ${file})`);
      reported = holder;
    }
    await env.pause();
  }
  return () => removeIfHeldBy(file, env.pid);
}
