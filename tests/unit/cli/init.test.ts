import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { githubRepoOf } from '../../../src/cli/github-origin.ts';
import { firstH1 } from '../../../src/cli/readme-title.ts';
import { parseSiteConfig } from '../../../src/config/site-config.ts';
import { listFiles, removeTempDirs, runCli, tempDir, til } from './helpers.ts';

afterAll(removeTempDirs);

/** Files of a fixture folder, by relative path. */
function makeFolder(files: Record<string, string>, prefix = 'labbook-init-'): string {
  const dir = tempDir(prefix);
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), source);
  }
  return dir;
}

const git = (dir: string, ...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });

/** An engineering diary in a git repository cloned from GitHub: a daily log of two entries, a single note, a weekly summary, docs. */
function makeDiary(): string {
  const dir = makeFolder(
    {
      'README.md': '```sh\n# not the title\n```\n\n# Acme *ML* diary\n\nNotes of the team.\n\n# Second heading\n',
      'TILs/2026-11-16.md': '## 2026-11-16\n\n### 🐛 [Debugging] DDP checkpoints\n\nBody.\n\n### Mixed precision on T4\n\nBody.\n',
      'TILs/2026-11-17-gradscaler.md': til('title: GradScaler\ndate: 2026-11-17'),
      'TILs/WEEKLY/2026-W47.md': '---\ntitle: Week 47\n---\n\nText.\n',
      'docs/index.md': '---\ntitle: Docs\n---\n\nText.\n',
      'notes/scratch.md': 'x\n',
      'CHANGELOG.md': 'x\n',
      'src/train.py': 'print(1)\n',
      'notebooks/eval.ipynb': '{"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": []}\n',
    },
    'labbook-init-diary-',
  );
  git(dir, 'init', '-q');
  git(dir, 'remote', 'add', 'origin', 'git@github.com:acme/diary.git');
  return dir;
}

const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');

describe('labbook init', () => {
  it('sets up a diary: counts its notes, names what it cannot place, writes labbook.yaml and the workflow', async () => {
    const dir = makeDiary();
    const { code, stdout, stderr } = await runCli(['init'], { cwd: dir });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe(
      [
        'Layout: diary (TILs/ and TILs/WEEKLY/).',
        'Found: 3 TILs (1 note file, 2 entries of 1 daily log), 1 docs page, 1 weekly page, 0 model cards, 0 dataset cards, 0 playbooks, 0 API specs, 1 notebook, 0 experiment runs.',
        'Not placed, so not published (2 Markdown files outside TILs/, docs/, models/, datasets/, playbooks/, api/, notebooks/, experiments/): CHANGELOG.md, notes/scratch.md.',
        "README.md stays the repository's front page on GitHub; it is not a page of the site.",
        'Wrote labbook.yaml',
        'Wrote .github/workflows/labbook.yml',
        'The workflow installs with npm ci: add Labbook to package.json (npm i -D ...) and commit package-lock.json.',
        '',
      ].join('\n'),
    );
    const yaml = read(dir, 'labbook.yaml');
    const { config, problems } = parseSiteConfig(yaml);
    expect(problems).toEqual([]);
    expect(config).toMatchObject({ title: 'Acme ML diary', repo: 'acme/diary', layout: 'diary' });
    // Every key has its comment line above it.
    for (const key of ['title', 'repo', 'layout']) expect(yaml).toMatch(new RegExp(`^# .+\\n${key}: `, 'm'));
  });

  it('writes a Pages workflow: npm ci, caches after it, full history, npx labbook build, upload and deploy', async () => {
    const dir = makeDiary();
    await runCli(['init'], { cwd: dir });
    const workflow = parse(read(dir, '.github/workflows/labbook.yml')) as {
      permissions: Record<string, string>;
      jobs: { build: { steps: Record<string, unknown>[] }; deploy: { needs: string; steps: { uses?: string }[] } };
    };
    expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
    const steps = workflow.jobs.build.steps;
    const index = (match: (step: Record<string, unknown>) => boolean) => steps.findIndex(match);
    const uses = (prefix: string) => index((step) => String(step.uses ?? '').startsWith(prefix));
    const runs = (command: string) => index((step) => String(step.run ?? '').startsWith(command));
    expect(steps[uses('actions/checkout')]).toMatchObject({ with: { 'fetch-depth': 0 } });
    expect(steps[uses('actions/setup-node')]).toMatchObject({ with: { cache: 'npm' } });
    expect(steps[uses('actions/cache')]).toMatchObject({ with: { path: 'node_modules/.cache/labbook' } });
    expect(steps[uses('actions/upload-pages-artifact')]).toMatchObject({ with: { path: 'dist' } });
    expect(steps[runs('npx labbook build')]?.run).toBe('npx labbook build');
    // The cache is restored after npm ci, which deletes node_modules; the build comes after both.
    expect(runs('npm ci')).toBeGreaterThan(uses('actions/setup-node'));
    expect(uses('actions/cache')).toBeGreaterThan(runs('npm ci'));
    expect(uses('actions/configure-pages')).toBeGreaterThan(-1);
    expect(runs('npx labbook build')).toBeGreaterThan(uses('actions/cache'));
    expect(uses('actions/upload-pages-artifact')).toBeGreaterThan(runs('npx labbook build'));
    expect(workflow.jobs.deploy.needs).toBe('build');
    expect(workflow.jobs.deploy.steps.map((step) => step.uses)).toEqual(['actions/deploy-pages@v4']);
  });

  it('a second run writes nothing and exits 3: already set up', async () => {
    const dir = makeDiary();
    await runCli(['init'], { cwd: dir });
    const before = Object.fromEntries(listFiles(dir).filter((p) => !p.startsWith('.git/')).map((p) => [p, read(dir, p)]));
    const { code, stdout } = await runCli(['init'], { cwd: dir });
    expect(code).toBe(3);
    expect(stdout).toContain('labbook.yaml exists; left as it is.\n.github/workflows/labbook.yml exists; left as it is.\nAlready set up; nothing written.\n');
    expect(Object.fromEntries(listFiles(dir).filter((p) => !p.startsWith('.git/')).map((p) => [p, read(dir, p)]))).toEqual(before);
  });

  it('leaves an existing labbook.yaml as it is and writes only the workflow', async () => {
    const dir = makeFolder({ 'labbook.yaml': 'title: Ours\n', 'til/2026-11-02-a.md': til('title: A\ndate: 2026-11-02') });
    const { code, stdout } = await runCli(['init'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toContain('labbook.yaml exists; left as it is.\nWrote .github/workflows/labbook.yml\n');
    expect(read(dir, 'labbook.yaml')).toBe('title: Ours\n');
  });

  it('--dry-run prints both files and writes nothing', async () => {
    const dir = makeDiary();
    const before = listFiles(dir);
    const { code, stdout } = await runCli(['init', '--dry-run'], { cwd: dir });
    expect(code).toBe(0);
    expect(listFiles(dir)).toEqual(before);
    expect(stdout.startsWith('Dry run, nothing written.\nLayout: diary')).toBe(true);
    expect(stdout).toContain('Would write labbook.yaml:\n\n# Labbook');
    expect(stdout).toContain('layout: diary\n');
    expect(stdout).toContain('Would write .github/workflows/labbook.yml:\n\n# Builds the wiki');
  });

  it('a labbook-layout folder: no layout line, its kinds counted, names the folder DIR', async () => {
    const root = makeFolder({
      'wiki/README.md': '# Team wiki\n',
      'wiki/til/2026-11-02-a.md': til('title: A\ndate: 2026-11-02'),
      'wiki/til/2026-11-03.md': '### One\n\nBody.\n',
      'wiki/weekly/2026-W45.md': '---\ntitle: W\n---\n',
      'wiki/models/intent-v1.md': '---\ntitle: M\n---\n',
      'wiki/datasets/tickets.md': '---\ntitle: D\n---\n',
      'wiki/playbooks/latency.md': '---\ntitle: P\n---\n',
      'wiki/api/payments.yaml': 'openapi: 3.1.0\n',
      'wiki/experiments/exp-001_a/metrics.json': '{}\n',
      'wiki/experiments/sweep/exp-002_b/params.yaml': 'lr: 1\n',
      'wiki/experiments/sweep/exp-002_b/notes/README.md': 'x\n',
      'wiki/TILs/stray.md': 'x\n',
    });
    const { code, stdout } = await runCli(['init', 'wiki'], { cwd: root });
    expect(code).toBe(0);
    expect(stdout).toContain('Layout: labbook.\n');
    expect(stdout).toContain(
      'Found: 2 TILs (1 note file, 1 entry of 1 daily log), 0 docs pages, 1 weekly page, 1 model card, 1 dataset card, 1 playbook, 1 API spec, 0 notebooks, 2 experiment runs.\n',
    );
    expect(stdout).toContain('(1 Markdown file outside til/, docs/, weekly/, models/, datasets/, playbooks/, api/, notebooks/, experiments/): TILs/stray.md.\n');
    expect(stdout).toContain('Wrote wiki/labbook.yaml\nWrote wiki/.github/workflows/labbook.yml\n');
    const { config } = parseSiteConfig(read(root, 'wiki/labbook.yaml'));
    expect(config).toMatchObject({ title: 'Team wiki' });
    expect(config?.layout).toBeUndefined();
    expect(read(root, 'wiki/labbook.yaml')).toContain('# repo: owner/name\n');
  });

  it('a folder without README or git: the folder name is the title, no repo, no "not placed" line', async () => {
    const dir = makeFolder({ 'docs/setup.md': '---\ntitle: Setup\n---\n' }, 'labbook-init-plain-');
    const { code, stdout } = await runCli(['init'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).not.toContain('Not placed');
    expect(stdout).not.toContain('README');
    const { config, problems } = parseSiteConfig(read(dir, 'labbook.yaml'));
    expect(problems).toEqual([]);
    expect(config?.title).toBe(dir.slice(dir.lastIndexOf('/') + 1));
    expect(config?.repo).toBeUndefined();
  });

  it('in a subfolder of a git repository, puts the workflow at the top and builds that folder', async () => {
    const root = makeFolder({ 'package-lock.json': '{}\n', 'team wiki/README.md': '# Notes\n' });
    git(root, 'init', '-q');
    git(root, 'remote', 'add', 'origin', 'https://github.com/acme/platform');
    const { code, stdout } = await runCli(['init', 'team wiki'], { cwd: root });
    expect(code).toBe(0);
    expect(stdout).toContain('Wrote team wiki/labbook.yaml\nWrote .github/workflows/labbook.yml\n');
    expect(stdout).not.toContain('npm ci:');
    expect(parseSiteConfig(read(root, 'team wiki/labbook.yaml')).config?.repo).toBe('acme/platform');
    expect(read(root, '.github/workflows/labbook.yml')).toContain('run: npx labbook build "team wiki"\n');
  });

  it('a TIL repository cloned from GitHub: TILs per topic folder, its own files not placed, layout and branch written, twice changes nothing', async () => {
    const origin = makeFolder(
      {
        'README.md': '# TIL\n\n> Today I Learned\n',
        'CONTRIBUTING.md': '# Contributing\n',
        'LICENSE': 'MIT\n',
        'vim/buffers.md': '# Buffers\n',
        'vim/marks.md': '# Marks\n',
        'git/amend.md': '# Amend\n',
      },
      'labbook-init-tilrepo-origin-',
    );
    git(origin, 'init', '-q', '-b', 'trunk');
    git(origin, 'add', '.');
    git(origin, '-c', 'user.name=T', '-c', 'user.email=t@example.com', 'commit', '-qm', 'notes');
    const dir = tempDir('labbook-init-tilrepo-');
    git(dir, 'clone', '-q', origin, 'til');
    const clone = join(dir, 'til');
    git(clone, 'remote', 'set-url', 'origin', 'https://github.com/acme/til');
    const { code, stdout } = await runCli(['init'], { cwd: clone });
    expect(code).toBe(0);
    expect(stdout).toContain('Layout: til-repo (a TIL repository: notes in topic folders, each topic a category).\n');
    expect(stdout).toContain('Found: 3 TILs in 2 topic folders, 0 docs pages,');
    expect(stdout).toContain('Not placed, so not published (1 Markdown file outside the topic folders, docs/, weekly/, models/, datasets/, playbooks/, api/, notebooks/, experiments/): CONTRIBUTING.md.\n');
    const { config, problems } = parseSiteConfig(read(clone, 'labbook.yaml'));
    expect(problems).toEqual([]);
    expect(config).toMatchObject({ title: 'TIL', repo: 'acme/til', branch: 'trunk', layout: 'til-repo' });
    const before = read(clone, 'labbook.yaml');
    expect((await runCli(['init'], { cwd: clone })).code).toBe(3);
    expect(read(clone, 'labbook.yaml')).toBe(before);
  });

  it('docs at the root: the README is their home page, the title comes from it', async () => {
    const dir = makeFolder(
      { 'README.md': '# The Book\n', 'compute/README.md': '# Compute\n', 'compute/cpu/README.md': '# CPU\n', 'debug/README.md': '# Debug\n', 'debug/tools.md': '# Tools\n' },
      'labbook-init-docsroot-',
    );
    const { code, stdout } = await runCli(['init'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toContain('Layout: docs-root (docs from the whole folder tree).\nFound: 0 TILs, 5 docs pages,');
    expect(stdout).not.toContain('Not placed');
    expect(stdout).not.toContain("front page on GitHub");
    expect(parseSiteConfig(read(dir, 'labbook.yaml')).config).toMatchObject({ title: 'The Book', layout: 'docs-root' });
  });

  it('fails with exit 1 for a folder that does not exist, 2 for two folders', async () => {
    const dir = tempDir();
    const missing = await runCli(['init', 'nope'], { cwd: dir });
    expect(missing).toMatchObject({ code: 1, stderr: 'labbook init: nope is not a folder; name the folder that holds your notes\n' });
    expect((await runCli(['init', 'a', 'b'], { cwd: dir })).code).toBe(2);
    expect(existsSync(join(dir, 'labbook.yaml'))).toBe(false);
  });

  it('is listed in labbook --help and has its own help', async () => {
    const dir = tempDir();
    expect((await runCli(['--help'], { cwd: dir })).stdout).toMatch(/^ {2}init \[DIR\] +Set up DIR/m);
    const help = await runCli(['init', '--help'], { cwd: dir });
    expect(help.stdout).toContain('Usage: labbook init [DIR] [--dry-run]');
    expect(help.stdout).toContain('3  already set up');
  });
});

describe('githubRepoOf', () => {
  it.each([
    ['git@github.com:acme/diary.git', 'acme/diary'],
    ['git@github.com:acme/diary', 'acme/diary'],
    ['https://github.com/acme/diary.git', 'acme/diary'],
    ['https://github.com/acme/diary', 'acme/diary'],
    ['https://github.com/acme/diary/', 'acme/diary'],
    ['https://token@github.com/acme/ml.platform.git', 'acme/ml.platform'],
    ['ssh://git@github.com/acme/diary.git', 'acme/diary'],
    ['https://gitlab.com/acme/diary.git', undefined],
    ['git@github.com:acme/diary/extra.git', undefined],
    ['/srv/git/diary.git', undefined],
  ])('%s -> %s', (url, repo) => {
    expect(githubRepoOf(url)).toBe(repo);
  });
});

describe('firstH1', () => {
  it('takes the first level-1 heading as plain text, not a # line in code, not a ## heading', () => {
    expect(firstH1('## Sub\n\n```\n# code\n```\n\n# [Acme](https://x) `ml` wiki\n')).toBe('Acme ml wiki');
    expect(firstH1('Intro\n\n## Only sub\n')).toBeUndefined();
  });

  it('reads a README nested 20,000 lists deep without overflowing the stack', () => {
    expect(firstH1(`${'- '.repeat(20_000)}x\n\n# Title\n`)).toBe('Title');
  });
});
