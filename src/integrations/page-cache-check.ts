import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { location, problems } from '../lib/errors.ts';
import { dropUnverifiedPages, recordPageHashes, type PageCacheCheck } from '../lib/incremental/page-cache-check.ts';

/** How a cached page is named in messages (its path below the cache's dist/ folder). */
const CACHE_LABEL = 'page cache: ';

/**
 * Checks Astro's incremental page cache before the build copies from it, and records it after
 * (src/lib/incremental/page-cache-check.ts): a cached page that was changed outside a build is
 * rendered again, never published.
 */
export function pageCacheCheck(): AstroIntegration {
  let cacheDir: string | undefined;
  let check: PageCacheCheck | undefined;
  return {
    name: 'labbook:page-cache-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = config.experimental.incrementalBuild ? fileURLToPath(config.cacheDir) : undefined;
      },
      'astro:build:start': ({ logger }) => {
        if (!cacheDir) return;
        check = dropUnverifiedPages(cacheDir);
        for (const path of check.mismatched) {
          const problem = problems.pageCacheMismatch(`${CACHE_LABEL}${path}`);
          logger.warn(`${location(problem)}: ${problem.message}`);
        }
        if (check.unrecorded.length) logger.info(`${check.unrecorded.length} cached pages no finished build recorded will be rendered again`);
      },
      'astro:build:done': ({ logger }) => {
        if (!cacheDir) return;
        const count = recordPageHashes(cacheDir, check?.verified);
        logger.info(`page cache: hashes of ${count} pages recorded`);
      },
    },
  };
}
