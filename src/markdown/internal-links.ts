import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
import { contentUrlIndex, type ContentUrlIndex } from '../lib/content-urls.ts';
import type { KindFolders } from '../lib/content/layouts.ts';
import { repoFileUrl, type RepoFiles } from '../lib/links/repo-files.ts';
import { resolveInternalLink } from '../lib/internal-links.ts';
import { describeLocation, displayPath } from '../lib/mermaid/source-location.ts';
import { recordFailure } from './document-failures.ts';
import { collect } from './tree.ts';

export interface Options {
  /** The wiki's content folder, which relative links resolve in. Default: the working directory. */
  contentDir?: string;
  /** The site's base path, added to every rewritten link. Default `/`. */
  base?: string;
  /** A link to a Markdown file that does not exist: fail the build here (`error`, default), or leave it for the build's link report (`warn`). */
  onBroken?: 'error' | 'warn';
  /** The wiki's repository, so links to its files that are not pages open on GitHub. Default: none (left to the link check). */
  repoFiles?: RepoFiles;
  /** Where each kind lives in the wiki. Default: the labbook layout. */
  folders?: KindFolders;
  /** The content index. Default: read from `contentDir`, again at most once a second (so `astro dev` sees new files). */
  index?: () => ContentUrlIndex;
}

// Cheap superset of a link worth resolving (any inline link or definition: relative links to
// folders and repository files are rewritten too; wikilinks arrive as links), tested on the raw source before parsing.
const CANDIDATE = /\]\s*\(|\]:|\[\[/;

/** Re-read the content folder's file list when the last read is older than a second. */
function freshIndex(contentDir: string, folders?: KindFolders): () => ContentUrlIndex {
  let last: { at: number; index: ContentUrlIndex } | undefined;
  return () => {
    const now = Date.now();
    if (!last || now - last.at > 1000) last = { at: now, index: contentUrlIndex(contentDir, folders) };
    return last.index;
  };
}

/**
 * Rewrites links between pages, written the way GitHub renders them (`../playbooks/timeouts.md#rollback`,
 * `/docs/guide.md`, `/til/`), to the URLs they are published at, with the base path. A link to a
 * Markdown file that is not in the wiki fails the build with file, line and link (through
 * reportFailures, with the document's other problems); anchors and
 * every other internal link are checked on the built pages (src/integrations/link-check.ts).
 */
export function internalLinks(options: Options = {}): MdastPluginEntry {
  const contentDir = options.contentDir ?? process.cwd();
  const base = options.base ?? '/';
  const onBroken = options.onBroken ?? 'error';
  const index = options.index ?? freshIndex(contentDir, options.folders);
  const repoFiles = options.repoFiles;
  const repoFile = repoFiles ? (target: string) => repoFileUrl(resolve(contentDir, target), repoFiles) : undefined;
  const fileExists = (target: string) => existsSync(resolve(contentDir, target));
  const plugin = defineMdastPlugin({
    name: 'labbook-internal-links',
    options: { position: true },
    before(root, ctx) {
      const file = ctx.fileURL?.protocol === 'file:' ? fileURLToPath(ctx.fileURL) : undefined;
      const from = file ? displayPath(file, contentDir) : '';
      const { lookup, paths } = index();
      const failures: string[] = [];
      for (const node of collect(root, ['link', 'definition'])) {
        const resolved = resolveInternalLink(node.url, { from, lookup, base, paths, repoFile, fileExists });
        // Narrowed per type: setProperty's key typing does not spread over a union of node types.
        if (resolved.kind === 'rewrite' && node.type === 'link') ctx.setProperty(node, 'url', resolved.href);
        if (resolved.kind === 'rewrite' && node.type === 'definition') ctx.setProperty(node, 'url', resolved.href);
        if (resolved.kind !== 'missing' || onBroken === 'warn') continue;
        const where = describeLocation({ fileURL: ctx.fileURL, documentSource: ctx.source, line: node.position?.start.line ?? 1, contentDir });
        failures.push(`${where}: link "${node.url}" points to ${resolved.target}, which ${resolved.reason}.`);
      }
      if (failures.length > 0) {
        const hint = 'Fix the links, or set "brokenLinks: warn" in labbook.yaml to publish with broken links.';
        // Reported with the document's other problems (a rejected diagram) by reportFailures.
        recordFailure(ctx.data, `${failures.join('\n')}\n${hint}`);
      }
    },
  });
  const entry: MdastPluginEntry = (ctx) => (CANDIDATE.test(ctx.source) ? plugin : null);
  // Part of the config Astro compares to decide whether cached notes must render again.
  return Object.assign(entry, { toJSON: () => ({ name: 'labbook-internal-links', base, onBroken, folders: options.folders, repo: options.repoFiles && [options.repoFiles.repo, options.repoFiles.branch] }) });
}
