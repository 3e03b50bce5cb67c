/**
 * No Chromium outlives the process that launched it, however the process ends. Each child gets its
 * own TMPDIR, which Playwright puts the browser profile in, so its Chromium processes are the ones
 * whose command line names that folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const child = join(import.meta.dirname, 'render-then-exit.ts');

/** Command lines of running processes that mention `marker`. */
function processesMentioning(marker: string): string[] {
  const ps = spawnSync('ps', ['-eo', 'args'], { encoding: 'utf8' });
  return ps.stdout.split('\n').filter((line) => line.includes(marker));
}

/**
 * The processes that mention `marker` once they had up to 5 s to go: when the browser process is
 * killed, its renderer processes notice and exit on their own, a moment later on a busy machine.
 */
async function lingering(marker: string): Promise<string[]> {
  for (let waited = 0; waited < 5_000; waited += 100) {
    if (processesMentioning(marker).length === 0) return [];
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return processesMentioning(marker);
}

describe('the shared browser', () => {
  it.each([
    ['returns', 'natural', 0],
    ['calls process.exit', 'exit', 0],
    ['dies of an uncaught error', 'throw', 1],
  ])('is gone when the process %s', async (_, how, status) => {
    const profileDir = mkdtempSync(join(tmpdir(), 'mermaid-lifecycle-'));
    const started = performance.now();
    const result = spawnSync(process.execPath, [child, how, mkdtempSync(join(tmpdir(), 'mermaid-lifecycle-cache-'))], {
      encoding: 'utf8',
      env: { ...process.env, TMPDIR: profileDir },
      timeout: 60_000,
    });
    expect(result.status, result.stderr).toBe(status);
    expect(JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}')).toEqual({ svg: true, launches: 1, open: true });
    // A process with nothing left to do ends soon after the idle browser closes (300 ms here).
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(await lingering(profileDir)).toEqual([]);
  });
});
