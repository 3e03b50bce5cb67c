import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGitInfo } from '../../../src/lib/git-dates.ts';

describe('readGitInfo', () => {
  it('answers nothing outside a repository', () => {
    const dir = mkdtempSync(join(tmpdir(), 'labbook-nogit-'));
    const info = readGitInfo(dir);
    expect(info.lastUpdated(join(dir, 'a.md'))).toBeUndefined();
    expect(info.repoPath(join(dir, 'a.md'))).toBeUndefined();
  });

  it('reads commit dates and repo paths in one go', () => {
    const repo = mkdtempSync(join(tmpdir(), 'labbook-git-'));
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: repo,
        env: { ...process.env, GIT_AUTHOR_DATE: '2026-11-05T10:00:00Z', GIT_COMMITTER_DATE: '2026-11-05T10:00:00Z' },
      });
    git('init', '-q');
    mkdirSync(join(repo, 'wiki', 'til'), { recursive: true });
    writeFileSync(join(repo, 'wiki', 'til', 'a.md'), 'x');
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'a');
    const info = readGitInfo(join(repo, 'wiki'));
    expect(info.repoPath(join(repo, 'wiki', 'til', 'a.md'))).toBe('wiki/til/a.md');
    expect(info.lastUpdated(join(repo, 'wiki', 'til', 'a.md'))).toMatch(/^2026-11-05T10:00:00/);
  });
});
