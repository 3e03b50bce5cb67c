import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');

/** Write a content folder from `{ 'til/x.md': '...' }` into a fresh temp folder. */
export function makeSite(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'labbook-site-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** A place for build output and caches that no other test shares. */
export function makeWorkDir(): string {
  return mkdtempSync(join(tmpdir(), 'labbook-out-'));
}

/** The environment of a build of `contentDir` into `outDir`, as `npm run build` would see it. */
function buildEnv(contentDir: string, outDir: string, extraEnv: Record<string, string>): NodeJS.ProcessEnv {
  // Vitest puts Vite's own variables (BASE_URL=/, MODE, DEV, PROD, SSR) into process.env; a build
  // that inherits them publishes every page link without the site's base path. NODE_ENV=test
  // would make it a development build (import.meta.env.DEV), unlike `npm run build`.
  const { BASE_URL, MODE, DEV, PROD, SSR, NODE_ENV, ...inherited } = process.env;
  return {
    ...inherited,
    LABBOOK_CONTENT: contentDir,
    LABBOOK_OUT: outDir,
    LABBOOK_CACHE: join(dirname(outDir), 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    // A test names its site's address itself; in GitHub Actions it would come from the repository.
    GITHUB_ACTIONS: '',
    ...extraEnv,
  };
}

/** Run a real `astro build` of `contentDir` into `outDir`, as `npm run build` would. */
export function runBuild(contentDir: string, outDir: string, extraEnv: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [astroBin, 'build'], { cwd: root, encoding: 'utf8', env: buildEnv(contentDir, outDir, extraEnv) });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Start the same build without waiting for it (for tests of builds running at once). */
export function startBuild(contentDir: string, outDir: string, extraEnv: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, [astroBin, 'build'], { cwd: root, env: buildEnv(contentDir, outDir, extraEnv) });
}

/** The checkout's build lock (src/integrations/build-lock.ts). */
export const buildLockFile = join(root, 'node_modules/.cache/labbook/build.lock');

/** A minimal valid TIL. */
export const tilFile = (title: string, date: string, extra = '', body = 'Body text.\n') =>
  `---\ntitle: ${title}\ndate: ${date}\n${extra}---\n${body}`;
