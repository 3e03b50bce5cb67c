import { closeSync, openSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
import { isWithin } from '../lib/safety/within.ts';
import { problems } from '../lib/errors.ts';
import { imageProblem, SIGNATURE_BYTES } from '../lib/image-signature.ts';
import { describeLocation, displayPath } from '../lib/mermaid/source-location.ts';
import { activeSvgContent } from '../lib/safety/svg.ts';
import { collect } from './tree.ts';

export interface Options {
  /** The content folder: images must be inside it, and errors name files relative to it. Default: the working directory. */
  contentDir?: string;
}

/** Bump when the rules change, so notes rendered under the old rules are checked again. */
const RULES_VERSION = 2;

// Cheap superset of a Markdown image, tested on the raw source before parsing.
const CANDIDATE = /!\[/;

/**
 * Astro's rule for a local image (`@astrojs/markdown-satteri`'s collect-images plugin): not a URL
 * and not site-absolute. Only these go through Astro's image pass; the rest stay `<img src>`.
 */
function localPath(url: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURI(url);
  } catch {
    return undefined; // Astro's own decodeURI fails on it first, naming the note
  }
  if (!decoded || URL.canParse(decoded) || decoded.startsWith('/')) return undefined;
  return decoded.replace(/[?#].*$/, '');
}

/** The first bytes of a file, or undefined when it is not a readable file. */
function head(path: string): Uint8Array | undefined {
  try {
    if (!statSync(path).isFile()) return undefined;
    const fd = openSync(path, 'r');
    try {
      const buffer = new Uint8Array(SIGNATURE_BYTES);
      return buffer.subarray(0, readSync(fd, buffer, 0, SIGNATURE_BYTES, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
}

/** Why this local image cannot be published, or undefined when it can. */
function imageFailure(full: string, url: string, wiki: string, contentDir: string): string | undefined {
  const bytes = head(full);
  if (!bytes) return problems.imageMissing('', url, displayPath(full, contentDir)).message;
  // Copied into the site as it is: it must be a file of the wiki (a link that leads out counts as out).
  if (!isWithin(realpathSync(full), wiki)) return problems.imageOutside('', undefined, url).message;
  const reason = imageProblem(full, bytes);
  if (reason) return problems.imageNotImage('', url, reason).message;
  // An SVG is published as a document of its own, which runs on the site's address when opened.
  const active = /\.svg$/i.test(full) ? activeSvgContent(readFileSync(full, 'utf8')) : undefined;
  return active ? problems.unsafeSvg('', undefined, url, active).message : undefined;
}

/**
 * Checks every local image (`![x](./plot.png)`) of a note before Astro's image pass copies it into
 * the site: a missing file, a file that is not an image, an image outside the content folder and an
 * SVG with code each fail the build naming the note, the line and the image as written. Astro alone
 * reports `[ImageNotFound]` without the note, publishes an `<img>` without `src` for a text file, and
 * copies whatever the path reaches.
 */
export function localImages(options: Options = {}): MdastPluginEntry {
  const contentDir = options.contentDir ?? process.cwd();
  let wiki: string | undefined;
  const plugin = defineMdastPlugin({
    name: 'labbook-local-images',
    options: { position: true },
    before(root, ctx) {
      if (ctx.fileURL?.protocol !== 'file:') return; // no file, no folder to resolve against
      wiki ??= realpathSync(contentDir);
      const folder = dirname(fileURLToPath(ctx.fileURL));
      const failures: string[] = [];
      for (const image of collect(root, 'image')) {
        const path = localPath(image.url);
        if (path === undefined) continue;
        const failure = imageFailure(resolve(folder, path), image.url, wiki, contentDir);
        if (!failure) continue;
        const where = describeLocation({ fileURL: ctx.fileURL, documentSource: ctx.source, line: image.position?.start.line ?? 1, contentDir });
        failures.push(`${where}: ${failure}`);
      }
      if (failures.length > 0) throw new Error(failures.join('\n'));
    },
  });
  const entry: MdastPluginEntry = (ctx) => (CANDIDATE.test(ctx.source) ? plugin : null);
  // Part of the config Astro compares to decide whether cached notes must render again.
  return Object.assign(entry, { toJSON: () => ({ name: 'labbook-local-images', rules: RULES_VERSION }) });
}
