import type { Blockquote, PhrasingContent, Text } from 'mdast';
import { defineMdastPlugin, type MdastContent, type MdastPluginEntry, type MdastVisitorContext } from 'satteri';
import { CALLOUT_TYPES, defaultTitle, looksLikeMalformedHeader, parseCalloutHeader } from '../lib/callouts.ts';
import { editDistance } from '../lib/edit-distance.ts';
import { describeLocation } from '../lib/mermaid/source-location.ts';
import { markStyle } from '../lib/page-styles.ts';
import { sourceAsWritten } from './prepare-source.ts';

export interface Options {
  /** The content folder, so warnings name files as `til/x.md:14`. Default: the working directory. */
  contentDir?: string;
  /** Receives each warning. Default: `console.warn`. */
  warn?: (message: string) => void;
}

/** Bump when what becomes a callout (here, src/lib/callouts.ts, src/lib/admonitions.ts) or its markup changes, so cached notes render again. */
const CALLOUTS_VERSION = 1;

// Cheap superset of a callout marker, tested on the raw source before parsing.
const CANDIDATE = /\[!/;

/** The nodes of the first line of a paragraph, and the nodes after it. */
function splitFirstLine(children: readonly PhrasingContent[]): { line: PhrasingContent[]; rest: PhrasingContent[] } {
  const line: PhrasingContent[] = [];
  for (const [index, child] of children.entries()) {
    if (child.type === 'break') return { line, rest: children.slice(index + 1) };
    if (child.type === 'text' && child.value.includes('\n')) {
      const at = child.value.indexOf('\n');
      const before = child.value.slice(0, at);
      const after = child.value.slice(at + 1);
      if (before) line.push({ type: 'text', value: before });
      return { line, rest: [...(after ? [{ type: 'text', value: after } as Text] : []), ...children.slice(index + 1)] };
    }
    line.push(child);
  }
  return { line, rest: [] };
}

/** The closest known type, when one is close enough to be a typo. */
function suggestion(type: string): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const known of CALLOUT_TYPES) {
    const distance = editDistance(type, known, bestDistance);
    if (distance < bestDistance) [best, bestDistance] = [known, distance];
  }
  return best;
}

/**
 * Blockquotes that start with `[!type]` become callouts: GitHub alerts (`> [!NOTE]`), Obsidian
 * callouts with a title and `-`/`+` to fold (`<details>`, no script), and MkDocs admonitions
 * (rewritten as such by prepare-source.ts). Built from Markdown nodes with classes, so the
 * sanitizer, which only rewrites raw HTML, has nothing to remove and MDX gets the same markup.
 * An unknown type is drawn as a note, a marker that is almost one or a callout with nothing in
 * it is left as written; each with a warning.
 */
export function callouts(options: Options = {}): MdastPluginEntry {
  const contentDir = options.contentDir ?? process.cwd();
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const where = (node: Readonly<Blockquote>, ctx: MdastVisitorContext) =>
    describeLocation({ fileURL: ctx.fileURL, documentSource: sourceAsWritten(ctx.source), line: node.position?.start.line ?? 1, contentDir });
  const plugin = defineMdastPlugin({
    name: 'labbook-callouts',
    options: { position: true },
    blockquote(node, ctx) {
      const first = node.children[0];
      if (first?.type !== 'paragraph') return;
      const { line, rest } = splitFirstLine(first.children);
      const lead = line[0];
      if (lead?.type !== 'text') return;
      const header = parseCalloutHeader(lead.value);
      if (!header) {
        if (looksLikeMalformedHeader(lead.value)) {
          warn(`[labbook] ${where(node, ctx)}: "${lead.value.split(']')[0]}]" is not a callout marker; write > [!NOTE] (a word, no spaces)`);
        }
        return;
      }
      if (!header.known) {
        const close = suggestion(header.type);
        warn(`[labbook] ${where(node, ctx)}: unknown callout type "${header.type}"${close ? ` (did you mean "${close}"?)` : ''}; drawn as a note`);
      }
      const titleLead = lead.value.replace(/^\[![^\]]*\][+-]?[ \t]*/, '');
      const titleNodes: PhrasingContent[] = [...(titleLead ? [{ type: 'text', value: titleLead } as Text] : []), ...line.slice(1)];
      const body: MdastContent[] = [...(rest.length > 0 ? [{ ...first, children: rest }] : []), ...node.children.slice(1)];
      if (body.length === 0 && titleNodes.length === 0) {
        warn(`[labbook] ${where(node, ctx)}: callout "[!${header.type}]" has nothing in it; write its text on the next "> " lines`);
      }
      const folds = header.fold !== '';
      markStyle(ctx.data, 'extras');
      const title: MdastContent = {
        type: 'paragraph',
        data: { hName: folds ? 'summary' : 'p', hProperties: { className: ['callout-title'] } },
        children: titleNodes.length > 0 ? titleNodes : [{ type: 'text', value: defaultTitle(header.type) }],
      };
      ctx.replaceNode(node, {
        type: 'blockquote',
        data: {
          hName: folds ? 'details' : 'div',
          hProperties: { className: ['callout', `callout-${header.look}`], dataCallout: header.type, ...(header.fold === '+' ? { open: true } : {}) },
        },
        children: [title, ...body] as Blockquote['children'],
      });
    },
  });
  // A factory, so documents without a marker skip the tree walk entirely.
  const entry: MdastPluginEntry = (ctx) => (CANDIDATE.test(ctx.source) ? plugin : null);
  // Part of the config Astro compares before reusing rendered notes: new rules render every note again.
  return Object.assign(entry, { toJSON: () => ({ name: 'labbook-callouts', rules: CALLOUTS_VERSION }) });
}
