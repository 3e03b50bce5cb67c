import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeSite, makeWorkDir, runBuild, tilFile } from './run-build.ts';

/** Every file below `dir`, relative, sorted. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

const CANARY = 'LABBOOK-SECRET-CANARY-7f3a';
const base = {
  'labbook.yaml': 'title: Trust\nurl: https://acme.github.io/wiki/\n',
  'til/2026-11-02-first.md': tilFile('First note', '2026-11-02'),
  'docs/index.md': '---\ntitle: Handbook\n---\nWelcome.\n',
};

/** A sibling of the content folder holding secrets the build must never read into the site or its log. */
function outsideOf(site: string): string {
  const outside = join(dirname(site), `${site.split('/').pop()}-outside`);
  mkdirSync(join(outside, 'folder'), { recursive: true });
  writeFileSync(join(outside, 'secret.md'), `---\ntitle: ${CANARY}\n---\n${CANARY}\n`);
  writeFileSync(join(outside, 'folder/page.md'), `---\ntitle: ${CANARY}\n---\n${CANARY}\n`);
  writeFileSync(join(outside, 'leak.png'), Buffer.from('89504e470d0a1a0a', 'hex'));
  return outside;
}

describe('nothing outside the wiki is published', () => {
  it('leaves `_` and `.` folders out of pages, sitemap and search, even with invalid files in them', () => {
    const site = makeSite({
      ...base,
      'docs/_drafts/x.md': '---\ntitle: Draft page\n---\nDRAFT-TEXT\n',
      'docs/_private/plan.md': '---\ntitle: Private plan\n---\nPRIVATE-TEXT\n',
      'models/_templates/card.md': '---\nmodel_name: [unclosed\n---\n',
      '.obsidian/workspace.md': 'not: [valid',
      'docs/.obsidian/notes.md': '---\ntitle: Hidden\n---\n',
      'til/_wip.md': 'no front matter at all',
    });
    const out = join(makeWorkDir(), 'dist');
    const { status, output } = runBuild(site, out);
    expect(status, output).toBe(0);
    const files = listFiles(out);
    expect(files.filter((f) => /_drafts|_private|_templates|obsidian|_wip/.test(f))).toEqual([]);
    const everything = files.filter((f) => /\.(html|xml|json|md)$/.test(f)).map((f) => readFileSync(join(out, f), 'utf8')).join('\n');
    expect(everything).not.toMatch(/DRAFT-TEXT|PRIVATE-TEXT|Draft page|Private plan|_drafts|_private/);
    expect(readFileSync(join(out, '.labbook-site'), 'utf8')).toContain('written by Labbook');
  });

  it('fails on links out of the wiki, unsafe names and other encodings, without printing what the links point to', () => {
    const site = makeSite({
      ...base,
      'docs/hash#tag.md': '---\ntitle: Hash\n---\n',
      'docs/Caf\u00e9.md': '---\ntitle: One\n---\n',
      'docs/Cafe\u0301.md': '---\ntitle: Two\n---\n',
      'docs/latin.md': Buffer.from('---\ntitle: Caf\xe9\n---\n', 'latin1'),
    });
    const outside = outsideOf(site);
    mkdirSync(join(site, 'weekly'));
    symlinkSync(join(outside, 'secret.md'), join(site, 'weekly/2026-W02.md'));
    symlinkSync(join(outside, 'folder'), join(site, 'docs/shared'));
    symlinkSync('/etc/passwd', join(site, 'docs/passwd.md'));
    const out = join(makeWorkDir(), 'dist');
    const { status, output } = runBuild(site, out);
    expect(status).not.toBe(0);
    expect(output).toContain('weekly/2026-W02.md: is a symbolic link to a place outside the content folder');
    expect(output).toContain('docs/shared: is a symbolic link to a place outside the content folder');
    expect(output).toContain('docs/passwd.md: is a symbolic link to a place outside the content folder');
    expect(output).toContain('docs/hash#tag.md: has "#" in its name');
    expect(output).toMatch(/docs\/Caf.*\.md: and docs\/Caf.*\.md have the same name written with different Unicode characters/);
    expect(output).toContain('docs/latin.md:2: is not valid UTF-8 (probably Latin-1 or Windows-1252)');
    expect(output).not.toContain(CANARY);
    expect(output).not.toMatch(/root:x:0/);
    expect(existsSync(out)).toBe(false);
  });

  it('fails on an image outside the wiki and an SVG with code, and publishes neither', () => {
    const site = makeSite({
      ...base,
      'docs/figures.md': '---\ntitle: Figures\n---\n\n![leak](../../labbook-leak/leak.png)\n\n![evil](./evil.svg)\n',
      'docs/evil.svg': '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.domain)"><script>alert(1)</script></svg>',
    });
    const leakDir = join(dirname(site), 'labbook-leak');
    mkdirSync(leakDir, { recursive: true });
    writeFileSync(join(leakDir, 'leak.png'), Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f3b7ce0000000049454e44ae426082', 'hex'));
    const out = join(makeWorkDir(), 'dist');
    const { status, output } = runBuild(site, out);
    expect(status).not.toBe(0);
    expect(output).toContain('docs/figures.md:5: image "../../labbook-leak/leak.png" is outside the content folder');
    expect(output).toContain('docs/figures.md:7: image "./evil.svg" is an SVG with');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses to write the site over the content folder or a folder it did not write', () => {
    const site = makeSite(base);
    const before = listFiles(site);
    const work = makeWorkDir();
    const intoContent = runBuild(site, site);
    expect(intoContent.status).not.toBe(0);
    expect(intoContent.output).toContain('LABBOOK_OUT: the output folder');
    expect(intoContent.output).toContain('is the content folder');
    expect(listFiles(site)).toEqual(before);
    const theirs = join(work, 'theirs');
    mkdirSync(theirs);
    writeFileSync(join(theirs, 'thesis.tex'), 'a year of work');
    const intoTheirs = runBuild(site, theirs);
    expect(intoTheirs.status).not.toBe(0);
    expect(intoTheirs.output).toContain('is not empty and was not written by Labbook');
    expect(listFiles(theirs)).toEqual(['thesis.tex']);
  });
});
