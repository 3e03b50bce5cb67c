import { gitLog, repoPathOf } from './git/history.ts';

/** Last-updated dates and repo paths of the files in a folder, from the build's one `git log` (src/lib/git/history.ts). */
export interface GitInfo {
  /** Last commit date (ISO 8601) of a file given by absolute path, if git knows it. */
  lastUpdated(file: string): string | undefined;
  /** The file's path inside the repository (for "edit this page"), if the folder is in one. */
  repoPath(file: string): string | undefined;
}

const NO_GIT: GitInfo = { lastUpdated: () => undefined, repoPath: () => undefined };

/** Ask git once for the whole folder; outside a repository (or without git) every answer is empty. */
export function readGitInfo(folder: string): GitInfo {
  const log = gitLog(folder);
  if (!log) return NO_GIT;
  // A repository without commits yet: files can be edited on GitHub once pushed, but have no dates.
  const toRepo = (file: string) => repoPathOf(log.top, file);
  return { lastUpdated: (file) => log.dates?.get(toRepo(file))?.updated, repoPath: toRepo };
}
