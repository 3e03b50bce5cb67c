import { readGitInfo, type GitInfo } from '../lib/git-dates.ts';

const byFolder = new Map<string, GitInfo>();

/** Git facts for the content folder, asked once per build however many pages need them. */
export function gitInfo(folder: string): GitInfo {
  let info = byFolder.get(folder);
  if (!info) {
    info = readGitInfo(folder);
    byFolder.set(folder, info);
  }
  return info;
}
