/** The build's checks of one saved page, for `labbook dev` (src/lib/dev/saved-pages.ts). */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { savedPages } from '../../../../src/lib/dev/saved-pages.ts';
import { checkContentDir } from '../../../../src/lib/validate-content.ts';

const note = (date: string, title = 'Reseed the shuffle') => `---\ntitle: ${title}\ndate: ${date}\n---\n\nText.\n`;

/** A wiki holding `files`, checked as the build checks it at start-up, and its saved-page checker. */
function wiki(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'labbook-saved-'));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  for (const [path, text] of Object.entries(files)) write(path, text);
  const checked = checkContentDir(dir);
  expect(checked.problems).toEqual([]);
  return { dir, write, pages: savedPages(dir, undefined, checked) };
}

describe('savedPages', () => {
  it('reports a date that is not a day with its line, as the build does', () => {
    const { write, pages } = wiki({ 'til/2026-01-14-reseed.md': note('2026-01-14') });
    write('til/2026-01-14-reseed.md', note('2026-13-45'));
    const saved = pages.check('til/2026-01-14-reseed.md');
    expect(saved).toMatchObject({ kind: 'page', problems: [{ code: 'frontmatter-field', file: 'til/2026-01-14-reseed.md', line: 3 }] });
    expect(saved.kind === 'page' && saved.problems[0]?.message).toMatch(/^date: expected a real calendar date written YYYY-MM-DD/);
  });

  it('reports front matter YAML that does not parse with its line, and nothing once it is fixed', () => {
    const { write, pages } = wiki({ 'til/2026-01-14-reseed.md': note('2026-01-14') });
    write('til/2026-01-14-reseed.md', '---\ntitle: Reseed\ndate: 2026-01-14\ntags: [a, b\nauthors: [x]\n---\n');
    expect(pages.check('til/2026-01-14-reseed.md')).toMatchObject({ problems: [{ code: 'frontmatter-yaml', line: expect.any(Number) }] });
    write('til/2026-01-14-reseed.md', note('2026-01-14'));
    expect(pages.check('til/2026-01-14-reseed.md')).toMatchObject({ kind: 'page', problems: [] });
  });

  it('a date that differs from the file name, as the build does', () => {
    const { write, pages } = wiki({ 'til/2026-01-14-reseed.md': note('2026-01-14') });
    write('til/2026-01-14-reseed.md', note('2026-01-15'));
    expect(pages.check('til/2026-01-14-reseed.md')).toMatchObject({ problems: [{ line: 3, message: expect.stringContaining('the file name says 2026-01-14') }] });
  });

  it("a new page at another page's address is a problem of the new page", () => {
    const { write, pages } = wiki({ 'docs/setup.md': '# Setup\n' });
    write('docs/setup.mdx', '# Setup again\n');
    const saved = pages.check('docs/setup.mdx');
    expect(saved).toMatchObject({ kind: 'page', problems: [{ code: 'duplicate-url', file: 'docs/setup.mdx' }] });
    // Saved in turn, the older page names the newer one.
    expect(pages.check('docs/setup.md')).toMatchObject({ kind: 'page', problems: [{ code: 'duplicate-url', file: 'docs/setup.md' }] });
  });

  it('drafts and other files are not pages; a deleted page is gone', () => {
    const { dir, write, pages } = wiki({ 'til/2026-01-14-reseed.md': note('2026-01-14') });
    write('til/_draft.md', 'title: [broken');
    expect(pages.check('til/_draft.md')).toEqual({ kind: 'not-a-page', path: 'til/_draft.md' });
    expect(pages.check('notes/x.md')).toEqual({ kind: 'gone', path: 'notes/x.md' });
    write('notes/x.md', '# Not in a kind folder\n');
    expect(pages.check('notes/x.md')).toEqual({ kind: 'not-a-page', path: 'notes/x.md' });
    rmSync(join(dir, 'til/2026-01-14-reseed.md'));
    expect(pages.check('til/2026-01-14-reseed.md')).toEqual({ kind: 'gone', path: 'til/2026-01-14-reseed.md' });
  });

  it('a page added while the server runs is checked too', () => {
    const { write, pages } = wiki({ 'til/2026-01-14-reseed.md': note('2026-01-14') });
    write('til/2026-02-01-new.md', note('2026-02-30', 'New'));
    expect(pages.check('til/2026-02-01-new.md')).toMatchObject({ kind: 'page', problems: [{ line: 3 }] });
  });

  it('a daily log: its entries are checked as the build checks them', () => {
    const { write, pages } = wiki({ 'til/2026-11-02.md': '## 2026-11-02\n\n### First\n\nText.\n' });
    write('til/2026-11-02.md', '## 2026-11-03\n\n### First\n\nText.\n');
    expect(pages.check('til/2026-11-02.md')).toMatchObject({ problems: [{ code: 'daily-log-date', line: 1 }] });
  });
});
