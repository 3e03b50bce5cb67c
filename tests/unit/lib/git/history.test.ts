import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HISTORY_LOG_ARGS, parseNameStatusLog, readGitHistory } from '../../../../src/lib/git/history.ts';

/** One commit of `git log -z --format=%x01%aI%x09%cI --name-status -M`: header, then status and paths. */
const commit = (author: string, committer: string, ...changes: string[][]) =>
  `\x01${author}\t${committer}\0\n${changes.map((change) => change.join('\0')).join('\0')}\0`;

describe('parseNameStatusLog', () => {
  it('dates a file by its first commit (author) and its last (committer)', () => {
    const log = commit('2021-01-01T00:00:00Z', '2021-01-02T00:00:00Z', ['M', 'vim/a.md']) + commit('2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z', ['A', 'vim/a.md']);
    expect(parseNameStatusLog(log).get('vim/a.md')).toEqual({ created: '2020-01-01T00:00:00Z', updated: '2021-01-02T00:00:00Z' });
  });

  it('follows a rename back to the first commit under the old name', () => {
    const log =
      commit('2022-01-01T00:00:00Z', '2022-01-01T00:00:00Z', ['R087', 'misc/a.md', 'vim/b.md'], ['A', 'git/c.md']) +
      commit('2020-05-05T00:00:00Z', '2020-05-05T00:00:00Z', ['A', 'misc/a.md']);
    const dates = parseNameStatusLog(log);
    expect(dates.get('vim/b.md')).toEqual({ created: '2020-05-05T00:00:00Z', updated: '2022-01-01T00:00:00Z' });
    expect(dates.get('git/c.md')?.created).toBe('2022-01-01T00:00:00Z');
  });

  it('does not date a file added again by the one deleted before it', () => {
    const log =
      commit('2023-01-01T00:00:00Z', '2023-01-01T00:00:00Z', ['A', 'a.md']) +
      commit('2022-01-01T00:00:00Z', '2022-01-01T00:00:00Z', ['D', 'a.md']) +
      commit('2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z', ['A', 'a.md']);
    expect(parseNameStatusLog(log).get('a.md')).toEqual({ created: '2023-01-01T00:00:00Z', updated: '2023-01-01T00:00:00Z' });
  });

  it('keeps names with spaces and non-ASCII letters as written (-z, no quoting)', () => {
    const log = commit('2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z', ['A', 'vim/é x.md']);
    expect([...parseNameStatusLog(log).keys()]).toEqual(['vim/é x.md']);
  });

  it('reads an empty log as no dates', () => {
    expect(parseNameStatusLog('').size).toBe(0);
  });
});

describe('readGitHistory', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const temp = () => {
    const dir = mkdtempSync(join(tmpdir(), 'labbook-history-'));
    dirs.push(dir);
    return dir;
  };

  it('runs one git log over a real repository, following a rename', () => {
    const dir = temp();
    const git = (args: string[], date?: string) =>
      execFileSync('git', args, { cwd: dir, env: { ...process.env, ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) } });
    git(['init', '-q']);
    git(['config', 'user.email', 't@example.com']);
    git(['config', 'user.name', 'T']);
    mkdirSync(join(dir, 'vim'));
    writeFileSync(join(dir, 'vim', 'a.md'), '# A\n');
    git(['add', '.']);
    git(['commit', '-qm', 'one'], '2020-03-04T10:00:00Z');
    git(['mv', 'vim/a.md', 'vim/b.md']);
    git(['commit', '-qm', 'two'], '2021-05-06T10:00:00Z');
    const history = readGitHistory(dir);
    expect(history.warning).toBeUndefined();
    expect(history.datesOf(join(dir, 'vim', 'b.md'))).toEqual({ created: '2020-03-04T10:00:00+00:00', updated: '2021-05-06T10:00:00+00:00' });
    expect(HISTORY_LOG_ARGS).toContain('--name-status');
  });

  it('in a shallow clone: a warning, and file dates rather than the clone commit', () => {
    const origin = temp();
    const git = (cwd: string, args: string[]) => execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], { cwd, stdio: 'ignore' });
    git(origin, ['init', '-q']);
    writeFileSync(join(origin, 'a.md'), '# A\n');
    git(origin, ['add', '.']);
    git(origin, ['commit', '-qm', 'one']);
    writeFileSync(join(origin, 'b.md'), '# B\n');
    git(origin, ['add', '.']);
    git(origin, ['commit', '-qm', 'two']);
    const parent = temp();
    git(parent, ['clone', '-q', '--depth', '1', `file://${origin}`, 'shallow']);
    const history = readGitHistory(join(parent, 'shallow'));
    expect(history.warning).toBe('shallow');
    expect(history.datesOf(join(parent, 'shallow', 'a.md'))?.created).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('outside a repository: one warning, file dates', () => {
    const dir = temp();
    writeFileSync(join(dir, 'a.md'), '# A\n');
    const history = readGitHistory(dir);
    // tmpdir() itself is not in a repository on any machine these tests run on.
    expect(history.warning).toBe('not-git');
    expect(history.datesOf(join(dir, 'a.md'))?.created).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });
});
