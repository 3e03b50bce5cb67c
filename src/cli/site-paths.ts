import { resolve } from 'node:path';
import { findContentDir, resolveAstroCacheDir, resolveOutDir } from '../config/content-dir.ts';
import { resolveHighlightCacheDir } from '../lib/highlight/cache.ts';
import { mermaidCacheDir } from '../lib/mermaid/cache.ts';
import type { CliContext } from './context.ts';

/** Where one run reads and writes, every path absolute. */
export interface SitePaths {
  /** The wiki: `[DIR]`, else `$LABBOOK_CONTENT`, else `.` when it holds a labbook.yaml, else `content/`. */
  contentDir: string;
  /** The built site: `--out`, else `$LABBOOK_OUT`, else `dist/`. */
  outDir: string;
  /** Astro's cache, one per content folder. */
  astroCache: string;
  mermaidCache: string;
  highlightCache: string;
}

/**
 * The paths of a run from `cwd`. Caches live in `cwd`'s node_modules/.cache/labbook/ (the notes
 * repository's, not the Labbook package's), so projects that share one install never share a cache.
 */
export function sitePaths(ctx: Pick<CliContext, 'cwd' | 'env'>, dir?: string, out?: string): SitePaths {
  const contentDir = dir === undefined ? findContentDir(ctx.env, ctx.cwd) : resolve(ctx.cwd, dir);
  return {
    contentDir,
    outDir: out === undefined ? resolveOutDir(ctx.env, ctx.cwd) : resolve(ctx.cwd, out),
    astroCache: resolveAstroCacheDir(ctx.env, ctx.cwd, contentDir),
    mermaidCache: mermaidCacheDir(ctx.env, ctx.cwd),
    highlightCache: resolveHighlightCacheDir(ctx.env, ctx.cwd),
  };
}

/**
 * The environment Astro runs in. Astro runs in Labbook's own folder (the package), where
 * astro.config.mjs resolves relative paths, so every path is handed over absolute.
 */
export function astroEnv(env: CliContext['env'], paths: SitePaths): Record<string, string | undefined> {
  return {
    ...env,
    LABBOOK_CONTENT: paths.contentDir,
    LABBOOK_OUT: paths.outDir,
    LABBOOK_CACHE: paths.astroCache,
    LABBOOK_MERMAID_CACHE: paths.mermaidCache,
    LABBOOK_HIGHLIGHT_CACHE: paths.highlightCache,
    // Astro is Labbook's engine, not a tool the team chose: it should not report usage on their behalf.
    ASTRO_TELEMETRY_DISABLED: env.ASTRO_TELEMETRY_DISABLED ?? '1',
    // Labbook pins its Astro on purpose (a newer one is a Labbook release): `labbook dev` must not
    // ask the team to upgrade it. Astro reads exactly "true" (src/core/dev/update-check.ts).
    ASTRO_DISABLE_UPDATE_CHECK: env.ASTRO_DISABLE_UPDATE_CHECK ?? 'true',
  };
}
