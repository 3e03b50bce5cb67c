import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWiki } from '../../../../src/lib/content/files.ts';
import { detectLayout, LAYOUTS, layoutOfShape, locate, logicalPath } from '../../../../src/lib/content/layouts.ts';
import { validateFiles } from '../../../../src/lib/validate-content.ts';

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'labbook-layout-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('layouts', () => {
  it.each([
    ['TILs/2023-11-01.md', { kind: 'til', name: '2023-11-01.md' }, 'til/2023-11-01.md'],
    ['TILs/WEEKLY/2023-W44.md', { kind: 'weekly', name: '2023-W44.md' }, 'weekly/2023-W44.md'],
    ['docs/guide/setup.md', { kind: 'docs', name: 'guide/setup.md' }, 'docs/guide/setup.md'],
    ['src/train.md', undefined, 'src/train.md'],
  ])('diary: %s', (path, located, logical) => {
    expect(locate(path, LAYOUTS.diary)).toEqual(located);
    expect(logicalPath(path, LAYOUTS.diary)).toBe(logical);
  });

  it('detects the diary by its TILs/ folder', () => {
    expect(detectLayout('/w', (path) => path === '/w/TILs')).toBe('diary');
    expect(detectLayout('/w', (path) => path === '/w/til' || path === '/w/TILs')).toBe('labbook');
    expect(detectLayout('/w', () => false)).toBe('labbook');
  });

  it('reads a diary wiki in place: weekly summaries are not TILs, project folders are not pages', () => {
    const dir = tree({
      'TILs/2023-11-01.md': '## 2023-11-01\n\n### 🐛 [Debugging] CUDA memory\n\nText.\n',
      'TILs/2023-11-02-single.md': '---\ntitle: Single\ndate: 2023-11-02\n---\nText.\n',
      'TILs/WEEKLY/2023-W44.md': '# Week 44\n',
      'docs/index.md': '---\ntitle: Home\n---\n',
      'src/notes.md': 'not a page',
      'notebooks/README.md': 'not a page',
    });
    const { files, problems } = readWiki(dir, { folders: LAYOUTS.diary });
    expect(problems).toEqual([]);
    expect(files.map((f) => [f.path, f.logical ?? f.path]).sort()).toEqual([
      ['TILs/2023-11-01.md', 'til/2023-11-01.md'],
      ['TILs/2023-11-02-single.md', 'til/2023-11-02-single.md'],
      ['TILs/WEEKLY/2023-W44.md', 'weekly/2023-W44.md'],
      ['docs/index.md', 'docs/index.md'],
    ]);
    expect(validateFiles(files)).toEqual([]);
  });

  it('names the file where it really is in every problem', () => {
    const dir = tree({ 'TILs/2023-11-02-bad.md': '---\ntitle: Bad\ndate: 2023-13-45\n---\n', 'TILs/notes.md': '---\ntitle: x\n---\n' });
    const found = validateFiles(readWiki(dir, { folders: LAYOUTS.diary }).files).map((p) => p.file);
    expect(found.sort()).toEqual(['TILs/2023-11-02-bad.md', 'TILs/notes.md', 'TILs/notes.md'].sort());
  });
});

describe('the til-repo and docs-root layouts', () => {
  it.each([
    ['vim/buffers.md', { kind: 'til', name: 'vim/buffers.md' }, 'til/vim/buffers.md'],
    ['python/packaging/wheels.md', { kind: 'til', name: 'python/packaging/wheels.md' }, 'til/python/packaging/wheels.md'],
    ['docs/guide.md', { kind: 'docs', name: 'guide.md' }, 'docs/guide.md'],
    ['README.md', undefined, 'README.md'],
  ])('til-repo: %s', (path, located, logical) => {
    expect(locate(path, LAYOUTS['til-repo'])).toEqual(located);
    expect(logicalPath(path, LAYOUTS['til-repo'])).toBe(logical);
  });

  it.each([
    ['README.md', 'docs/README.md'],
    ['compute/accelerator/README.md', 'docs/compute/accelerator/README.md'],
    ['til/2026-11-02-x.md', 'til/2026-11-02-x.md'],
  ])('docs-root: %s', (path, logical) => {
    expect(logicalPath(path, LAYOUTS['docs-root'])).toBe(logical);
  });

  it('detects a TIL repository: topic folders of notes, no READMEs in them, repository files at the top', () => {
    const dir = tree({ 'README.md': '# TIL\n', 'CONTRIBUTING.md': '# How\n', 'vim/a.md': '# A\n', 'vim/b.md': '# B\n', 'git/c.md': '# C\n', 'git/d.md': '# D\n' });
    expect(detectLayout(dir)).toBe('til-repo');
    const { files } = readWiki(dir, { folders: LAYOUTS['til-repo'] });
    expect(files.map((file) => file.path)).toEqual(['git/c.md', 'git/d.md', 'vim/a.md', 'vim/b.md']);
    expect(validateFiles(files)).toEqual([]);
  });

  it('detects docs at the root: chapters with READMEs, nested folders', () => {
    const dir = tree({ 'README.md': '# Book\n', 'compute/README.md': '# Compute\n', 'compute/cpu/README.md': '# CPU\n', 'debug/README.md': '# Debug\n', 'debug/tools.md': '# Tools\n' });
    expect(detectLayout(dir)).toBe('docs-root');
    const { files } = readWiki(dir, { folders: LAYOUTS['docs-root'] });
    expect(files.map((file) => file.logical)).toEqual(['docs/README.md', 'docs/compute/README.md', 'docs/compute/cpu/README.md', 'docs/debug/README.md', 'docs/debug/tools.md']);
    expect(validateFiles(files)).toEqual([]);
  });

  it('keeps the folder-per-kind layouts when any kind folder is there; node_modules and the build output dist/ are never read', () => {
    expect(detectLayout(tree({ 'docs/a.md': '# A\n', 'vim/a.md': '# A\n', 'git/b.md': '# B\n' }))).toBe('labbook');
    const dir = tree({ 'vim/a.md': '# A\n', 'git/b.md': '# B\n', 'node_modules/pkg/README.md': '# Pkg\n', 'dist/readme-feed.md': '# Built\n' });
    expect(readWiki(dir, { folders: LAYOUTS['til-repo'] }).files.map((file) => file.path)).toEqual(['git/b.md', 'vim/a.md']);
  });

  it('fails two notes that would get one URL, naming both files', () => {
    const dir = tree({ 'vim/a-b.md': '# A\n', 'vim/a/b.md': '# B\n', 'git/c.md': '# C\n' });
    const found = validateFiles(readWiki(dir, { folders: LAYOUTS['til-repo'] }).files);
    expect(found).toHaveLength(1);
    expect(`${found[0]?.file} ${found[0]?.message}`).toContain('vim/a-b.md');
    expect(`${found[0]?.file} ${found[0]?.message}`).toContain('vim/a/b.md');
  });

  it('names the file and line of an impossible date in a note', () => {
    const dir = tree({ 'vim/a.md': '---\ndate: 2026-02-30\n---\n# A\n', 'git/c.md': '# C\n' });
    const [problem] = validateFiles(readWiki(dir, { folders: LAYOUTS['til-repo'] }).files);
    expect(problem).toMatchObject({ file: 'vim/a.md', line: 2 });
  });
});

describe('layoutOfShape', () => {
  const topic = (name: string, notes: number, readme = false, deeper = 0) => ({ name, notes, readme, deeper });
  it.each([
    ['jbranchaud/til: 76 topics, no READMEs', { rootMarkdown: 2, topics: Array.from({ length: 76 }, (_, i) => topic(`t${i}`, 24)) }, 'til-repo'],
    ['a small TIL repo with one nested note per topic', { rootMarkdown: 1, topics: [topic('vim', 1, false, 1), topic('git', 1)] }, 'til-repo'],
    ['a book: every chapter has a README', { rootMarkdown: 3, topics: [topic('compute', 0, true, 4), topic('debug', 6, true, 1), topic('insights', 2, false, 1)] }, 'docs-root'],
    ['one folder of notes', { rootMarkdown: 0, topics: [topic('notes', 5)] }, 'docs-root'],
    ['a README only', { rootMarkdown: 1, topics: [] }, 'docs-root'],
    ['nothing', { rootMarkdown: 0, topics: [] }, undefined],
  ] as const)('%s', (_name, shape, layout) => {
    expect(layoutOfShape({ rootMarkdown: shape.rootMarkdown, topics: [...shape.topics] })).toBe(layout);
  });
});
