import { statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastContent, type MdastNode, type MdastPluginEntry, type MdastVisitorContext } from 'satteri';
import { filesByName, listWiki, readWiki } from '../lib/content/files.ts';
import { KINDS } from '../lib/content/kinds.ts';
import type { KindFolders } from '../lib/content/layouts.ts';
import { problems } from '../lib/errors.ts';
import { describeLocation, displayPath } from '../lib/mermaid/source-location.ts';
import { findWikilinks, mayHaveWikilinks, resolveWikilink, wikiNameIndex, wikilinkHref, wikilinkText, type WikiNameIndex } from '../lib/wikilinks.ts';
import { recordFailure } from './document-failures.ts';

/** What the plugin looks names up in: the wiki's pages by name, its files by file name. */
export interface WikiNames {
  pages: WikiNameIndex;
  /** Lower-cased file name -> content paths, for `![[image.png]]`. */
  files: ReadonlyMap<string, readonly string[]>;
}

export interface Options {
  /** The wiki's content folder. Default: the working directory. */
  contentDir?: string;
  /** Where each kind lives in the wiki. Default: the labbook layout. */
  folders?: KindFolders;
  /** A wikilink to nothing: fail the build (`error`, default) or print a warning and leave the text (`warn`), as `brokenLinks` says. */
  onBroken?: 'error' | 'warn';
  /** The names. Default: read from `contentDir`, again when a page was added, removed or saved (`astro dev`). */
  names?: () => WikiNames;
}

// Nodes whose text is not linked: links never nest.
const NO_LINKS = new Set(['link', 'linkReference']);

/**
 * Read the wiki's names, again only when a page was added, removed or saved: at most once a second
 * the page list and their times are compared (no file is read), so a build reads the files once.
 */
function freshNames(contentDir: string, folders?: KindFolders): () => WikiNames {
  let last: { at: number; signature: string; names: WikiNames } | undefined;
  const kinds = KINDS.filter((kind) => kind.files === 'markdown').map((kind) => kind.name);
  return () => {
    const now = Date.now();
    if (last && now - last.at < 1000) return last.names;
    const { paths } = listWiki(contentDir, { folders, kinds });
    const signature = paths.map((path) => `${path}:${statSync(join(contentDir, path), { throwIfNoEntry: false })?.mtimeMs}`).join('\n');
    if (last?.signature !== signature) {
      const { files } = readWiki(contentDir, { folders, kinds });
      last = { at: now, signature, names: { pages: wikiNameIndex(files), files: filesByName(contentDir) } };
    } else last.at = now;
    return last.names;
  };
}

function insideLink(node: Readonly<MdastNode>, ctx: MdastVisitorContext): boolean {
  for (let parent = ctx.parent(node); parent; parent = ctx.parent(parent)) if (NO_LINKS.has(parent.type)) return true;
  return false;
}

/**
 * Obsidian's wikilinks (`[[Note]]`, `[[Note|alias]]`, `[[Note#Heading]]`, `![[image.png]]`) as
 * links and images. A note is found by title, file name or alias anywhere in the wiki, in any
 * case (src/lib/wikilinks.ts); the link it becomes is a content path (`/docs/guide.md#setup`) that
 * internal-links (after this plugin) publishes like any other. Code spans and fences are other
 * nodes, so wikilinks in them stay text. A wikilink to nothing, or to several pages, is a problem
 * of the document with file and line.
 */
export function wikilinks(options: Options = {}): MdastPluginEntry {
  const contentDir = options.contentDir ?? process.cwd();
  const onBroken = options.onBroken ?? 'error';
  const names = options.names ?? freshNames(contentDir, options.folders);
  const plugin = defineMdastPlugin({
    name: 'labbook-wikilinks',
    options: { position: true },
    text(node, ctx) {
      const found = findWikilinks(node.value);
      if (found.length === 0 || insideLink(node, ctx)) return;
      const file = ctx.fileURL?.protocol === 'file:' ? fileURLToPath(ctx.fileURL) : undefined;
      const from = file ? displayPath(file, contentDir) : '';
      const line = node.position?.start.line ?? 1;
      const where = () => describeLocation({ fileURL: ctx.fileURL, documentSource: ctx.source, line, contentDir });
      const { pages, files } = names();
      const pieces: MdastContent[] = [];
      let at = 0;
      for (const link of found) {
        const written = node.value.slice(link.start, link.end);
        let replacement: MdastContent | undefined;
        if (link.embed) {
          const here = posix.normalize(posix.join(posix.dirname(from), link.target));
          const byName = files.get(posix.basename(link.target).toLowerCase()) ?? [];
          const path = byName.find((candidate) => candidate.toLowerCase() === here.toLowerCase()) ?? (link.target.includes('/') ? undefined : byName[0]);
          if (path) replacement = { type: 'image', url: posix.relative(posix.dirname(from), path).split('/').map(encodeURIComponent).join('/'), alt: link.alias || posix.basename(link.target) };
          else {
            const problem = problems.wikilinkMissing(from, line, written, 'no file of the wiki has that name; check the spelling, or put the image in the content folder');
            if (onBroken === 'error') recordFailure(ctx.data, `${where()}: ${problem.message}`);
            else console.warn(`[labbook] ${where()}: ${problem.message}`);
          }
        } else if (link.target === '') {
          replacement = { type: 'link', url: wikilinkHref({ path: '', label: '' }, link.heading), children: [{ type: 'text', value: wikilinkText(link) }] };
        } else {
          const resolved = resolveWikilink(link.target, pages);
          if (resolved.kind === 'found') {
            replacement = { type: 'link', url: wikilinkHref(resolved.target, link.heading), children: [{ type: 'text', value: wikilinkText(link) }] };
          } else if (resolved.kind === 'ambiguous') {
            recordFailure(ctx.data, `${where()}: ${problems.wikilinkAmbiguous(from, line, written, resolved.candidates.map((c) => c.label)).message}`);
          } else {
            const problem = problems.wikilinkMissing(from, line, written, 'no page of the wiki has that title, file name or alias; check the spelling, add it to the page\'s `aliases:`, or create the page');
            if (onBroken === 'error') recordFailure(ctx.data, `${where()}: ${problem.message}`);
            else console.warn(`[labbook] ${where()}: ${problem.message}`);
          }
        }
        if (!replacement) continue;
        if (link.start > at) pieces.push({ type: 'text', value: node.value.slice(at, link.start) });
        pieces.push(replacement);
        at = link.end;
      }
      if (pieces.length === 0) return;
      if (at < node.value.length) pieces.push({ type: 'text', value: node.value.slice(at) });
      ctx.replaceNode(node, pieces);
    },
  });
  const entry: MdastPluginEntry = (ctx) => (mayHaveWikilinks(ctx.source) ? plugin : null);
  // Part of the config Astro compares to decide whether cached notes must render again.
  return Object.assign(entry, { toJSON: () => ({ name: 'labbook-wikilinks', onBroken, folders: options.folders }) });
}
