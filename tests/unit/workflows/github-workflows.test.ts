import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { steps: Step[]; needs?: string; environment?: { name: string } }>;
}

const root = resolve(import.meta.dirname, '../../..');
const workflow = (name: string) => parse(readFileSync(resolve(root, '.github/workflows', name), 'utf8'), { uniqueKeys: true }) as Workflow;
const uses = (steps: Step[]) => steps.flatMap((step) => (step.uses ? [step.uses.split('@')[0]] : []));

describe('deploy.yml', () => {
  const deploy = workflow('deploy.yml');

  it('builds with full history and the npm and build caches, then uploads dist/', () => {
    const steps = deploy.jobs.build!.steps;
    expect(steps.find((s) => s.uses?.startsWith('actions/checkout@'))?.with).toMatchObject({ 'fetch-depth': 0 });
    expect(steps.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with).toMatchObject({ cache: 'npm' });
    expect(steps.find((s) => s.uses?.startsWith('actions/cache@'))?.with?.path).toBe('node_modules/.cache/labbook');
    expect(steps.map((s) => s.run).filter(Boolean)).toEqual(['npm ci --no-audit --no-fund', 'npm run build']);
    expect(uses(steps)).toEqual(expect.arrayContaining(['actions/configure-pages', 'actions/upload-pages-artifact']));
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.path).toBe('dist');
  });

  it('deploys with the official Pages action and the permissions it needs', () => {
    expect(deploy.jobs.deploy).toMatchObject({ needs: 'build', environment: { name: 'github-pages' } });
    expect(uses(deploy.jobs.deploy!.steps)).toEqual(['actions/deploy-pages']);
    expect(deploy.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
    expect(Object.keys(deploy.on)).toEqual(['push', 'workflow_dispatch']);
  });
});

describe('ci.yml', () => {
  it('runs the README\'s test command on pushes and pull requests', () => {
    const ci = workflow('ci.yml');
    expect(Object.keys(ci.on)).toEqual(['push', 'pull_request']);
    expect(ci.jobs.test!.steps.map((s) => s.run).filter(Boolean)).toEqual(['npm ci --no-audit --no-fund --loglevel=warn', 'npm audit --audit-level=high', 'npm test']);
  });
});

describe('both workflows', () => {
  it('restore the build cache after npm ci, which deletes node_modules and the cache inside it', () => {
    for (const [name, job] of [['ci.yml', 'test'], ['deploy.yml', 'build']] as const) {
      const steps = workflow(name).jobs[job]!.steps;
      const install = steps.findIndex((s) => s.run?.startsWith('npm ci'));
      const cache = steps.findIndex((s) => s.uses?.startsWith('actions/cache@'));
      expect(install, name).toBeGreaterThanOrEqual(0);
      expect(cache, name).toBeGreaterThan(install);
    }
  });
});
