import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The content folder: `$LABBOOK_CONTENT` (absolute, or relative to `cwd`) or `content/`. */
export function resolveContentDir(env: Record<string, string | undefined>, cwd: string): string {
  const fromEnv = env.LABBOOK_CONTENT?.trim();
  return resolve(cwd, fromEnv || 'content');
}

/** Where the finished site goes: `$LABBOOK_OUT` or `dist/`. Tests build elsewhere to leave dist/ alone. */
export function resolveOutDir(env: Record<string, string | undefined>, cwd: string): string {
  const fromEnv = env.LABBOOK_OUT?.trim();
  return resolve(cwd, fromEnv || 'dist');
}

/**
 * The content folder when none is named on the command line: `$LABBOOK_CONTENT`; else `cwd` itself
 * when it holds a labbook.yaml (a team's notes repository); else `content/` (this repository's layout).
 */
export function findContentDir(env: Record<string, string | undefined>, cwd: string): string {
  if (env.LABBOOK_CONTENT?.trim()) return resolveContentDir(env, cwd);
  return existsSync(join(cwd, 'labbook.yaml')) ? resolve(cwd) : resolve(cwd, 'content');
}

/** Astro's build cache: `$LABBOOK_CACHE`, else one folder per content folder under `cwd`'s node_modules/.cache/labbook/. */
export function resolveAstroCacheDir(env: Record<string, string | undefined>, cwd: string, contentDir: string): string {
  const fromEnv = env.LABBOOK_CACHE?.trim();
  // One cache per wiki: builds of different content folders (tests, bench) never share a data store.
  const key = createHash('sha256').update(contentDir).digest('hex').slice(0, 12);
  return fromEnv ? resolve(cwd, fromEnv) : resolve(cwd, `node_modules/.cache/labbook/astro-${key}`);
}
