import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeSite, makeWorkDir, runBuild } from './run-build.ts';

/** The engineering-diary layout: TILs/ daily logs and notes, TILs/WEEKLY/ summaries, docs/, in a project repo. */
const diary = {
  'labbook.yaml': 'title: Diary\n',
  'TILs/2023-11-01.md': [
    '## 2023-11-01',
    '',
    '### 🛠️ [MLOps] Docker build cache invalidation',
    '',
    '**Symptoms:** every build reinstalls dependencies.',
    '',
    '**Key Takeaway:**',
    '> Copy the lock file before the source.',
    '',
  ].join('\n'),
  'TILs/2023-11-02-pinned-memory.md': '---\ntitle: Pinned memory speeds up host-to-device copies\ndate: 2023-11-02\ntags: [pytorch]\n---\nSee [the setup guide](../docs/setup.md).\n',
  'TILs/WEEKLY/2023-W44.md': '---\ntitle: Week 44\n---\nA WEEK-44-SUMMARY of what we learned.\n',
  'docs/setup.md': '---\ntitle: Setup\n---\nBack to [the note](../TILs/2023-11-02-pinned-memory.md).\n',
  'src/train.py': 'print("not a page")\n',
  'notebooks/README.md': '# Not a page\n',
};

describe('the engineering-diary layout', () => {
  it('builds TILs/, TILs/WEEKLY/ and docs/ in place, and nothing else', () => {
    const out = join(makeWorkDir(), 'dist');
    const { status, output } = runBuild(makeSite(diary), out);
    expect(status, output).toBe(0);
    expect(readFileSync(join(out, 'til/2023-11-01-docker-build-cache-invalidation/index.html'), 'utf8')).toContain('Copy the lock file before the source.');
    const note = readFileSync(join(out, 'til/2023-11-02-pinned-memory/index.html'), 'utf8');
    expect(note).toContain('href="/docs/setup/"');
    expect(readFileSync(join(out, 'docs/setup/index.html'), 'utf8')).toContain('href="/til/2023-11-02-pinned-memory/"');
    expect(readFileSync(join(out, 'til/weekly/2023-W44/index.html'), 'utf8')).toContain('WEEK-44-SUMMARY');
    expect(existsSync(join(out, 'til/weekly/index.html')) || existsSync(join(out, 'til/index.html'))).toBe(true);
    const published = readdirSync(out, { recursive: true }).map(String);
    // notebooks/README.md and src/ are not pages (/notebooks/ itself is the notebooks' list, empty here).
    expect(published.filter((path) => /train|^src|notebooks\/readme/i.test(path) || (/notebooks/.test(path) && !/^notebooks(\/index\.html)?$/.test(path)))).toEqual([]);
    expect(readFileSync(join(out, 'notebooks/index.html'), 'utf8')).not.toContain('Not a page');
  });

  it('names files where they are when they are wrong', () => {
    const { status, output } = runBuild(makeSite({ ...diary, 'TILs/2023-11-03-bad.md': '---\ntitle: Bad\ndate: 2023-13-45\n---\n' }), join(makeWorkDir(), 'dist'));
    expect(status).toBe(1);
    expect(output).toContain('TILs/2023-11-03-bad.md:3: date: expected a real calendar date');
  });
});

describe('docs written for GitHub', () => {
  it('opens a folder at its README, and repository files that are not pages on GitHub', () => {
    const site = makeSite({
      'labbook.yaml': 'title: Handbook\nrepo: acme/handbook\n',
      'LICENSE': 'MIT\n',
      'docs/README.md': '# Handbook\n\nStart with [model parallelism](model-parallelism).\n',
      'docs/model-parallelism/README.md': '# Model parallelism\n\nSee [the guide](../training/guide.md) and [the launcher](../training/launch.slurm).\n',
      'docs/training/guide.md': '# Training guide\n\n[Up](../model-parallelism/), [script](train.py), [licence](../../LICENSE), [configs](../../configs).\n',
      'docs/training/train.py': 'print("train")\n',
      'docs/training/launch.slurm': '#!/bin/bash\n',
      'configs/base.yaml': 'lr: 0.1\n',
    });
    execFileSync('git', ['init', '-q'], { cwd: site });
    const out = join(makeWorkDir(), 'dist');
    const { status, output } = runBuild(site, out);
    expect(status, output).toBe(0);
    expect(readFileSync(join(out, 'docs/index.html'), 'utf8')).toContain('href="/docs/model-parallelism/"');
    const folder = readFileSync(join(out, 'docs/model-parallelism/index.html'), 'utf8');
    expect(folder).toContain('href="https://github.com/acme/handbook/blob/main/docs/training/launch.slurm"');
    const guide = readFileSync(join(out, 'docs/training/guide/index.html'), 'utf8');
    expect(guide).toContain('href="/docs/model-parallelism/"');
    expect(guide).toContain('href="https://github.com/acme/handbook/blob/main/docs/training/train.py"');
    expect(guide).toContain('href="https://github.com/acme/handbook/blob/main/LICENSE"');
    expect(guide).toContain('href="https://github.com/acme/handbook/tree/main/configs"');
    // No front matter: each page's title is its first heading, as GitHub shows it.
    expect(folder).toContain('<h1>Model parallelism</h1>');
    expect(folder).not.toContain('<h2 id="model-parallelism"');
    expect(guide).toContain('<title>Training guide');
  });

  it('still fails a link to a file that exists neither in the site nor in the repository', () => {
    const site = makeSite({ 'labbook.yaml': 'title: Handbook\nrepo: acme/handbook\n', 'docs/README.md': '---\ntitle: Handbook\n---\nRun [the script](scripts/missing.sh).\n' });
    execFileSync('git', ['init', '-q'], { cwd: site });
    const { status, output } = runBuild(site, join(makeWorkDir(), 'dist'));
    expect(status).toBe(1);
    expect(output).toContain('docs/README.md:4: link "scripts/missing.sh"');
  });
});
