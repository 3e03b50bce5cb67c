import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText, isIgnoredPath, listWiki, readNotebooks, readWiki } from '../../../../src/lib/content/files.ts';

/** A temp folder holding `files`; `outside` is a sibling folder that is not part of the wiki. */
function tree(files: Record<string, string | Buffer>): { root: string; wiki: string; outside: string } {
  const root = mkdtempSync(join(tmpdir(), 'labbook-reader-'));
  const wiki = join(root, 'wiki');
  const outside = join(root, 'outside');
  mkdirSync(wiki);
  mkdirSync(outside);
  writeFileSync(join(outside, 'secret.md'), '---\ntitle: SECRET-CANARY\n---\nSECRET-CANARY\n');
  mkdirSync(join(outside, 'folder'));
  writeFileSync(join(outside, 'folder/page.md'), '---\ntitle: SECRET-CANARY\n---\n');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(wiki, path)), { recursive: true });
    writeFileSync(join(wiki, path), text);
  }
  return { root, wiki, outside };
}

const note = '---\ntitle: A\ndate: 2026-11-02\n---\nText.\n';

describe('listWiki', () => {
  it('skips `_` and `.` files and folders at any depth', () => {
    const { wiki } = tree({
      'docs/index.md': note,
      'docs/_drafts/x.md': note,
      'docs/_private/plan.md': note,
      'docs/guide/_wip.md': note,
      'docs/.obsidian/workspace.md': note,
      'models/_templates/card.md': 'not: [valid',
      '.obsidian/app.md': note,
      'docs/guide/setup.mdx': note,
    });
    expect(listWiki(wiki)).toEqual({ paths: ['docs/guide/setup.mdx', 'docs/index.md'], problems: [] });
  });

  it('refuses a symbolic link out of the wiki, file or folder, without reading it', () => {
    const { wiki, outside } = tree({ 'docs/index.md': note });
    symlinkSync(join(outside, 'secret.md'), join(wiki, 'docs/leak.md'));
    symlinkSync(join(outside, 'folder'), join(wiki, 'docs/shared'));
    symlinkSync('/etc/passwd', join(wiki, 'docs/passwd.md'));
    mkdirSync(join(wiki, 'weekly'));
    symlinkSync('../../outside/secret.md', join(wiki, 'weekly/2026-W02.md'));
    const { files, problems } = readWiki(wiki);
    expect(problems.map((p) => `${p.code} ${p.file}`).sort()).toEqual([
      'symlink-outside docs/leak.md',
      'symlink-outside docs/passwd.md',
      'symlink-outside docs/shared',
      'symlink-outside weekly/2026-W02.md',
    ]);
    expect(JSON.stringify({ files, problems })).not.toMatch(/SECRET-CANARY|root:/);
    expect(files.map((f) => f.path)).toEqual(['docs/index.md']);
  });

  it('refuses a whole kind folder that links out of the wiki', () => {
    const { wiki, outside } = tree({ 'docs/index.md': note });
    symlinkSync(join(outside, 'folder'), join(wiki, 'til'));
    expect(listWiki(wiki).problems.map((p) => `${p.code} ${p.file}`)).toEqual(['symlink-outside til']);
  });

  it('follows a link that stays inside the wiki, once', () => {
    const { wiki } = tree({ 'docs/index.md': note, 'shared/howto.md': note, 'docs/real.md': note });
    symlinkSync('../shared', join(wiki, 'docs/shared'));
    symlinkSync('real.md', join(wiki, 'docs/alias.md'));
    expect(listWiki(wiki)).toEqual({ paths: ['docs/alias.md', 'docs/index.md', 'docs/real.md', 'docs/shared/howto.md'], problems: [] });
  });

  it('names a loop or a second path to a folder of the wiki instead of publishing it twice', () => {
    const { wiki } = tree({ 'docs/guide/a.md': note, 'playbooks/p.md': note });
    symlinkSync('..', join(wiki, 'docs/guide/loop'));
    symlinkSync('../playbooks', join(wiki, 'docs/runbooks'));
    const { paths, problems } = listWiki(wiki);
    expect(paths).toEqual(['docs/guide/a.md', 'playbooks/p.md']);
    expect(problems.map((p) => `${p.code} ${p.file}`).sort()).toEqual(['symlink-loop docs/guide/loop', 'symlink-loop docs/runbooks']);
  });

  it('names a dangling link', () => {
    const { wiki } = tree({ 'docs/index.md': note });
    symlinkSync('nowhere.md', join(wiki, 'docs/gone.md'));
    expect(listWiki(wiki).problems.map((p) => `${p.code} ${p.file}`)).toEqual(['symlink-broken docs/gone.md']);
  });

  it('names files whose names cannot be an address, and normalisation twins', () => {
    const { wiki } = tree({
      'docs/hash#tag.md': note,
      'docs/what?.md': note,
      'docs/100%.md': note,
      'docs/Caf\u00e9.md': note,
      'docs/Cafe\u0301.md': note,
    });
    const found = listWiki(wiki).problems.map((p) => `${p.code} ${p.file}${p.code === 'name-twins' ? ` ${p.message.split(' have')[0]}` : ''}`);
    expect(found.sort()).toEqual(
      [
        'unsafe-file-name docs/100%.md',
        'unsafe-file-name docs/hash#tag.md',
        'unsafe-file-name docs/what?.md',
        `name-twins docs/Cafe\u0301.md and docs/Caf\u00e9.md`,
      ].sort(),
    );
  });
});

describe('readWiki encodings', () => {
  it('names a Latin-1 file with its first bad line, and a UTF-16 file', () => {
    const latin1 = Buffer.from('---\ntitle: Caf\xe9\ndate: 2026-11-02\n---\n', 'latin1');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(note, 'utf16le')]);
    const { wiki } = tree({ 'docs/latin.md': latin1, 'docs/wide.md': utf16, 'docs/ok.md': `\ufeff${note}` });
    const { files, problems } = readWiki(wiki);
    expect(files.map((f) => f.path)).toEqual(['docs/ok.md']);
    expect(problems.map((p) => [p.file, p.line, p.message.split(',')[0]])).toEqual([
      ['docs/latin.md', 2, 'is not valid UTF-8 (probably Latin-1 or Windows-1252)'],
      ['docs/wide.md', undefined, 'is UTF-16 (it starts with a UTF-16 byte order mark)'],
    ]);
  });

  it('decodes UTF-8 as it is', () => {
    expect(decodeText(Buffer.from('héllo ✓'))).toEqual({ text: 'héllo ✓' });
  });
});

describe('isIgnoredPath', () => {
  it.each([
    ['docs/_drafts/x.md', true],
    ['docs/.obsidian/x.md', true],
    ['_x.md', true],
    ['docs/a_b/x.md', false],
  ])('%s -> %s', (path, expected) => expect(isIgnoredPath(path)).toBe(expected));
});

describe('notebooks', () => {
  it('lists .ipynb only in the notebook folder, under the same rules; pages stay Markdown', () => {
    const { wiki, outside } = tree({
      'docs/index.md': note,
      'docs/analysis.ipynb': '{}',
      'notebooks/eval.ipynb': '{"nbformat": 4}',
      'notebooks/deep/more.ipynb': '{}',
      'notebooks/README.md': note,
      'notebooks/.ipynb_checkpoints/eval-checkpoint.ipynb': '{}',
      'notebooks/_scratch.ipynb': '{}',
    });
    writeFileSync(join(outside, 'leak.ipynb'), '{"SECRET-CANARY": 1}');
    symlinkSync(join(outside, 'leak.ipynb'), join(wiki, 'notebooks/leak.ipynb'));
    expect(listWiki(wiki).paths).toEqual(['docs/index.md']);
    const read = readNotebooks(wiki, undefined, 1024);
    expect(read.files.map((file) => file.path)).toEqual(['notebooks/deep/more.ipynb', 'notebooks/eval.ipynb']);
    expect(read.problems.map((problem) => problem.code)).toEqual(['symlink-outside']);
    expect(JSON.stringify(read)).not.toContain('SECRET-CANARY');
  });

  it('does not read a notebook over the size limit', () => {
    const { wiki } = tree({ 'notebooks/big.ipynb': 'x'.repeat(2048), 'notebooks/small.ipynb': '{}' });
    expect(readNotebooks(wiki, undefined, 1024).files).toEqual([
      { path: 'notebooks/big.ipynb', bytes: 2048 },
      { path: 'notebooks/small.ipynb', bytes: 2, source: '{}' },
    ]);
  });
});
