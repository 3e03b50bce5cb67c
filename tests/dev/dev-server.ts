/**
 * `labbook dev` as a writer starts it, on a temporary copy of a fixture wiki, for the tests in this
 * folder. Not a spec file: Playwright only collects `*.spec.ts`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Labbook's folder (where bin/labbook.mjs is). */
const ROOT = resolve(import.meta.dirname, '../..');

/** `Local    http://127.0.0.1:4321/` in Astro's start-up banner. */
const LOCAL_URL = /Local\s+(http:\/\/127\.0\.0\.1:\d+\/)/;

export interface DevServer {
  /** The copy of the wiki the server reads, to edit. */
  wiki: string;
  /** Where it serves, `http://127.0.0.1:<port>/`. */
  url: string;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** Stop the server (and Astro under it) and delete the copy. */
  stop(): Promise<void>;
}

/**
 * Copy `fixture` (under tests/fixtures/) to a temporary folder and run `labbook dev` on it, on a
 * port the system picks free. Resolves once Astro prints where it serves; `startTimeoutMs` is a
 * ceiling for a loaded machine, not a pace.
 */
export async function startDevServer(fixture: string, startTimeoutMs: number): Promise<DevServer> {
  const wiki = join(mkdtempSync(join(tmpdir(), 'labbook-dev-e2e-')), 'wiki');
  cpSync(join(ROOT, 'tests/fixtures', fixture), wiki, { recursive: true });
  // Astro's cache (Vite's optimized dependencies) in one place for every run: only the first run waits for it.
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', LABBOOK_CACHE: join(ROOT, '.labbook/e2e-dev-cache') };
  // The wiki is the DIR argument; a LABBOOK_CONTENT from the calling shell must not win over it.
  delete env.LABBOOK_CONTENT;
  delete env.FORCE_COLOR;
  // Its own process group, so that stop() ends the CLI and the Astro it started, and nothing else.
  const child = spawn(process.execPath, [join(ROOT, 'bin/labbook.mjs'), 'dev', wiki, '--host', '127.0.0.1', '--port', String(await freePort())], {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = async () => {
    await stopGroup(child);
    rmSync(join(wiki, '..'), { recursive: true, force: true });
  };
  try {
    const url = await new Promise<string>((resolvePromise, reject) => {
      const timer = setTimeout(() => reject(new Error(`labbook dev did not start within ${startTimeoutMs / 1000} s:\n${output}`)), startTimeoutMs);
      const look = () => {
        const found = LOCAL_URL.exec(output)?.[1];
        if (!found) return;
        clearTimeout(timer);
        resolvePromise(found);
      };
      child.stdout?.on('data', look);
      child.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`labbook dev ended (code ${code}) before serving:\n${output}`));
      });
    });
    return { wiki, url, output: () => output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** SIGTERM to the server's process group, then SIGKILL if it is still there after a while. */
async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolvePromise) => child.once('exit', () => resolvePromise()));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-(child.pid as number), name);
    } catch {
      // Already gone.
    }
  };
  signal('SIGTERM');
  const killed = await Promise.race([exited.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 30_000))]);
  if (!killed) {
    signal('SIGKILL');
    await exited;
  }
}

/** A port nothing listens on now (Astro takes the next one if another process got it meanwhile; the URL is read from its banner). */
function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePromise(address.port) : reject(new Error('no port'))));
    });
  });
}
