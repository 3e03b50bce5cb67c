import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';

/**
 * When each file of a folder was created and last changed, from ONE `git log` over the repository
 * (name-status with rename detection), not a process per file. A note that was renamed or moved to
 * another topic keeps the date of its first commit under its old name.
 */

/** A file's first and last commit: author date of the first (when it was written), committer date of the last. */
export interface FileDates {
  created: string;
  updated: string;
}

/** The arguments of the one `git log` call whose output {@link parseNameStatusLog} reads. */
export const HISTORY_LOG_ARGS = ['log', '-z', '--format=%x01%aI%x09%cI', '--name-status', '-M', '--'];

/** A name-status line's status: `M`, `A`, `D`, `T`, or `R`/`C` with a similarity score (`R100`). */
const STATUS = /^[ACDMRTUXB]\d*$/;

/**
 * Parse `git log -z --format=%x01%aI%x09%cI --name-status -M` (newest commit first) into "path at
 * the newest commit -> dates". Walking back in time, a rename `R old new` hands the history of `new`
 * over to `old`, so the oldest commit of the file under any of its names is its creation.
 */
export function parseNameStatusLog(log: string): Map<string, FileDates> {
  const result = new Map<string, FileDates>();
  // The name each live history has at the commit being read (older commits come later).
  const pending = new Map<string, FileDates>();
  const tokens = log.split('\0');
  let author = '';
  let committer = '';
  const touch = (path: string): FileDates => {
    let dates = pending.get(path);
    if (!dates) {
      dates = { created: author, updated: committer };
      pending.set(path, dates);
      // The newest history of a path is the file there now; an older one (deleted, then added again) is not.
      if (!result.has(path)) result.set(path, dates);
    }
    dates.created = author;
    return dates;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = (tokens[i] ?? '').replace(/^\n+/, '');
    if (token.startsWith('\x01')) {
      const [a = '', c = ''] = token.slice(1).trim().split('\t');
      author = a;
      committer = c || a;
      continue;
    }
    if (!STATUS.test(token)) continue;
    const status = token[0];
    if (status === 'R' || status === 'C') {
      const from = tokens[++i] ?? '';
      const to = tokens[++i] ?? '';
      const dates = touch(to);
      if (status === 'R') {
        pending.delete(to);
        pending.set(from, dates);
      } else {
        // A copy starts a new file; the original keeps its own history.
        pending.delete(to);
      }
      continue;
    }
    const path = tokens[++i] ?? '';
    touch(path);
    // Before its creation the path had no history of this file.
    if (status === 'A') pending.delete(path);
  }
  return result;
}

/** Why the dates come from the files rather than git, if they do. */
export type HistoryWarning = 'not-git' | 'shallow' | 'no-commits';

export interface GitHistory {
  /** Dates of a file (absolute path); from the file itself when git cannot tell. */
  datesOf(file: string): FileDates | undefined;
  /** Set when git could not give dates: then every file has its own (modification) date. */
  warning?: HistoryWarning;
}

/** A file's modification time as its dates: what a folder outside git, or a shallow clone, can tell. */
function fileDates(file: string): FileDates | undefined {
  try {
    const time = statSync(file).mtime.toISOString();
    return { created: time, updated: time };
  } catch {
    return undefined;
  }
}

/** The repository's top folder and the parsed log of everything under a folder; undefined outside git. */
export interface GitLog {
  top: string;
  shallow: boolean;
  /** Undefined when the repository has no commits yet. */
  dates?: Map<string, FileDates>;
}

const logs = new Map<string, GitLog | undefined>();

/**
 * Run `git log` once per folder and process: the days of notes (created) and every page's "last
 * updated" (src/lib/git-dates.ts) read the same log.
 */
export function gitLog(folder: string): GitLog | undefined {
  if (logs.has(folder)) return logs.get(folder);
  const run = (args: string[]) =>
    execFileSync('git', args, { cwd: folder, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1024 * 1024 * 1024 });
  let log: GitLog | undefined;
  try {
    const top = run(['rev-parse', '--show-toplevel']).trim();
    const shallow = run(['rev-parse', '--is-shallow-repository']).trim() === 'true';
    let dates: Map<string, FileDates> | undefined;
    try {
      dates = parseNameStatusLog(run([...HISTORY_LOG_ARGS, '.']));
    } catch {
      // A repository without commits yet.
    }
    log = { top, shallow, ...(dates ? { dates } : {}) };
  } catch {
    log = undefined;
  }
  logs.set(folder, log);
  return log;
}

/** A file's path inside the repository, forward slashes. */
export const repoPathOf = (top: string, file: string): string => relative(top, resolve(file)).split(sep).join('/');

/** The history of everything under `folder`, from {@link gitLog}. */
export function readGitHistory(folder: string): GitHistory {
  const log = gitLog(folder);
  if (!log) return { datesOf: fileDates, warning: 'not-git' };
  // A shallow clone's oldest commit would be every file's creation: its dates would be wrong.
  if (log.shallow) return { datesOf: fileDates, warning: 'shallow' };
  const { dates, top } = log;
  if (!dates) return { datesOf: fileDates, warning: 'no-commits' };
  // A file not committed yet is dated by itself.
  return { datesOf: (file) => dates.get(repoPathOf(top, file)) ?? fileDates(file) };
}

const byFolder = new Map<string, GitHistory>();

/** {@link readGitHistory}, asked once per folder however many notes need it. */
export function gitHistory(folder: string): GitHistory {
  let history = byFolder.get(folder);
  if (!history) {
    history = readGitHistory(folder);
    byFolder.set(folder, history);
  }
  return history;
}

/** The one warning a build gives when notes are dated by their files, naming what to do. */
export function historyWarningText(warning: HistoryWarning, folder: string): string {
  const what = {
    'not-git': `${folder} is not in a git repository`,
    shallow: `${folder} is in a shallow clone (git rev-parse --is-shallow-repository), so git does not know when notes were first written`,
    'no-commits': `the git repository of ${folder} has no commits yet`,
  }[warning];
  const fix = warning === 'shallow' ? ' Clone with the full history (actions/checkout with fetch-depth: 0, or git fetch --unshallow).' : '';
  return `${what}: notes without a date are dated by their files' modification times.${fix}`;
}
