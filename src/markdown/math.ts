import katex from 'katex';
import { defineMdastPlugin, type MdastContent, type MdastNode, type MdastPluginEntry, type MdastVisitorContext } from 'satteri';
import type { RenderReport } from '../lib/dev/render-report.ts';
import { describeLocation } from '../lib/mermaid/source-location.ts';
import { recordFailure } from './document-failures.ts';
import { markMath } from '../lib/math/page-flag.ts';
import { sourceAsWritten } from './prepare-source.ts';
import { collect } from './tree.ts';

export interface Options {
  /** What a formula KaTeX rejects does: fail the build (`error`, default) or warn and show the error in the page (`warn`). */
  onError?: 'error' | 'warn';
  /** The content folder, so messages name files as `til/x.md:14`. Default: the working directory. */
  contentDir?: string;
  /** Receives each warning. Default: `console.warn`. */
  warn?: (message: string) => void;
  /** Under `astro dev` (live): a formula KaTeX rejects also shows KaTeX's message in the page, and the dev server reports it. */
  report?: RenderReport;
}

/** Bump when the HTML around formulas or the dollar rule (src/lib/math/dollars.ts) changes, so cached notes render again. */
const MARKUP_VERSION = 1;

// Cheap superset of math, tested on the raw source before parsing.
const CANDIDATE = /\$|`{3,}[ \t]*math\b|~{3,}[ \t]*math\b/;

type Positioned = Readonly<{ position?: { start: { line: number; offset?: number }; end: { offset?: number } } }>;

/** Text as HTML text or attribute value. */
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * One formula as an element whose content is HTML: an HTML node in Markdown (added after the
 * sanitizer ran, never parsed again), `set:html` in MDX (never re-read as MDX).
 */
function element(ctx: MdastVisitorContext, display: boolean, className: string, html: string): MdastContent {
  const tag = display ? 'div' : 'span';
  if (ctx.sourceFormat !== 'mdx') return { type: 'html', value: `<${tag} class="${className}">${html}</${tag}>` };
  return {
    type: display ? 'mdxJsxFlowElement' : 'mdxJsxTextElement',
    name: tag,
    attributes: [
      { type: 'mdxJsxAttribute', name: 'class', value: className },
      { type: 'mdxJsxAttribute', name: 'set:html', value: html },
    ],
    children: [],
  } as MdastContent;
}

/**
 * Math rendered at build time by KaTeX, as HTML for the eye and MathML for screen readers; the page
 * ships no script. `$…$` (prose dollars are escaped before parsing, src/lib/math/dollars.ts),
 * GitHub's `` $`…`$ ``, `$$…$$` and ```math fences. A formula KaTeX rejects fails the build with
 * file, line and KaTeX's message, or (`onError: 'warn'`, and under `astro dev`) shows the message in the page. An
 * unclosed `$$` is left as text, with a warning. Marks the page so it links KaTeX's stylesheet.
 */
export function math(options: Options = {}): MdastPluginEntry {
  const onError = options.onError ?? 'error';
  const contentDir = options.contentDir ?? process.cwd();
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const plugin = defineMdastPlugin({
    name: 'labbook-math',
    options: { position: true },
    before(root, ctx) {
      const failures: string[] = [];
      const where = (node: Positioned) =>
        describeLocation({ fileURL: ctx.fileURL, documentSource: sourceAsWritten(ctx.source), line: node.position?.start.line ?? 1, contentDir });
      const written = (node: Positioned) => ctx.source.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
      let rendered = false;
      const typeset = (node: Positioned, tex: string, display: boolean) => {
        const className = display ? 'math math-display' : 'math math-inline';
        try {
          const html = katex.renderToString(tex, { displayMode: display, output: 'htmlAndMathml', throwOnError: true, strict: 'ignore' });
          rendered = true;
          ctx.replaceNode(node as MdastNode, element(ctx, display, className, html));
        } catch (error) {
          const message = error instanceof Error ? error.message.replace(/^KaTeX parse error: /, '') : String(error);
          const problem = `${where(node)}: math KaTeX cannot typeset ${JSON.stringify(tex)}: ${message}`;
          if (onError === 'warn') warn(`[labbook] ${problem}`);
          // The dev server shows the problem (reportFailures hands it over), the page KaTeX's message in place.
          else if (options.report?.live) recordFailure(ctx.data, problem);
          else {
            failures.push(problem);
            return;
          }
          const box = `<code class="math-error__source">${escapeHtml(tex)}</code> <span class="math-error__message">${escapeHtml(message)}</span>`;
          ctx.replaceNode(node as MdastNode, element(ctx, display, `${className} math-error`, box));
        }
      };
      for (const node of collect(root, ['inlineMath', 'math', 'code'])) {
        if (node.type === 'inlineMath') {
          const source = written(node);
          // GitHub's $`…`$: the backticks delimit, they are not part of the formula.
          const tex = source.startsWith('$`') && node.value.startsWith('`') && node.value.endsWith('`') ? node.value.slice(1, -1) : node.value;
          typeset(node, tex, source.startsWith('$$'));
        } else if (node.type === 'math') {
          if (!written(node).trimEnd().endsWith('$$')) {
            warn(`[labbook] ${where(node)}: "$$" opens a formula that is never closed (it runs to the end of its block); close it with "$$", or write \\$$ for dollar signs`);
            ctx.replaceNode(node, { type: 'paragraph', children: [{ type: 'text', value: written(node).trimEnd() }] });
            continue;
          }
          typeset(node, node.value, true);
        } else if (node.lang === 'math') {
          typeset(node, node.value, true);
        }
      }
      if (failures.length > 0) throw new Error(failures.join('\n'));
      if (rendered) markMath(ctx.data);
    },
  });
  // A factory, so documents without a dollar sign or a math fence skip the tree walk entirely.
  const entry: MdastPluginEntry = (ctx) => (CANDIDATE.test(ctx.source) ? plugin : null);
  // Part of the config Astro compares before reusing rendered notes: a new KaTeX renders every note again.
  return Object.assign(entry, { toJSON: () => ({ name: 'labbook-math', onError, markup: MARKUP_VERSION, katex: katex.version }) });
}
