import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LabbookError } from '../../../src/lib/errors.ts';

const logged: string[] = [];
vi.mock('astro/loaders', () => ({
  // The stock glob loader, reduced to what matters here: it logs render errors and goes on.
  glob: () => ({
    name: 'glob-loader',
    load: async ({ logger }: { logger: { error: (m: string) => void } }) => {
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

  it("matches the message Astro's glob loader really logs (withastro/astro#18054)", () => {
    const require = createRequire(import.meta.url);
    const astroDir = dirname(require.resolve('astro/package.json'));
    const source = readFileSync(join(astroDir, 'dist/content/loaders/glob.js'), 'utf8');
    expect(source).toContain('logger.error(`Error rendering ${entry}: ${error.message}`)');
  });
});
