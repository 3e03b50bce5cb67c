import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { isWithin } from '../safety/within.ts';

/** Where the wiki's repository is on disk and on GitHub, for links to files that are not pages. */
export interface RepoFiles {
  /** `owner/name` on GitHub. */
  repo: string;
  /** The branch links open. */
  branch: string;
  /** The repository's working tree on disk. */
  root: string;
}

/** The working tree `dir` is in, or undefined outside a git repository (or without git). */
export function gitRootOf(dir: string): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The GitHub address of a file or folder of the repository (`train.py`, `configs/`, `LICENSE`), as
 * GitHub links it from a README: `blob/` for a file, `tree/` for a folder. Undefined when the path
 * does not exist or lies outside the repository.
 */
export function repoFileUrl(absolutePath: string, files: RepoFiles): string | undefined {
  if (!existsSync(absolutePath)) return undefined;
  const path = relative(files.root, resolve(absolutePath));
  if (path === '' || !isWithin(resolve(absolutePath), files.root)) return undefined;
  const kind = statSync(absolutePath).isDirectory() ? 'tree' : 'blob';
  const encoded = path.split(sep).map(encodeURIComponent).join('/');
  return `https://github.com/${files.repo}/${kind}/${encodeURIComponent(files.branch).replace(/%2F/g, '/')}/${encoded}`;
}

/** The repository links to non-page files go to: `repo` and `branch` from labbook.yaml, the working tree from git. */
export function repoFilesOf(site: { repo?: string; branch: string }, contentDir: string): RepoFiles | undefined {
  const root = site.repo ? gitRootOf(contentDir) : undefined;
  return site.repo && root ? { repo: site.repo, branch: site.branch, root } : undefined;
}
