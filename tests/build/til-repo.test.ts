import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeSite, makeWorkDir, runBuild } from './run-build.ts';

/** Run git in `dir` with both of a commit's dates set to `date`. */
function git(dir: string, args: string[], date = '2020-01-01T12:00:00Z'): void {
  execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], {
    cwd: dir,
    stdio: 'ignore',
    env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
  });
}

/**
 * A TIL repository as jbranchaud/til keeps one: topic folders, no front matter, the title in the
 * first `# Heading`, the repository's own README and CONTRIBUTING at the top. Two commits: the
 * second adds a note and renames one, which must keep the day of its first commit.
 */
function tilRepository(extra: Record<string, string> = {}): string {
  const dir = makeSite({
    'labbook.yaml': 'title: TIL\nrepo: acme/til\nurl: https://acme.github.io\n',
    'README.md': '# TIL\n\nA collection of TILs. See [vim](vim/buffers.md).\n',
    'CONTRIBUTING.md': '# Contributing\n\nOpen a PR.\n',
    'vim/buffers.md': '# Buffers in Vim\n\nList them with `:ls`. Amend with [git](../git/amend.md).\n',
    'git/amend.md': '# Amend a commit\n\nBack to [buffers](../vim/buffers.md), the [readme](../README.md) and [this folder](.).\n',
    ...extra,
  });
  git(dir, ['init', '-q']);
  git(dir, ['add', '.']);
  git(dir, ['commit', '-qm', 'first notes'], '2020-03-04T10:00:00Z');
  git(dir, ['mv', 'vim/buffers.md', 'vim/buffer-list.md']);
  for (const file of ['git/amend.md', 'README.md']) {
    writeFileSync(join(dir, file), readFileSync(join(dir, file), 'utf8').replace('buffers.md', 'buffer-list.md'));
  }
  writeFileSync(join(dir, 'python-wheels.md'), '# Not a note\n');
  renameSync(join(dir, 'python-wheels.md'), join(dir, 'NOTES.md'));
  execFileSync('mkdir', ['-p', join(dir, 'python/packaging')]);
  writeFileSync(join(dir, 'python/packaging/wheels.md'), '---\ntags: [pip]\n---\n# Build wheels\n\nWith `pip wheel`.\n');
  git(dir, ['add', '.']);
  git(dir, ['commit', '-qm', 'rename and add'], '2021-05-06T10:00:00Z');
  return dir;
}

describe('a TIL repository (topic folders, no front matter)', () => {
  it('builds every note with its title, first-commit day, topic and working links, and leaves the repository files out', () => {
    const out = join(makeWorkDir(), 'dist');
    const { status, output } = runBuild(tilRepository(), out);
    expect(status, output).toBe(0);
    const buffers = readFileSync(join(out, 'til/vim-buffer-list/index.html'), 'utf8');
    // The title from the first heading, shown once.
    expect(buffers).toContain('<h1>Buffers in Vim</h1>');
    expect(buffers.match(/Buffers in Vim<\/h[12]>/g)).toHaveLength(1);
    // Renamed in 2021, first written in 2020-W10: its day follows the rename back.
    expect(buffers).toContain('2020-03-04');
    expect(existsSync(join(out, 'til/weekly/2020-W10/index.html'))).toBe(true);
    expect(readFileSync(join(out, 'til/weekly/2021-W18/index.html'), 'utf8')).toContain('Build wheels');
    // Links between notes follow the notes' URLs; a repository file opens on GitHub.
    expect(buffers).toContain('href="/til/git-amend/"');
    const amend = readFileSync(join(out, 'til/git-amend/index.html'), 'utf8');
    expect(amend).toContain('href="/til/vim-buffer-list/"');
    expect(amend).toContain('href="https://github.com/acme/til/blob/main/README.md"');
    expect(amend).toContain('href="https://github.com/acme/til/tree/main/git"');
    // The topic folder is the category; tags from front matter still count.
    expect(readFileSync(join(out, 'categories/vim/index.html'), 'utf8')).toContain('Buffers in Vim');
    expect(readFileSync(join(out, 'tags/pip/index.html'), 'utf8')).toContain('Build wheels');
    expect(readFileSync(join(out, 'til/python-packaging-wheels/index.html'), 'utf8')).toContain('2021-05-06');
    // Feeds and search have the notes.
    expect(readFileSync(join(out, 'rss.xml'), 'utf8')).toContain('Amend a commit');
    expect(readFileSync(join(out, 'til/index.html'), 'utf8')).toContain('Build wheels');
    // README, CONTRIBUTING and NOTES.md at the top are the repository's.
    const tils = readdirSync(join(out, 'til')).filter((name) => name !== 'weekly' && name !== 'index.html');
    expect(tils.sort()).toEqual(['git-amend', 'python-packaging-wheels', 'vim-buffer-list']);
  });

  it('a warm rebuild renders again only what a body edit changes; the day stays the first commit\'s', () => {
    const site = tilRepository();
    const out = join(makeWorkDir(), 'dist');
    expect(runBuild(site, out).status).toBe(0);
    // The heading is the title, part of what every page lists (like front matter): only the text changes here.
    writeFileSync(join(site, 'git/amend.md'), '# Amend a commit\n\nREWRITTEN with `git commit --amend`.\n');
    git(site, ['commit', '-qam', 'retitle'], '2022-07-08T10:00:00Z');
    const { status, output } = runBuild(site, out);
    expect(status, output).toBe(0);
    const restored = new Set([...output.matchAll(/├─ (\S+) \((?:restored|cached)\)/g)].map((m) => m[1]));
    expect(restored).toContain('/til/python-packaging-wheels/index.html');
    expect(restored).not.toContain('/til/git-amend/index.html');
    const amend = readFileSync(join(out, 'til/git-amend/index.html'), 'utf8');
    expect(amend).toContain('REWRITTEN');
    expect(amend).toContain('<h1>Amend a commit</h1>');
    expect(amend).toContain('datetime="2020-03-04"');
  });

  it('fails two notes that would get one URL, naming both files', () => {
    const yaml = 'title: TIL\nlayout: til-repo\n';
    const { status, output } = runBuild(tilRepository({ 'labbook.yaml': yaml, 'vim/a-b.md': '# One\n', 'vim/a/b.md': '# Two\n' }), join(makeWorkDir(), 'dist'));
    expect(status).toBe(1);
    expect(output).toContain('/til/vim-a-b/');
    expect(output).toContain('vim/a-b.md');
    expect(output).toContain('vim/a/b.md');
  });

  it('names the file and line of an impossible date', () => {
    const { status, output } = runBuild(tilRepository({ 'vim/leap.md': '---\ndate: 2021-02-29\n---\n# Leap\n' }), join(makeWorkDir(), 'dist'));
    expect(status).toBe(1);
    expect(output).toContain('vim/leap.md:2: date: expected a real calendar date');
  });

  it('outside git: one warning, and the notes are dated by their files', () => {
    const site = makeSite({ 'labbook.yaml': 'title: TIL\n', 'vim/a.md': '# A\n', 'git/b.md': '# B\n' });
    const out = join(makeWorkDir(), 'dist');
    const { status, output } = runBuild(site, out);
    expect(status, output).toBe(0);
    expect(output.match(/is not in a git repository: notes without a date are dated by their files/g)).toHaveLength(1);
    expect(existsSync(join(out, 'til/vim-a/index.html'))).toBe(true);
  });
});

describe('docs at the root (a handbook written for GitHub, no docs/ folder)', () => {
  const handbook = {
    'labbook.yaml': 'title: Handbook\nrepo: acme/handbook\n',
    'LICENSE': 'MIT\n',
    'README.md': '# Handbook\n\nStart with [compute](compute), [debugging](debug/README.md) and the [licence](LICENSE).\n',
    'compute/README.md': '# Compute\n\nSee [the CPU chapter](cpu/) and [the benchmark](benchmarks/mamf-finder.py).\n',
    'compute/cpu/README.md': '# CPU\n\nUp to [compute](../README.md), on to [tools](../../debug/tools.md).\n',
    'compute/benchmarks/mamf-finder.py': 'print("tflops")\n',
    'debug/README.md': '# Debugging\n\n[Launcher](launch.slurm), [script](run.sh), [home](..).\n',
    'debug/tools.md': '# Tools\n\nBack [home](../README.md).\n',
    'debug/launch.slurm': '#!/bin/bash\n',
    'debug/run.sh': '#!/bin/sh\n',
  };

  it('builds the folder tree as docs; folder, README and repository-file links all resolve', () => {
    const site = makeSite(handbook);
    execFileSync('git', ['init', '-q'], { cwd: site });
    const out = join(makeWorkDir(), 'dist');
    const { status, output } = runBuild(site, out);
    expect(status, output).toBe(0);
    expect(output).toContain('no broken links');
    const home = readFileSync(join(out, 'docs/index.html'), 'utf8');
    expect(home).toContain('href="/docs/compute/"');
    expect(home).toContain('href="/docs/debug/"');
    expect(home).toContain('href="https://github.com/acme/handbook/blob/main/LICENSE"');
    const compute = readFileSync(join(out, 'docs/compute/index.html'), 'utf8');
    expect(compute).toContain('href="/docs/compute/cpu/"');
    expect(compute).toContain('href="https://github.com/acme/handbook/blob/main/compute/benchmarks/mamf-finder.py"');
    expect(readFileSync(join(out, 'docs/compute/cpu/index.html'), 'utf8')).toContain('href="/docs/debug/tools/"');
    const debug = readFileSync(join(out, 'docs/debug/index.html'), 'utf8');
    expect(debug).toContain('href="https://github.com/acme/handbook/blob/main/debug/launch.slurm"');
    expect(debug).toContain('href="https://github.com/acme/handbook/blob/main/debug/run.sh"');
    expect(debug).toContain('href="/docs/"');
    expect(debug).toContain('<h1>Debugging</h1>');
  });

  it('still fails a link to a file missing from the repository, with file, line and the link as written', () => {
    const site = makeSite({ ...handbook, 'debug/tools.md': '# Tools\n\nRun [the profiler](profile.py).\n' });
    execFileSync('git', ['init', '-q'], { cwd: site });
    const { status, output } = runBuild(site, join(makeWorkDir(), 'dist'));
    expect(status).toBe(1);
    expect(output).toContain('debug/tools.md:3: link "profile.py"');
  });
});
