import { execFileSync } from 'node:child_process';

/** GitHub's rule for owner names, and its characters for repository names (as labbook.yaml checks `repo`). */
const OWNER = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})';
const NAME = '[A-Za-z0-9._-]{1,100}?';

/** `https://github.com/o/n(.git)`, `git@github.com:o/n(.git)`, `ssh://git@github.com/o/n.git`, with a user or a trailing slash. */
const GITHUB_REMOTE = new RegExp(
  `^(?:(?:https?|git|ssh)://(?:[^@/]+@)?github\\.com(?::\\d+)?/|(?:[^@/]+@)?github\\.com:)(${OWNER})/(${NAME})(?:\\.git)?/?$`,
  'i',
);

/** `owner/name` of a GitHub remote URL; undefined for other hosts and anything unrecognised. */
export function githubRepoOf(url: string): string | undefined {
  const match = GITHUB_REMOTE.exec(url.trim());
  if (!match) return undefined;
  const [, owner, name] = match;
  // `.` and `..` are not repositories: the URL was cut off.
  return name === '.' || name === '..' ? undefined : `${owner}/${name}`;
}

/** The URL of the git remote `origin` of the repository `dir` is in; undefined outside one or without git. */
export function originUrl(dir: string): string | undefined {
  try {
    const url = execFileSync('git', ['config', '--get', 'remote.origin.url'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return url.trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The default branch of `origin` as the clone recorded it (`refs/remotes/origin/HEAD`); undefined when unknown. */
export function originBranch(dir: string): string | undefined {
  try {
    const ref = execFileSync('git', ['symbolic-ref', '--short', 'refs/remotes/origin/HEAD'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return ref.trim().replace(/^origin\//, '') || undefined;
  } catch {
    return undefined;
  }
}
