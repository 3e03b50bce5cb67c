import { resolve } from 'node:path';
import { readGitInfo, type GitInfo } from '../lib/git-dates.ts';
import { editUrl } from '../lib/links.ts';
import { site as thisSite, type Site } from './site.ts';

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

/** What a page's footer shows: the day its file last changed in git, and where to edit it on GitHub. */
export interface PageHistory {
  /** ISO date-time of the file's last commit. */
  updated?: string;
  /** The file's edit page on GitHub (labbook.yaml's `repo` set). */
  edit?: string;
}

/** The footer data of the page rendered from `filePath` (as Astro gives entry paths: relative to the project root). */
export function pageHistory(filePath: string | undefined, site: Pick<Site, 'contentDir' | 'repo' | 'branch'> = thisSite): PageHistory {
  if (!filePath) return {};
  const file = resolve(process.cwd(), filePath);
  const git = gitInfo(site.contentDir);
  return { updated: git.lastUpdated(file), edit: editUrl(site.repo, site.branch, git.repoPath(file)) };
}
