import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/index.ts';
import { makeSite, makeWorkDir, runBuild } from './run-build.ts';

/** `labbook new til ...` on the wiki in `site`, as a script would run it (no terminal), on 2026-11-18. */
async function newTil(site: string, args: string[]): Promise<string> {
  let stdout = '';
  let stderr = '';
  const ctx = { cwd: site, env: { LABBOOK_CONTENT: site }, now: new Date(2026, 10, 18, 12), stdout: (text: string) => (stdout += text), stderr: (text: string) => (stderr += text) };
  const code = await run(['new', 'til', ...args], ctx);
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  return stdout;
}

describe('a note written by `labbook new til` builds where the layout keeps TILs', { timeout: 600_000 }, () => {
  it('diary: entries added to the daily logs TILs/<date>.md are pages, next to the ones written by hand', async () => {
    const site = makeSite({
      'labbook.yaml': 'title: Diary\nlayout: diary\n',
      'TILs/2026-11-17.md': '## 2026-11-17\n\n### [Debugging] NaN after resume\n\nThe scaler state was not saved.\n',
    });
    expect(await newTil(site, ['Resume needs the scaler', '--date', '2026-11-17', '--tags', 'pytorch'])).toBe(`TILs/2026-11-17.md\nentry 2 of the day's log, at line 7\n`);
    expect(await newTil(site, ['GradScaler skips steps', '--category', 'Training'])).toBe('TILs/2026-11-18.md\na new daily log for 2026-11-18; the note is its ### entry\n');
    const out = join(makeWorkDir(), 'dist');
    const { status, output } = runBuild(site, out);
    expect(status, output).toBe(0);
    const page = (slug: string) => readFileSync(join(out, 'til', slug, 'index.html'), 'utf8');
    expect(page('2026-11-17-nan-after-resume')).toContain('The scaler state was not saved.');
    expect(page('2026-11-17-resume-needs-the-scaler')).toContain('<h1>Resume needs the scaler</h1>');
    expect(page('2026-11-17-resume-needs-the-scaler')).toContain('href="/tags/pytorch/"');
    expect(page('2026-11-18-gradscaler-skips-steps')).toContain('href="/categories/training/"');
  });

  it('til-repo: a note in a topic folder is a page of that topic', async () => {
    const site = makeSite({
      'labbook.yaml': 'title: TIL\nlayout: til-repo\n',
      'README.md': '# TIL\n',
      'vim/buffers.md': '---\ndate: 2020-03-04\n---\n# Buffers in Vim\n\nList them with `:ls`.\n',
      'git/amend.md': '---\ndate: 2020-03-05\n---\n# Amend a commit\n\nWith `git commit --amend`.\n',
    });
    expect(await newTil(site, ['Jump to a mark', '--category', 'Vim'])).toBe("vim/jump-to-a-mark.md\ntopic vim/ (from --category): the note's category\n");
    const out = join(makeWorkDir(), 'dist');
    const { status, output } = runBuild(site, out);
    expect(status, output).toBe(0);
    const page = readFileSync(join(out, 'til/vim-jump-to-a-mark/index.html'), 'utf8');
    expect(page).toContain('<h1>Jump to a mark</h1>');
    expect(page).toContain('href="/categories/vim/"');
  });
});
