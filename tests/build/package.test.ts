// Labbook as a team installs it: `npm pack`, then `npm i -D <tarball>` in a notes repository that
// holds only a labbook.yaml and notes, then `npx labbook check | build | dev` there. One install
// serves every case (installing takes a minute or two).
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
/** npm and its installs are slow on a busy machine; nothing here measures time. */
const INSTALL_LIMIT = 600_000;

const NOTES: Record<string, string> = {
  'labbook.yaml': 'title: Team notes\n',
  'til/2026-11-02-gradscaler-overflow.md': '---\ntitle: GradScaler cannot fix a forward overflow\ndate: 2026-11-02\ncategory: Training\n---\nUse bf16.\n',
  'til/2026-11-16.md': '## 2026-11-16\n\n### 🐛 [Debugging] A DDP checkpoint only loads into a DDP model\n\nSave model.module.\n',
  'docs/index.md': '---\ntitle: Team guide\n---\nHow we work.\n\n```python\nprint("hello")\n```\n',
};

/**
 * The environment of someone working in the notes repository: none of this checkout's npm run
 * variables, PATH without its node_modules/.bin (which holds this checkout's Node), and none of
 * Vitest's Vite variables (BASE_URL would change every link).
 */
function userEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (/^(npm_|LABBOOK_|BASE_URL$|MODE$|DEV$|PROD$|SSR$|NODE_ENV$|VITEST)/.test(name)) continue;
    env[name] = value;
  }
  env.PATH = (process.env.PATH ?? '').split(delimiter).filter((dir) => !dir.startsWith(root)).join(delimiter);
  return { ...env, NO_COLOR: '1', GITHUB_ACTIONS: '' };
}

/** The machine's own `node` when it is too old to run Labbook itself (Node 20 here), else undefined. */
const oldNode = (() => {
  const found = spawnSync('node', ['-p', 'process.versions.node'], { env: userEnv(), encoding: 'utf8' });
  const [major = 0, minor = 0] = found.stdout?.trim().split('.').map(Number) ?? [];
  return found.status === 0 && (major < 22 || (major === 22 && minor < 15)) ? found.stdout.trim() : undefined;
})();

let work: string;
let repo: string;
let tarballFiles: string[];

function inRepo(command: string, args: string[]): SpawnSyncReturns<string> & { output: string } {
  const result = spawnSync(command, args, { cwd: repo, env: userEnv(), encoding: 'utf8', timeout: INSTALL_LIMIT });
  return Object.assign(result, { output: `${result.stdout}\n${result.stderr}` });
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'labbook-package-'));
  const pack = spawnSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, env: userEnv(), encoding: 'utf8' });
  expect(pack.status, pack.stderr).toBe(0);
  const [packed] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
  if (!packed) throw new Error(`npm pack printed no package:\n${pack.stdout}`);
  tarballFiles = packed.files.map((file) => file.path);
  repo = join(work, 'notes');
  for (const [path, text] of Object.entries({ ...NOTES, 'package.json': '{ "name": "team-notes", "private": true }\n' })) {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), text);
  }
  const install = inRepo('npm', ['install', '--save-dev', '--no-audit', '--no-fund', '--prefer-offline', join(work, packed.filename)]);
  expect(install.status, install.output).toBe(0);
}, INSTALL_LIMIT);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the npm package', () => {
  it('holds the CLI and the Astro project, and no tests, fixtures, sample content or docs', () => {
    expect(tarballFiles).toEqual(expect.arrayContaining(['package.json', 'bin/labbook.mjs', 'astro.config.mjs', 'src/cli/index.ts', 'src/pages/index.astro']));
    const stray = tarballFiles.filter((path) => /^(tests|content|docs|scripts|\.github|\.ci|node_modules|dist)\//.test(path) || /fixture|\.test\.ts$/.test(path));
    expect(stray).toEqual([]);
  });

  it.skipIf(!oldNode)('on an older Node, runs itself on the Node it brings and says so in one line', () => {
    const result = inRepo('node', ['node_modules/labbook/bin/labbook.mjs', '--version']);
    expect(result.status, result.output).toBe(0);
    expect(result.stdout).toBe(`${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version}\n`);
    expect(result.stderr).toMatch(new RegExp(`^labbook: Node v${oldNode} is too old for Labbook; running on the Node 24\\.\\d+\\.\\d+ it brings\\.\\n$`));
  });

  it('labbook check: exit 0 on good notes, 1 after a broken date, naming file and line', () => {
    const ok = inRepo('npx', ['labbook', 'check']);
    expect(ok.status, ok.output).toBe(0);
    expect(ok.stdout).toContain('3 files checked, no problems');
    const file = join(repo, 'til/2026-11-02-gradscaler-overflow.md');
    writeFileSync(file, NOTES['til/2026-11-02-gradscaler-overflow.md']!.replace('date: 2026-11-02', 'date: 2026-11-31'));
    try {
      const broken = inRepo('npx', ['labbook', 'check']);
      expect(broken.status, broken.output).toBe(1);
      expect(broken.stderr).toContain('✗ til/2026-11-02-gradscaler-overflow.md:3: ');
    } finally {
      writeFileSync(file, NOTES['til/2026-11-02-gradscaler-overflow.md']!);
    }
  });

  it('labbook build: pages and search index in ./dist, caches in ./node_modules/.cache/labbook', () => {
    const built = inRepo('npx', ['labbook', 'build']);
    expect(built.status, built.output).toBe(0);
    const dist = join(repo, 'dist');
    for (const page of ['index.html', 'til/2026-11-02-gradscaler-overflow/index.html', 'til/2026-11-16-a-ddp-checkpoint-only-loads-into-a-ddp-model/index.html', 'docs/index.html', 'pagefind/pagefind.js']) {
      expect(existsSync(join(dist, page)), page).toBe(true);
    }
    const caches = join(repo, 'node_modules/.cache/labbook');
    expect(readdirSync(caches)).toEqual(expect.arrayContaining([expect.stringMatching(/^astro-/), 'highlight']));
    // Labbook's folder keeps no cache: only what Astro insists on writing beside its project (.astro/)
    // and the build lock while a build runs.
    const installedCache = join(repo, 'node_modules/labbook/node_modules/.cache/labbook');
    expect(readdirSync(installedCache).filter((name) => name !== 'build.lock')).toEqual([]);
  });

  it('labbook dev: a page answers over HTTP on 127.0.0.1', async () => {
    // Its own process group, so that the server and everything npx started end together.
    const port = String(await freePort());
    const server = spawn('npx', ['labbook', 'dev', '--host', '127.0.0.1', '--port', port], { cwd: repo, env: userEnv(), detached: true });
    let output = '';
    server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let exited = false;
    server.on('exit', () => (exited = true));
    try {
      const page = await pollPage(() => output, () => exited, '/til/2026-11-02-gradscaler-overflow/');
      expect(page).toContain('GradScaler cannot fix a forward overflow');
      // Vite's cache (optimized dependencies) went into the notes repository's cache too.
      expect(existsSync(join(repo, 'node_modules/labbook/node_modules/.vite'))).toBe(false);
    } finally {
      if (!exited && server.pid) process.kill(-server.pid, 'SIGTERM');
    }
  }, INSTALL_LIMIT);
});

/** A port nothing listens on now. Should another program take it first, Astro moves to the next one and prints it. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolveListen) => probe.listen(0, '127.0.0.1', resolveListen));
  const address = probe.address();
  await new Promise((resolveClose) => probe.close(resolveClose));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/**
 * Wait for the address the dev server prints, then for the page to answer 200: polled, with only a
 * generous overall limit (the first request compiles the page).
 */
async function pollPage(output: () => string, exited: () => boolean, path: string): Promise<string> {
  const deadline = Date.now() + INSTALL_LIMIT - 10_000;
  while (Date.now() < deadline) {
    if (exited()) throw new Error(`labbook dev ended:\n${output()}`);
    const origin = /http:\/\/127\.0\.0\.1:\d+/.exec(output())?.[0];
    if (origin) {
      try {
        const response = await fetch(`${origin}${path}`);
        if (response.ok) return await response.text();
      } catch {
        // Not listening yet.
      }
    }
    await new Promise((resolvePause) => setTimeout(resolvePause, 250));
  }
  throw new Error(`no answer from labbook dev at ${path}:\n${output()}`);
}
