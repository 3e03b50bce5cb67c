import { execFileSync } from 'node:child_process';
import { relative, resolve, sep } from 'node:path';

/**
 * Parse `git log --format=%x00%cI --name-only` output into "path -> last commit date". The log is
 * newest first, so the first date seen for a path is its last change.
 */
export function parseGitLog(log: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const block of log.split('\0')) {
    const [date, ...paths] = block.trim().split('\n');
    if (!date) continue;
    for (const path of paths) if (path && !dates.has(path)) dates.set(path, date.trim());
  }
  return dates;
}

/** Last-updated dates and repo paths of the files in a folder, from one `git log` call. */
export interface GitInfo {
  /** Last commit date (ISO 8601) of a file given by absolute path, if git knows it. */
  lastUpdated(file: string): string | undefined;
  /** The file's path inside the repository (for "edit this page"), if the folder is in one. */
  repoPath(file: string): string | undefined;
}

const NO_GIT: GitInfo = { lastUpdated: () => undefined, repoPath: () => undefined };

/** Ask git once for the whole folder; outside a repository (or without git) every answer is empty. */
export function readGitInfo(folder: string): GitInfo {
  try {
    const run = (args: string[]) => execFileSync('git', args, { cwd: folder, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
    const top = run(['rev-parse', '--show-toplevel']).trim();
    let dates = new Map<string, string>();
    try {
      dates = parseGitLog(run(['log', '--format=%x00%cI', '--name-only', '--no-renames', '--', '.']));
    } catch {
      // A repository without commits yet: files can be edited on GitHub once pushed, but have no dates.
    }
    const toRepo = (file: string) => relative(top, resolve(file)).split(sep).join('/');
    return { lastUpdated: (file) => dates.get(toRepo(file)), repoPath: toRepo };
  } catch {
    return NO_GIT;
  }
}
