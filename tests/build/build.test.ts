import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeSite, makeWorkDir, runBuild, tilFile } from './run-build.ts';

/** Every file below `dir`, relative, sorted: to compare a folder before and after. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

const goodSite = {
  'labbook.yaml': 'title: Build Test Wiki\nrepo: acme/wiki\n',
  'til/2026-11-02-first.md': tilFile('First note', '2026-11-02', 'tags: [pytorch]\n', '## Why\n\nBecause.\n\n```python\nprint("hi")\n```\n'),
  'docs/index.md': '---\ntitle: Handbook\n---\nWelcome.\n',
};

describe('astro build', () => {
  it('builds the folder named by LABBOOK_CONTENT into the output folder', () => {
    const work = makeWorkDir();
    const out = join(work, 'dist');
    const { status, output } = runBuild(makeSite(goodSite), out);
    expect(status, output).toBe(0);
    const til = readFileSync(join(out, 'til/2026-11-02-first/index.html'), 'utf8');
    expect(til).toContain('<h1>First note</h1>');
    expect(til).toContain('id="why"');
    expect(readFileSync(join(out, 'docs/index.html'), 'utf8')).toContain('Welcome.');
    expect(readdirSync(work).filter((name) => name.includes('staging'))).toEqual([]);
  });

  it('fails on bad input naming every file and field, and leaves the previous site untouched', () => {
    const work = makeWorkDir();
    const out = join(work, 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'previous site');
    const site = makeSite({
      ...goodSite,
      'til/2026-11-03-bad-yaml.md': '---\ntitle: [unclosed\ndate: 2026-11-03\n---\n',
      'til/2026-11-04-no-title.md': '---\ndate: 2026-11-04\n---\nx\n',
      'til/2026-11-05-bad-date.md': tilFile('Bad date', '2026-13-45'),
      'docs/guides.md': '---\ntitle: A\n---\n',
      'docs/guides/index.md': '---\ntitle: B\n---\n',
      'til/2026-11-06.md': '## 2026-11-06\n\n### [Data] Fine entry\n\nText.\n\n### [] Empty brackets\n\nText.\n',
    });
    const { status, output } = runBuild(site, out);
    expect(status).not.toBe(0);
    expect(output).toContain('til/2026-11-03-bad-yaml.md:3: front matter YAML does not parse');
    expect(output).toContain('til/2026-11-04-no-title.md: title: required');
    expect(output).toContain('til/2026-11-05-bad-date.md:3: date: expected a real calendar date written YYYY-MM-DD');
    expect(output).toContain('docs/guides.md: would be published at /docs/guides/, like docs/guides/index.md');
    expect(output).toContain('til/2026-11-06.md:7: entry heading: expected a category inside the brackets, e.g. "### [Training] Title", found "### [] Empty brackets"');
    expect(listFiles(out)).toEqual(['index.html']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous site');
  });

  it('fails an invalid labbook.yaml', () => {
    const work = makeWorkDir();
    const { status, output } = runBuild(makeSite({ ...goodSite, 'labbook.yaml': 'title: W\nrepo: not/a/repo\n' }), join(work, 'dist'));
    expect(status).not.toBe(0);
    expect(output).toContain('labbook.yaml:2: repo: expected a GitHub repository written owner/name');
  });

  it('fails a missing or empty content folder', () => {
    const work = makeWorkDir();
    const missing = runBuild(join(work, 'nowhere'), join(work, 'dist'));
    expect(missing.status).not.toBe(0);
    expect(missing.output).toContain('the content folder does not exist');
    const empty = runBuild(makeSite({ 'labbook.yaml': 'title: W\n', 'til/.keep': '' }), join(work, 'dist'));
    expect(empty.status).not.toBe(0);
    expect(empty.output).toContain('the content folder has no pages');
  });

  it('keeps the previous site when the build fails after validation', () => {
    const work = makeWorkDir();
    const out = join(work, 'dist');
    expect(runBuild(makeSite(goodSite), out).status).toBe(0);
    const before = listFiles(out);
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    // Valid front matter, broken MDX: only the real compile notices.
    const broken = makeSite({ ...goodSite, 'docs/broken.mdx': '---\ntitle: Broken\n---\n<div>\n\n{unclosed\n' });
    const { status, output } = runBuild(broken, out);
    expect(status, output).not.toBe(0);
    expect(output).toMatch(/broken\.mdx/);
    expect(listFiles(out)).toEqual(before);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(html);
    expect(readdirSync(dirname(out)).filter((name) => name.includes('staging'))).toEqual([]);
  });

  it('follows a rename that keeps the URL on a warm rebuild', () => {
    const work = makeWorkDir();
    const out = join(work, 'dist');
    const site = makeSite({ ...goodSite, 'docs/gloss.mdx': '---\ntitle: Gloss\n---\nTerms.\n' });
    execFileSync('git', ['init', '-q'], { cwd: site }); // so pages get "Edit this page" links
    expect(runBuild(site, out).status).toBe(0);
    expect(readFileSync(join(out, 'til/2026-11-02-first/index.html'), 'utf8')).toContain('/edit/main/til/2026-11-02-first.md');
    renameSync(join(site, 'til/2026-11-02-first.md'), join(site, 'til/2026-11-02-First.md'));
    renameSync(join(site, 'docs/gloss.mdx'), join(site, 'docs/Gloss.mdx'));
    const { status, output } = runBuild(site, out);
    expect(status, output).toBe(0);
    const til = readFileSync(join(out, 'til/2026-11-02-first/index.html'), 'utf8');
    expect(til).toContain('/edit/main/til/2026-11-02-First.md');
    expect(readFileSync(join(out, 'docs/gloss/index.html'), 'utf8')).toContain('Terms.');
  });

  it('builds CRLF and BOM files exactly like LF ones', () => {
    const body = '## Heading\n\nA line\nand another.\n\n```bash\necho "hi"\n```\n';
    const lf = tilFile('Café 日本語', '2026-11-02', 'tags: [c++, ci/cd]\ntakeaway: Line endings do not matter.\n', body);
    const crlf = Buffer.from(`\uFEFF${lf.replace(/\n/g, '\r\n')}`, 'utf8');
    const page = (source: string | Buffer) => {
      const work = makeWorkDir();
      const out = join(work, 'dist');
      const { status, output } = runBuild(makeSite({ 'labbook.yaml': 'title: W\n', 'til/2026-11-02-endings.md': source }), out);
      expect(status, output).toBe(0);
      return readFileSync(join(out, 'til/2026-11-02-endings/index.html'), 'utf8');
    };
    const fromLf = page(lf);
    expect(fromLf).toContain('<h1>Café 日本語</h1>');
    expect(page(crlf)).toBe(fromLf);
  });
});
