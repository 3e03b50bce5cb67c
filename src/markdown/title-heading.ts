import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Heading } from 'mdast';
import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
import { isWithin } from '../lib/safety/within.ts';
import { collect } from './tree.ts';

export interface Options {
  /** The docs folder (absolute): a page there without `title` is titled by its first `# Heading` (src/lib/docs/title.ts). */
  docsDir?: string;
  /** The TIL folder (absolute): a note in a topic folder of it without `title` is titled by its first `# Heading` too (src/lib/til/topic-notes.ts). */
  tilDir?: string;
}

/** Bump when the rule changes, so notes rendered under the old rule render again. */
const RULE_VERSION = 2;

/** The plain text of a heading (text and inline code, through emphasis and links). */
const textOf = (node: Heading): string =>
  collect(node, ['text', 'inlineCode'])
    .map((leaf) => leaf.value)
    .join('');

/**
 * A page shows its title once. Its own `<h1>` carries the title, so a body that starts with
 * `# Its title` loses that heading, and a docs page without `title` (titled by its first
 * `# Heading`, as GitHub shows a README) loses the heading it was titled by. Other headings stay
 * (demoted to h2).
 */
export function titleHeading(options: Options = {}): MdastPluginEntry {
  const plugin = defineMdastPlugin({
    name: 'labbook-title-heading',
    before(root, ctx) {
      const frontmatter = (ctx.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
      const title = typeof frontmatter?.title === 'string' ? frontmatter.title.trim() : undefined;
      const { children } = root;
      if (!title) {
        const file = ctx.fileURL?.protocol === 'file:' ? fileURLToPath(ctx.fileURL) : undefined;
        const inTopic = (dir: string | undefined) => Boolean(file && dir && isWithin(file, dir) && relative(dir, file).includes(sep));
        const titledByHeading = file && ((options.docsDir && isWithin(file, options.docsDir)) || inTopic(options.tilDir));
        const heading = titledByHeading ? children.find((node) => node.type === 'heading' && node.depth === 1) : undefined;
        if (heading) ctx.removeNode(heading);
        return;
      }
      const first = children.find((node) => node.type !== 'yaml' && node.type !== 'toml');
      if (first?.type === 'heading' && first.depth === 1 && textOf(first).trim() === title) ctx.removeNode(first);
    },
  });
  // Only a body with a level-one ATX heading can repeat its title.
  const entry: MdastPluginEntry = (ctx) => (/^ {0,3}#[ \t]/m.test(ctx.source) ? plugin : null);
  return Object.assign(entry, { toJSON: () => ({ name: 'labbook-title-heading', rule: RULE_VERSION }) });
}
