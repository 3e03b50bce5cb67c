import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
  allowScripts?: Record<string, boolean>;
};
interface LockEntry {
  version?: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  hasInstallScript?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
}
const lock = JSON.parse(readFileSync(resolve(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };

/** The lock entry Node would load for `name` required from the package at `from`: nearest node_modules up the tree. */
function locate(from: string, name: string): LockEntry | undefined {
  for (let dir = from; ; dir = dir.slice(0, Math.max(0, dir.lastIndexOf('/node_modules/')))) {
    const entry = lock.packages[dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`];
    if (entry || !dir) return entry;
  }
}

/** Platforms every native package must have a binding for: the machines people and CI run on. */
const platforms = [
  { os: 'darwin', cpu: 'arm64' },
  { os: 'darwin', cpu: 'x64' },
  { os: 'win32', cpu: 'x64' },
  { os: 'linux', cpu: 'x64' },
  { os: 'linux', cpu: 'arm64' },
];
const fits = (entry: LockEntry, os: string, cpu: string) =>
  (entry.os?.includes(os) ?? true) && (entry.cpu?.includes(cpu) ?? true) && (os !== 'linux' || (entry.libc?.includes('glibc') ?? true));
const exact = /^\d+\.\d+\.\d+(?:-[\w.]+)?$/;

describe('supply chain', () => {
  const all = { ...pkg.dependencies, ...pkg.devDependencies };

  it('pins every direct dependency to an exact version, the lock file agreeing', () => {
    for (const [name, range] of Object.entries(all)) {
      expect(range, name).toMatch(exact);
      expect(lock.packages[`node_modules/${name}`]?.version, name).toBe(range);
    }
    for (const name of ['astro', 'mermaid', 'pagefind', 'playwright', 'playwright-core']) expect(all[name], name).toBeDefined();
    // The lock's root mirrors package.json, so `npm install` on a fresh clone keeps the lock as it is.
    expect(lock.packages['']?.dependencies).toEqual(pkg.dependencies);
    expect(lock.packages['']?.devDependencies).toEqual(pkg.devDependencies);
  });

  // npm locks optional dependencies for every platform, but only those the registry served when the lock was
  // written. A lock missing a Mac's compiler binding installs no compiler on a Mac with `npm ci`.
  it("locks every optional dependency, at the version its package asks for, so other platforms' binaries are there", () => {
    const missing: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
      for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
        const found = locate(path, name);
        if (!found) missing.push(`${name} (for ${path})`);
        else if (exact.test(spec)) expect(found.version, `${name} (for ${path})`).toBe(spec);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has a binding for macOS, Windows and Linux (x64, arm64) for each native package', () => {
    // A native package: one whose optional dependencies are built for more than one OS (esbuild, sharp,
    // Pagefind...); fsevents-style single-OS extras are not.
    const native = Object.entries(lock.packages).flatMap(([path, entry]) => {
      if (entry.os || entry.cpu) return [];
      const bindings = Object.keys(entry.optionalDependencies ?? {}).flatMap((name) => {
        const found = locate(path, name);
        return found?.os ? [found] : [];
      });
      return new Set(bindings.flatMap((b) => b.os ?? [])).size > 1 ? [{ path, bindings }] : [];
    });
    expect(native.map((n) => n.path)).toEqual(expect.arrayContaining(['node_modules/esbuild', 'node_modules/pagefind', 'node_modules/@astrojs/compiler-binding']));
    for (const { path, bindings } of native) {
      for (const { os, cpu } of platforms) expect(bindings.some((b) => fits(b, os, cpu)), `${path} on ${os}-${cpu}`).toBe(true);
    }
  });

  it('runs no install script but the two it approves, none of which downloads a browser', () => {
    expect(Object.keys(pkg.scripts).filter((name) => /^(pre|post)?install$|^prepare$/.test(name))).toEqual([]);
    expect(pkg.allowScripts).toEqual({ esbuild: true, node: true });
    const withScripts = Object.entries(lock.packages).filter(([, entry]) => entry.hasInstallScript).map(([path]) => path.replace(/^.*node_modules\//, ''));
    expect(withScripts.sort()).toEqual(Object.keys(pkg.allowScripts ?? {}).sort());
    expect(existsSync(resolve(root, '.npmrc')) ? readFileSync(resolve(root, '.npmrc'), 'utf8') : '').not.toMatch(/PLAYWRIGHT_SKIP|playwright/i);
  });

  it('installs exactly the lock file in CI, the deploy workflow and .ci/run', () => {
    for (const file of ['.github/workflows/ci.yml', '.github/workflows/deploy.yml', '.ci/run']) {
      const text = readFileSync(resolve(root, file), 'utf8');
      expect(text, file).toMatch(/^\s*(?:- run: )?npm ci\b/m);
      expect(text, file).not.toMatch(/^\s*(?:- run: )?npm (?:install|i)\b/m);
    }
  });
});
