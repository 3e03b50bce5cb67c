import { posix } from 'node:path';
import { withBase } from './routes.ts';

/**
 * How authors link pages, the way GitHub renders them: a relative path to a Markdown file
 * (`../playbooks/timeouts.md#rollback`), a content-absolute one (`/docs/guide.md`), or a site path
 * (`/til/`). This module turns each into the URL the page is published at, with the base path.
 */

/**
 * Site-relative URL (without base) of a content file, e.g. `docs/guide.md` -> `/docs/guide/`;
 * undefined when there is no such page. `fragment` (decoded) lets a daily log send
 * `til/2026-11-02.md#gradscaler-nan` to that entry's own page, where the anchor is then dropped.
 */
export type ContentUrlLookup = (path: string, fragment: string) => { url: string; dropFragment?: boolean } | undefined;

/** What to do with one link. */
export type LinkResolution =
  /** Not a link to this wiki's content (external, mailto:, an in-page anchor, an asset path). */
  | { kind: 'keep' }
  /** A content or site link, with its published URL. */
  | { kind: 'rewrite'; href: string }
  /** A link to a Markdown file that is not in the wiki. `target` is the content path it points to. */
  | { kind: 'missing'; target: string; reason: string };

export interface ResolveOptions {
  /** The linking file, relative to the content folder with forward slashes (`docs/ops/runbook.md`). */
  from: string;
  /** Published URL of a content path. */
  lookup: ContentUrlLookup;
  /** The site's base path, `/` or `/wiki/`. */
  base: string;
  /** Every content path, for "did you mean" when a target is missing. */
  paths?: () => Iterable<string>;
  /**
   * The GitHub address of a repository file or folder that is not a page (`../train.py`,
   * `LICENSE`), given its path relative to the content folder; undefined when there is none.
   */
  repoFile?: (target: string) => string | undefined;
  /** The file exists in the content folder (given relative to it), page or not. */
  fileExists?: (target: string) => boolean;
}

/** The names GitHub shows as a folder's page, in the order it prefers them. */
const FOLDER_PAGES = ['README.md', 'readme.md', 'Readme.md', 'README.mdx', 'index.md', 'index.mdx'];

const SCHEME = /^[a-z][a-z\d+.-]*:/i;
const MARKDOWN = /\.mdx?$/i;
/** A Jupyter notebook: a page when the wiki publishes it, else a file of the repository. */
const NOTEBOOK = /\.ipynb$/i;

/** `a/b.md?x=1#top` -> path, query (with `?`) and fragment (without `#`). */
function splitHref(href: string): { path: string; query: string; fragment: string } {
  const hash = href.indexOf('#');
  const beforeHash = hash === -1 ? href : href.slice(0, hash);
  const fragment = hash === -1 ? '' : href.slice(hash + 1);
  const question = beforeHash.indexOf('?');
  return {
    path: question === -1 ? beforeHash : beforeHash.slice(0, question),
    query: question === -1 ? '' : beforeHash.slice(question),
    fragment,
  };
}

function decode(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

/** The closest known path by name, for "did you mean": same path in another case, else same file name. */
function suggestion(target: string, paths: Iterable<string>): string | undefined {
  const lower = target.toLowerCase();
  const name = posix.basename(lower).replace(MARKDOWN, '');
  let sameName: string | undefined;
  for (const path of paths) {
    if (path.toLowerCase() === lower) return path;
    if (!sameName && posix.basename(path.toLowerCase()).replace(MARKDOWN, '') === name) sameName = path;
  }
  return sameName;
}

/**
 * A relative link to something that is not a Markdown file, as GitHub reads it: a folder opens its
 * README (or index) page, and a file of the repository that is not a page opens on GitHub. Anything
 * else is left for the built site's link check.
 */
function relativeNonPage(path: string, query: string, hash: string, options: ResolveOptions): LinkResolution {
  const target = posix.normalize(posix.join(posix.dirname(options.from), path)).replace(/\/$/, '');
  for (const name of FOLDER_PAGES) {
    const found = target.startsWith('../') ? undefined : options.lookup(target === '.' ? name : `${target}/${name}`, '');
    if (found) return { kind: 'rewrite', href: `${withBase(options.base, found.url)}${query}${hash}` };
  }
  const onGitHub = options.repoFile?.(target);
  return onGitHub ? { kind: 'rewrite', href: `${onGitHub}${hash}` } : { kind: 'keep' };
}

/** Resolve one link written in the file `options.from`. Pure apart from `lookup` and `repoFile`. */
export function resolveInternalLink(href: string, options: ResolveOptions): LinkResolution {
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('//') || SCHEME.test(trimmed)) return { kind: 'keep' };
  const { path: rawPath, query, fragment } = splitHref(trimmed);
  const path = decode(rawPath);
  if (path === undefined || path === '') return { kind: 'keep' };
  const hash = fragment ? `#${fragment}` : '';

  if (NOTEBOOK.test(path) && !path.startsWith('/')) {
    const target = posix.normalize(posix.join(posix.dirname(options.from), path));
    const found = target.startsWith('../') ? undefined : options.lookup(target, decode(fragment) ?? fragment);
    if (found) return { kind: 'rewrite', href: `${withBase(options.base, found.url)}${query}${hash}` };
  }
  if (!MARKDOWN.test(path)) {
    if (!path.startsWith('/')) return relativeNonPage(path, query, hash, options);
    // A site path written without the base (`/til/`): authors should not have to know where the site is served.
    const trimmedBase = options.base.replace(/\/$/, '');
    if (trimmedBase && (path === trimmedBase || path.startsWith(`${trimmedBase}/`))) return { kind: 'keep' };
    return { kind: 'rewrite', href: `${withBase(options.base, rawPath)}${query}${hash}` };
  }

  const target = path.startsWith('/') ? posix.normalize(path.slice(1)) : posix.normalize(posix.join(posix.dirname(options.from), path));
  if (target.startsWith('../') || target === '..') {
    return { kind: 'missing', target, reason: 'is outside the content folder; link to it on GitHub with a full URL instead' };
  }
  const found = options.lookup(target, decode(fragment) ?? fragment);
  if (found) {
    return { kind: 'rewrite', href: `${withBase(options.base, found.url)}${query}${found.dropFragment ? '' : hash}` };
  }
  // A Markdown file of the repository that is not a page (a TIL repository's README.md) opens on GitHub, as written.
  const onGitHub = options.repoFile?.(target);
  if (onGitHub) return { kind: 'rewrite', href: `${onGitHub}${hash}` };
  if (options.fileExists?.(target)) {
    return { kind: 'missing', target, reason: 'is a file of the repository but not a page of the site; set repo: owner/name in labbook.yaml to link it on GitHub' };
  }
  const close = options.paths ? suggestion(target, options.paths()) : undefined;
  return {
    kind: 'missing',
    target,
    reason: close ? `does not exist; did you mean ${close}?` : 'does not exist; check the path (relative to this file) or create the page',
  };
}
