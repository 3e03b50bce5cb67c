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
const lock = JSON.parse(readFileSync(resolve(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string }> };

describe('supply chain', () => {
  const all = { ...pkg.dependencies, ...pkg.devDependencies };

  it('pins every direct dependency to an exact version, the lock file agreeing', () => {
    for (const [name, range] of Object.entries(all)) {
      expect(range, name).toMatch(/^\d+\.\d+\.\d+(?:-[\w.]+)?$/);
      expect(lock.packages[`node_modules/${name}`]?.version, name).toBe(range);
    }
    for (const name of ['astro', 'mermaid', 'pagefind', 'playwright', 'playwright-core']) expect(all[name], name).toBeDefined();
  });

  it('runs no install script but the two it approves, none of which downloads a browser', () => {
    expect(Object.keys(pkg.scripts).filter((name) => /^(pre|post)?install$|^prepare$/.test(name))).toEqual([]);
    expect(pkg.allowScripts).toEqual({ esbuild: true, node: true });
    expect(existsSync(resolve(root, '.npmrc')) ? readFileSync(resolve(root, '.npmrc'), 'utf8') : '').not.toMatch(/PLAYWRIGHT_SKIP|playwright/i);
  });

  it('installs from the lock file in CI and the deploy workflow', () => {
    for (const workflow of ['ci.yml', 'deploy.yml']) {
      expect(readFileSync(resolve(root, '.github/workflows', workflow), 'utf8'), workflow).toContain('npm ci');
    }
  });
});
