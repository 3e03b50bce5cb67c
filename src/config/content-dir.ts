import { resolve } from 'node:path';

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
