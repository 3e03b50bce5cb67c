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
