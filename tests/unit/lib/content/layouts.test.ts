import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWiki } from '../../../../src/lib/content/files.ts';
import { detectLayout, LAYOUTS, locate, logicalPath } from '../../../../src/lib/content/layouts.ts';
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
