import { defineMdastPlugin, type MdastContent, type MdastNode, type MdastPluginEntry } from 'satteri';
import { runMentionFinder, type RunTarget } from '../lib/experiments/mentions.ts';

export interface Options {
  /** The wiki's runs (src/lib/experiments/mentions.ts). Default none: the plugin does nothing. */
  runs?: readonly RunTarget[];
  /** The site's base path, added to run URLs. Default `/`. */
  base?: string;
}

/** Places where text must stay text: code, existing links, raw HTML, headings (their ids come from the text). */
const NO_LINKS = new Set(['link', 'linkReference', 'definition', 'inlineCode', 'code', 'html', 'heading', 'mdxJsxTextElement', 'mdxJsxFlowElement']);

const CLASS = { className: ['run-ref'] };

/**
 * Links a note's mentions of experiment runs (`exp-003`, `exp-003_lr-warmup`) to their pages, by
 * the rule in src/lib/experiments/mentions.ts.
 */
export function runLinks(options: Options = {}): MdastPluginEntry {
  const runs = options.runs ?? [];
  const base = (options.base ?? '/').replace(/\/+$/, '');
  const find = runMentionFinder(runs);
  const plugin = defineMdastPlugin({
    name: 'labbook-run-links',
    text(node, ctx) {
      const mentions = find(node.value);
      if (mentions.length === 0) return;
      for (let parent = ctx.parent(node as MdastNode); parent; parent = ctx.parent(parent)) if (NO_LINKS.has(parent.type)) return;
      const pieces: MdastContent[] = [];
      let at = 0;
      for (const mention of mentions) {
        if (mention.start > at) pieces.push({ type: 'text', value: node.value.slice(at, mention.start) });
        pieces.push({ type: 'link', url: `${base}${mention.url}`, data: { hProperties: CLASS }, children: [{ type: 'text', value: node.value.slice(mention.start, mention.end) }] });
        at = mention.end;
      }
      if (at < node.value.length) pieces.push({ type: 'text', value: node.value.slice(at) });
      ctx.replaceNode(node, pieces);
    },
  });
  if (runs.length === 0) return () => null;
  const quick = runs.map((run) => run.id);
  // A factory: documents that cannot mention a run skip the tree walk.
  return (ctx) => (quick.some((id) => ctx.source.includes(id)) ? plugin : null);
}
