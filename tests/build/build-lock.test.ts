import { once } from 'node:events';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLockFile, makeSite, makeWorkDir, startBuild, tilFile } from './run-build.ts';

/** Take the checkout's build lock as a build would; a build of another test may hold it for a while. */
async function holdLock(): Promise<() => void> {
  mkdirSync(dirname(buildLockFile), { recursive: true });
  for (;;) {
    try {
      writeFileSync(buildLockFile, `${process.pid}\n`, { flag: 'wx' });
      return () => rmSync(buildLockFile, { force: true });
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

describe('two builds in one checkout', () => {
  it('the second waits for the first, naming its process, for as long as it runs, then builds', async () => {
    const site = makeSite({ 'labbook.yaml': 'title: Lock Wiki\n', 'til/2026-11-01-alpha.md': tilFile('Alpha note', '2026-11-01') });
    const out = join(makeWorkDir(), 'dist');
    // This test process plays the first build.
    const release = await holdLock();
    try {
      const build = startBuild(site, out);
      let output = '';
      const exited = once(build, 'exit');
      await new Promise<void>((resolve, reject) => {
        const read = (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes('is using this checkout')) resolve();
        };
        build.stdout?.on('data', read);
        build.stderr?.on('data', read);
        void exited.then(() => reject(new Error(`the build did not wait for the lock:\n${output}`)));
      });
      expect(output).toContain(`another build (process ${process.pid}) is using this checkout; waiting for it to finish`);
      release();
      const [status] = await exited;
      expect(status, output).toBe(0);
      expect(readFileSync(join(out, 'til/2026-11-01-alpha/index.html'), 'utf8')).toContain('Alpha note');
    } finally {
      release();
    }
  });
});
