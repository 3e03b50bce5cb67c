import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// pageHistory() takes the site as an argument here; the module's default comes from the virtual module.
vi.mock('virtual:labbook/site', () => ({ default: {} }));
const { pageHistory } = await import('../../../src/data/git.ts');

describe('pageHistory (the page footer data)', () => {
  const repo = mkdtempSync(join(tmpdir(), 'labbook-footer-'));
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: repo, env: { ...process.env, GIT_AUTHOR_DATE: '2026-11-05T10:00:00Z', GIT_COMMITTER_DATE: '2026-11-05T10:00:00Z' } });
  git('init', '-q');
  mkdirSync(join(repo, 'notes', 'til'), { recursive: true });
  writeFileSync(join(repo, 'notes', 'til', 'a b.md'), 'x');
  git('add', '.');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'a');
  const contentDir = join(repo, 'notes');

  it("gives the file's last commit and its GitHub edit link", () => {
    const history = pageHistory(join(contentDir, 'til', 'a b.md'), { contentDir, repo: 'team/wiki', branch: 'main' });
    expect(history.updated).toMatch(/^2026-11-05T10:00:00/);
    expect(history.edit).toBe('https://github.com/team/wiki/edit/main/notes/til/a%20b.md');
  });

  it('gives no edit link without `repo`, and nothing for a page without a file', () => {
    expect(pageHistory(join(contentDir, 'til', 'a b.md'), { contentDir, repo: undefined, branch: 'main' }).edit).toBeUndefined();
    expect(pageHistory(undefined, { contentDir, repo: 'team/wiki', branch: 'main' })).toEqual({});
  });
});
