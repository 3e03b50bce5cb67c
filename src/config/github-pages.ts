import type { SiteConfig } from './site-config.ts';

/** Where GitHub Pages serves a repository's site, from `owner/name`. */
export interface PagesTarget {
  /** Origin, e.g. `https://acme.github.io`. */
  url: string;
  /** `/name/` for a project site, `/` for the `owner.github.io` user or organisation site. */
  base: string;
}

/**
 * The GitHub Pages address of a repository: `owner/owner.github.io` is served at the root of
 * `https://owner.github.io`, any other repository under `/<name>/`. Host names are lower case
 * (GitHub lower-cases them), paths keep the repository's case (Pages paths are case-sensitive).
 */
export function pagesTarget(repository: string): PagesTarget | undefined {
  const match = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)$/.exec(repository.trim());
  if (!match) return undefined;
  const owner = match[1]!.toLowerCase();
  const name = match[2]!;
  const url = `https://${owner}.github.io`;
  return { url, base: name.toLowerCase() === `${owner}.github.io` ? '/' : `/${name}/` };
}

/**
 * Fill `url`, `base` and `repo` that labbook.yaml leaves out from the GitHub Actions environment
 * (`GITHUB_ACTIONS=true`, `GITHUB_REPOSITORY=owner/name`), so a wiki deploys to Pages without
 * configuration. What labbook.yaml says always wins (custom domains set `url` there). `base` is
 * only derived together with `url`: a base without its origin would be a guess.
 */
export function withPagesDefaults(
  config: SiteConfig,
  env: Record<string, string | undefined>,
  /** Whether labbook.yaml wrote `base` itself (the parsed config cannot tell a default `/`). */
  baseWritten: boolean,
): SiteConfig {
  if (env.GITHUB_ACTIONS !== 'true' || !env.GITHUB_REPOSITORY) return config;
  const target = pagesTarget(env.GITHUB_REPOSITORY);
  if (!target) return config;
  const derived: SiteConfig = { ...config, repo: config.repo ?? env.GITHUB_REPOSITORY };
  if (config.url === undefined) {
    derived.url = target.url;
    if (!baseWritten) derived.base = target.base;
  }
  return derived;
}
