import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nextRunId } from '../../../src/cli/commands/new-experiment.ts';
import { readRun } from '../../../src/lib/experiments/run.ts';
import { makeWiki, removeTempDirs, runCli } from './helpers.ts';

afterAll(removeTempDirs);

/** A wiki with experiments/exp-001_baseline/ and exp-009_old/. */
function wikiWithRuns() {
  const wiki = makeWiki();
  for (const dir of ['exp-001_baseline', 'exp-009_old']) {
    mkdirSync(join(wiki.contentDir, 'experiments', dir), { recursive: true });
    writeFileSync(join(wiki.contentDir, 'experiments', dir, 'metrics.json'), '{"loss": 0.5}\n');
  }
  return wiki;
}

describe('labbook new experiment', () => {
  it('writes a run folder with config.yml, metrics.json and README.md under the next id, which reads as a run', async () => {
    const wiki = wikiWithRuns();
    const { code, stdout, stderr } = await runCli(['new', 'experiment', 'LR warmup', '--baseline', 'exp-001', '--model', 'intent', '--tags', 'warmup,lr'], { cwd: wiki.root });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const folder = 'experiments/exp-010_lr-warmup';
    expect(stdout).toBe(['config.yml', 'metrics.json', 'README.md'].map((name) => `content/${folder}/${name}\n`).join(''));
    const names = ['config.yml', 'metrics.json', 'README.md'];
    const { run, problems } = readRun(folder, 'experiments', names, (name) => readFileSync(join(wiki.contentDir, folder, name), 'utf8'));
    expect(problems).toEqual([]);
    expect(run).toMatchObject({ id: 'exp-010', name: 'lr-warmup', metrics: {}, notes: { baseline: 'exp-001', model: 'intent', tags: ['warmup', 'lr'], status: 'running' } });
    expect(run?.params['optimizer.lr']).toBe(0.0003);
  });

  it('never overwrites: an existing id or folder is an error, and nothing is written', async () => {
    const wiki = wikiWithRuns();
    const { code, stderr } = await runCli(['new', 'experiment', 'again', '--id', 'exp-001'], { cwd: wiki.root });
    expect(code).toBe(1);
    expect(stderr).toContain('content/experiments/exp-001_baseline already exists');
    expect(existsSync(join(wiki.contentDir, 'experiments/exp-001_again'))).toBe(false);
  });

  it('refuses a baseline that is no run, and an id with an underscore', async () => {
    const wiki = wikiWithRuns();
    expect((await runCli(['new', 'experiment', 'x', '--baseline', 'exp-404'], { cwd: wiki.root })).stderr).toContain('no run has the id or folder name "exp-404"');
    expect((await runCli(['new', 'experiment', 'x', '--id', 'a_b'], { cwd: wiki.root })).code).toBe(2);
  });

  it('--dry-run prints the files and writes nothing', async () => {
    const wiki = wikiWithRuns();
    const { code, stdout } = await runCli(['new', 'experiment', 'try', '--group', 'sweep', '--dry-run'], { cwd: wiki.root });
    expect(code).toBe(0);
    expect(stdout).toContain('Would write content/experiments/sweep/exp-001_try/README.md');
    expect(existsSync(join(wiki.contentDir, 'experiments/sweep'))).toBe(false);
  });

  it('numbers runs after the highest exp-NNN', () => {
    expect(nextRunId([])).toBe('exp-001');
    expect(nextRunId(['exp-002_a', 'exp-010_b', 'baseline'])).toBe('exp-011');
    expect(nextRunId(['exp-0999_a'])).toBe('exp-1000');
  });
});
