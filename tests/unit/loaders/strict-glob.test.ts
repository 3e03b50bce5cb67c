import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LabbookError } from '../../../src/lib/errors.ts';

const logged: string[] = [];
interface FakeStore {
  set: (entry: { id: string; digest?: string }) => boolean;
}
/** What the fake glob loader does with the store it is handed, besides logging. */
let writeEntries: (store: FakeStore) => Promise<void> = async () => {};
/** The logger the fake glob loader was handed: its file watcher keeps using it after the load. */
let watcherLogger: { error: (m: string) => void } | undefined;
vi.mock('astro/loaders', () => ({
  // The stock glob loader, reduced to what matters here: it logs render errors and goes on.
  glob: () => ({
    name: 'glob-loader',
    load: async ({ logger, store }: { logger: { error: (m: string) => void }; store: FakeStore }) => {
      watcherLogger = logger;
      await writeEntries(store);
      logger.error('Error rendering 2026-11-02-a.md: Unexpected end of input');
      logger.error('Error rendering sub/b.md: plugin failed\nat line 3');
      logger.error('Error reading c.md: EACCES');
    },
  }),
}));

const { strictGlob } = await import('../../../src/loaders/strict-glob.ts');

describe('strictGlob', () => {
  beforeEach(() => {
    logged.length = 0;
    writeEntries = async () => {};
  });

  it("holds the glob loader's writes until its load is over, then hands them on, also when it fails", async () => {
    const saved: string[] = [];
    const seenDuringLoad: string[][] = [];
    const real = {
      entries: () => [],
      keys: () => [],
      get: () => undefined,
      has: () => false,
      delete: () => {},
      set: (entry: { id: string }) => (saved.push(entry.id), true),
    };
    writeEntries = async (store) => {
      store.set({ id: 'a', digest: '1' });
      store.set({ id: 'b', digest: '2' });
      // Astro's save timer would fire here: nothing has reached the real store yet.
      seenDuringLoad.push([...saved]);
    };
    const logger = { error: () => {}, warn: () => {}, info: () => {} };
    const loader = strictGlob({ folder: 'til', pattern: '*.md' });
    await loader.load({ logger, store: real, config: { root: new URL('file:///tmp/') } } as never).catch(() => {});
    expect(seenDuringLoad).toEqual([[]]);
    expect(saved).toEqual(['a', 'b']);
  });

  it('turns every render error into a build failure naming the file', async () => {
    const logger = { error: (m: string) => logged.push(m), warn: () => {}, info: () => {} };
    const loader = strictGlob({ folder: 'til', pattern: '*.md' });
    const store = { entries: () => [], delete: () => {} };
    const error = await loader.load({ logger, store, config: { root: new URL('file:///tmp/') } } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LabbookError);
    expect((error as LabbookError).problems).toEqual([
      { code: 'render-failed', file: 'til/2026-11-02-a.md', message: 'Markdown failed to render: Unexpected end of input' },
      { code: 'render-failed', file: 'til/sub/b.md', message: 'Markdown failed to render: plugin failed\nat line 3' },
    ]);
    // Other errors still reach the real logger.
    expect(logged).toEqual(['Error reading c.md: EACCES']);
  });

  it("logs a render error of a file saved after the load (the dev server reloading it) in Labbook's words, instead of dropping it", async () => {
    const logger = { error: (m: string) => logged.push(m), warn: () => {}, info: () => {} };
    const loader = strictGlob({ folder: 'til', pattern: '*.md' });
    await loader.load({ logger, store: { entries: () => [], delete: () => {} }, config: { root: new URL('file:///tmp/') } } as never).catch(() => {});
    logged.length = 0;
    watcherLogger?.error('Error rendering 2026-11-02-a.md: lists are nested 300 levels deep');
    expect(logged).toEqual(['Labbook cannot render a note (1 problem):\n  ✗ til/2026-11-02-a.md: Markdown failed to render: lists are nested 300 levels deep']);
  });

  it("matches the message Astro's glob loader really logs (withastro/astro#18054)", () => {
    const require = createRequire(import.meta.url);
    const astroDir = dirname(require.resolve('astro/package.json'));
    const source = readFileSync(join(astroDir, 'dist/content/loaders/glob.js'), 'utf8');
    expect(source).toContain('logger.error(`Error rendering ${entry}: ${error.message}`)');
  });
});
