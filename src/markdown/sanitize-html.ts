import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
import { displayPath } from '../lib/mermaid/source-location.ts';
import { isSafeUrl, sanitizeHtml } from '../lib/sanitize-html.ts';
import { collect } from './tree.ts';

export interface Options {
  /** The content folder, so warnings name files as `til/x.md`. Default: the working directory. */
  contentDir?: string;
  /** Receives one warning per file that lost HTML. Default: `console.warn`. */
  warn?: (message: string) => void;
}

/** Bump when the sanitizing rules change, so notes rendered under the old rules are rendered again. */
const SANITIZER_VERSION = 2;

// Cheap superset of raw HTML or a URL with a scheme, tested on the raw source before parsing.
const CANDIDATE = /<[a-zA-Z!/]|\]\s*[(:]\s*<?[^\s)]*:/;

/**
 * Raw HTML and link URLs in Markdown (.md) are sanitized the way GitHub renders a README (src/lib/sanitize-html.ts),
 * with one warning per file saying what was removed. MDX is code, reviewed like code, and is left
 * alone. Runs first, so it sees only what the author wrote, never the SVG of diagrams.
 */
export function sanitizeMarkdown(options: Options = {}): MdastPluginEntry {
  const contentDir = options.contentDir ?? process.cwd();
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const plugin = defineMdastPlugin({
    name: 'labbook-sanitize-html',
    before(root, ctx) {
      const removed = new Set<string>();
      for (const node of collect(root, ['html', 'link', 'image', 'definition'])) {
        if (node.type === 'html') {
          const result = sanitizeHtml(node.value);
          if (result.html !== node.value) ctx.setProperty(node, 'value', result.html);
          for (const what of result.removed) removed.add(what);
          continue;
        }
        if (isSafeUrl(node.url, node.type === 'image' ? 'src' : 'href')) continue;
        // The text stays, the link goes: `[text](javascript:...)` reads as plain text.
        if (node.type === 'link') ctx.replaceNode(node, [...node.children]);
        else if (node.type === 'image') ctx.replaceNode(node, { type: 'text', value: node.alt ?? '' });
        else ctx.setProperty(node, 'url', '');
        removed.add(`a ${node.type === 'image' ? 'image' : 'link'} to ${node.url.split(':')[0]}:`);
      }
      if (removed.size === 0) return;
      const file = ctx.fileURL?.protocol === 'file:' ? displayPath(fileURLToPath(ctx.fileURL), contentDir) : 'a Markdown file';
      // A notebook cannot become MDX: the way out there is an image or a link.
      const advice = /\.ipynb$/i.test(file) ? 'show what needs it as an image, or link to it' : 'write the page as .mdx if it needs this HTML, and have it reviewed like code';
      warn(`[labbook] ${file}: removed ${[...removed].join(', ')} (Markdown is sanitized like on GitHub; ${advice})`);
    },
  });
  const entry: MdastPluginEntry = (ctx) => (ctx.sourceFormat !== 'mdx' && CANDIDATE.test(ctx.source) ? plugin : null);
  // Part of the config Astro compares before reusing rendered notes: new rules render every note again.
  return Object.assign(entry, { toJSON: () => ({ name: 'labbook-sanitize-html', rules: SANITIZER_VERSION }) });
}
