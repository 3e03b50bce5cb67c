import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock, type LockEnvironment } from '../../../src/lib/build-lock.ts';

const lockFile = () => join(mkdtempSync(join(tmpdir(), 'labbook-lock-')), 'cache/build.lock');

/** A machine where only `running` pids run, and each pause runs `onPause` (no time passes). */
function machine(pid: number, running: number[], onPause: (pauses: number) => void = () => {}) {
  const reports: string[] = [];
  let pauses = 0;
  const env: LockEnvironment = {
    pid,
    isRunning: (p) => running.includes(p),
    pause: async () => onPause(++pauses),
    report: (message) => reports.push(message),
  };
  return { env, reports, pauses: () => pauses };
}

describe('acquireLock', () => {
  it('takes a free lock, writes its pid, and releases it', async () => {
    const file = lockFile();
    const { env, reports } = machine(100, [100]);
    const release = await acquireLock(file, env);
    expect(readFileSync(file, 'utf8').trim()).toBe('100');
    expect(reports).toEqual([]);
    release();
    expect(existsSync(file)).toBe(false);
  });

  it('waits, saying once which process holds it, for as long as that process keeps it', async () => {
    const file = lockFile();
    const first = machine(100, [100, 200]);
    const releaseFirst = await acquireLock(file, first.env);
    // The first build finishes after the second has looked 50 times: no timeout cuts the wait short.
    const second = machine(200, [100, 200], (pauses) => pauses === 50 && releaseFirst());
    const releaseSecond = await acquireLock(file, second.env);
    expect(second.pauses()).toBe(50);
    expect(second.reports).toEqual([expect.stringMatching(/another build \(process 100\) is using this checkout; waiting/)]);
    expect(readFileSync(file, 'utf8').trim()).toBe('200');
    releaseSecond();
  });

  it('takes over the lock of a process that is gone, without waiting', async () => {
    const file = lockFile();
    await acquireLock(file, machine(100, [100]).env);
    const next = machine(300, [300]);
    await acquireLock(file, next.env);
    expect(next.pauses()).toBe(0);
    expect(next.reports).toEqual([expect.stringMatching(/taking over the build lock of process 100, which is no longer running/)]);
    expect(readFileSync(file, 'utf8').trim()).toBe('300');
  });

  it('a release leaves another process\'s lock alone', async () => {
    const file = lockFile();
    const release = await acquireLock(file, machine(100, [100]).env);
    rmSync(file);
    writeFileSync(file, '400\n');
    release();
    expect(readFileSync(file, 'utf8').trim()).toBe('400');
  });
});
