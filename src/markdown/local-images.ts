import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
import type { Image } from 'mdast';
import { isWithin } from '../lib/content/files.ts';
import { problems } from '../lib/errors.ts';
import { describeLocation } from '../lib/mermaid/source-location.ts';
import { activeSvgContent } from '../lib/safety/svg.ts';

export interface Options {
  /** The wiki's content folder: images must be inside it. Default: the working directory. */
  contentDir?: string;
}

/** Bump when the rules change, so notes rendered under the old rules are checked again. */
const RULES_VERSION = 1;

// Cheap superset of a Markdown image, tested on the raw source before parsing.
const CANDIDATE = /!\[/;

function imageNodes(root: Readonly<{ children?: readonly unknown[] }>): Readonly<Image>[] {
  const found: Readonly<Image>[] = [];
  const stack = [root as Readonly<{ type?: string; children?: readonly unknown[] }>];
  while (stack.length > 0) {
    const node = stack.pop() as Readonly<{ type?: string; children?: readonly unknown[] }>;
    if (node.type === 'image') found.push(node as Readonly<Image>);
    for (const child of node.children ?? []) stack.push(child as typeof node);
  }
  return found;
}

/** The file a local image URL names, as Astro will import it (URL-decoded, relative to the note). */
function imageFile(url: string, note: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURI(url);
  } catch {
    return undefined;
  }
  // Remote images and site-absolute paths are not copied from the content folder.
  if (!decoded || URL.canParse(decoded) || decoded.startsWith('/')) return undefined;
  return resolve(dirname(note), decoded.split(/[?#]/)[0] ?? decoded);
}

/**
 * A local image in a note is copied into the published site, so it must be a file of the wiki: one
 * outside the content folder (`../../outside/leak.png`, or a link that leads out) fails the build
 * with the file, line and image as written; an SVG is checked for code (src/lib/safety/svg.ts),
 * since it is published as a document of its own. Missing images are left to Astro's own error.
 */
export function localImages(options: Options = {}): MdastPluginEntry {
  const contentDir = options.contentDir ?? process.cwd();
  let wiki: string | undefined;
  const plugin = defineMdastPlugin({
    name: 'labbook-local-images',
    options: { position: true },
    before(root, ctx) {
      if (ctx.fileURL?.protocol !== 'file:') return;
      const note = fileURLToPath(ctx.fileURL);
      wiki ??= existsSync(contentDir) ? realpathSync(contentDir) : contentDir;
      const failures: string[] = [];
      for (const node of imageNodes(root)) {
        const file = imageFile(node.url, note);
        if (!file || !existsSync(file)) continue;
        const where = () => describeLocation({ fileURL: ctx.fileURL, documentSource: ctx.source, line: node.position?.start.line ?? 1, contentDir });
        if (!isWithin(realpathSync(file), wiki)) {
          failures.push(`${where()}: ${problems.imageOutside('', undefined, node.url).message}`);
          continue;
        }
        if (!/\.svgz?$/i.test(file)) continue;
        const active = activeSvgContent(readFileSync(file, 'utf8'));
        if (active) {
          failures.push(`${where()}: ${problems.unsafeSvg('', undefined, node.url, active).message}`);
        }
      }
      if (failures.length > 0) throw new Error(failures.join('\n'));
    },
  });
  const entry: MdastPluginEntry = (ctx) => (CANDIDATE.test(ctx.source) ? plugin : null);
  // Part of the config Astro compares to decide whether cached notes must render again.
  return Object.assign(entry, { toJSON: () => ({ name: 'labbook-local-images', rules: RULES_VERSION }) });
}
