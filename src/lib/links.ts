import { withBase } from './routes.ts';

/** A site-relative URL with the configured base, for use in pages. */
export function href(url: string): string {
  return withBase(import.meta.env.BASE_URL, url);
}

/** GitHub links for a page's footer; none when the wiki has no `repo`. */
export function editUrl(repo: string | undefined, branch: string, repoPath: string | undefined): string | undefined {
  if (!repo || !repoPath) return undefined;
  return `https://github.com/${repo}/edit/${encodeURIComponent(branch)}/${repoPath.split('/').map(encodeURIComponent).join('/')}`;
}

/** `42` -> issue 42 of `repo`; `owner/repo#7` -> that repo's issue 7. Undefined when it cannot link. */
export function issueUrl(ref: number | string, repo: string | undefined): string | undefined {
  const text = String(ref);
  const other = /^([\w.-]+\/[\w.-]+)#(\d+)$/.exec(text);
  if (other) return `https://github.com/${other[1]}/issues/${other[2]}`;
  const number = /^#?(\d+)$/.exec(text)?.[1];
  return number && repo ? `https://github.com/${repo}/issues/${number}` : undefined;
}

/** How an issue reference reads on the page: `#42` or `owner/repo#7`. */
export function issueLabel(ref: number | string): string {
  const text = String(ref);
  return /^\d+$/.test(text) ? `#${text}` : text;
}
