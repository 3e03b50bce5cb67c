import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/index.ts';
import { makeSite, makeWorkDir, runBuild, tilFile } from './run-build.ts';

describe('/readme-feed.md', () => {
  it('publishes the same list `labbook readme` writes: absolute links with the base, drafts left out', async () => {
    const site = makeSite({
      'labbook.yaml': 'title: Acme\nurl: https://acme.github.io\nbase: /wiki/\n',
      'til/2026-11-02-hostile.md': tilFile('"Tag \\"><img src=x> *bold*"', '2026-11-02', 'category: Training\n'),
      'til/2026-11-03-draft.md': tilFile('Draft', '2026-11-03', 'draft: true\n'),
      'til/2026-11-01-unicode.md': tilFile('日本語のメモ 🚀', '2026-11-01'),
    });
    const out = join(makeWorkDir(), 'dist');
    const { status, output } = runBuild(site, out);
    expect(status, output).toBe(0);
    const published = readFileSync(join(out, 'readme-feed.md'), 'utf8');
    expect(published).toBe(
      '- [Tag "\\>\\<img src=x\\> \\*bold\\*](https://acme.github.io/wiki/til/2026-11-02-hostile/) · 2026-11-02 · Training\n' +
        '- [日本語のメモ 🚀](https://acme.github.io/wiki/til/2026-11-01-unicode/) · 2026-11-01\n',
    );

    const cwd = mkdtempSync(join(tmpdir(), 'labbook-readme-'));
    writeFileSync(join(cwd, 'README.md'), '<!-- labbook:start -->\n<!-- labbook:end -->\n');
    const ctx = { cwd, env: { LABBOOK_CONTENT: site }, now: new Date(), stdout: () => {}, stderr: () => {} };
    expect(await run(['readme', '--target', 'README.md'], ctx)).toBe(0);
    expect(readFileSync(join(cwd, 'README.md'), 'utf8')).toBe(`<!-- labbook:start -->\n${published}<!-- labbook:end -->\n`);
  });
});
