import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { Code } from 'mdast';
import { defineMdastPlugin, type MdastPluginEntry, type MdastVisitorContext } from 'satteri';
import { markDiagrams } from '../lib/mermaid/client-flag.ts';
import { mayHaveMermaid, mermaidFences, showsDiagramSource } from '../lib/mermaid/find-fences.ts';
import { sharedDiagramRenderer, type DiagramOutcome, type DiagramRenderer } from '../lib/mermaid/diagram-renderer.ts';
import { clientDiagram, diagramFigure, diagramSvgs, errorBox, markdownRawHtml, mdxElement, pageSvgs, type HtmlBlock } from '../lib/mermaid/markup.ts';
import { diagramLabel } from '../lib/mermaid/diagram-label.ts';
import { svgLabel } from '../lib/mermaid/svg-a11y.ts';
import { readableWidth } from '../lib/mermaid/svg-size.ts';
import { describeLocation, displayPath } from '../lib/mermaid/source-location.ts';
import type { RenderReport } from '../lib/dev/render-report.ts';
import { recordFailure } from './document-failures.ts';

export interface Options {
  /** What a diagram Mermaid rejects does: fail the build (`error`), or show an error box in the page and warn (`warn`). Default `error`. */
  onError?: 'error' | 'warn';
  /** The wiki's content folder: messages name files relative to it (`til/x.md:14`). Default: the working directory. */
  contentDir?: string;
  /** Turns diagram sources into SVG. Default: the build's shared renderer (headless Chromium, disk cache). */
  renderer?: DiagramRenderer;
  /** Seconds one diagram may spend drawing, for the shared renderer (`mermaidTimeout`). Default 60. */
  timeoutSeconds?: number;
  /** Under `astro dev` (live): a rejected diagram also shows its error box in the page, and the dev server reports it. */
  report?: RenderReport;
}

/** Bump when what the plugin turns into diagrams or the HTML around them (src/lib/mermaid/markup.ts) changes, so cached notes render again. */
const MARKUP_VERSION = 9;

/** `m1a2b3c4d`: the same for the same file and text, different for every other document. */
function idBase(ctx: MdastVisitorContext, contentDir: string): string {
  const file = ctx.fileURL?.protocol === 'file:' ? displayPath(fileURLToPath(ctx.fileURL), contentDir) : '';
  return `m${createHash('sha256').update(`${file}\0${ctx.source}`).digest('hex').slice(0, 8)}`;
}

/** A multi-line message as it reads best in the build log: continuation lines indented. */
const indent = (message: string) => message.replaceAll('\n', '\n    ');

/**
 * Turns every ```mermaid fence into inline SVG at build time (a ```mermaid-example fence keeps its
 * code above it): one SVG whose colours follow `html[data-theme]` (or one per theme when the
 * drawings differ otherwise), ids unique on the page, an accessible name, in a figure that fits
 * it to the column while its labels stay readable and scrolls otherwise (markup.ts, svg-size.ts). The diagrams
 * of a document are rendered together (see src/lib/mermaid/). A diagram Mermaid rejects fails the
 * document with file, line and Mermaid's message (recorded for reportFailures, so the document's
 * other problems are reported too), or (`onError: 'warn'`, and always under `astro dev`) shows an error box. Without
 * a browser on the machine the source is kept for MermaidClient.astro to draw in the page.
 */
export function mermaid(options: Options = {}): MdastPluginEntry {
  const onError = options.onError ?? 'error';
  const contentDir = options.contentDir ?? process.cwd();
  // Set up now, as the config loads: the build's prefetch uses the same renderer and limit.
  const renderer = options.renderer ?? sharedDiagramRenderer({ timeoutMs: options.timeoutSeconds === undefined ? undefined : options.timeoutSeconds * 1000 });
  const plugin = defineMdastPlugin({
    name: 'labbook-mermaid',
    options: { position: true },
    // All fences at once, before the visitors: one batch per document instead of one per fence.
    async before(root, ctx) {
      const fences = mermaidFences(root);
      if (fences.length === 0) return;
      const outcomes = await renderer.render(fences.map((fence) => fence.value));
      const base = idBase(ctx, contentDir);
      const where = (fence: Readonly<Code>) =>
        describeLocation({ fileURL: ctx.fileURL, documentSource: ctx.source, line: fence.position?.start.line ?? 1, contentDir });
      // The SVGs of the whole document first: diagrams that share a stylesheet carry it once.
      const svgsOf = pageSvgs(outcomes.map((outcome, index) => (outcome?.kind === 'svg' ? diagramSvgs(outcome.light, outcome.dark, `${base}-${index}`) : [])));
      let client = false;
      let figures = 0;
      fences.forEach((fence, index) => {
        const outcome = outcomes[index] as DiagramOutcome;
        let block: HtmlBlock;
        if (outcome.kind === 'svg') {
          // Read from Mermaid's own SVGs: the shared stylesheet may have taken their font size elsewhere.
          figures += 1;
          block = diagramFigure(svgsOf[index] ?? [], { n: figures, label: svgLabel(outcome.light) ?? diagramLabel(undefined), minWidth: readableWidth(outcome.light, outcome.dark) });
        } else if (outcome.kind === 'client') {
          figures += 1;
          block = clientDiagram(fence.value);
          client = true;
        } else {
          const message = `${where(fence)}: mermaid diagram ${outcome.message}`;
          if (onError === 'error') {
            recordFailure(ctx.data, indent(message));
            // A build fails; the dev server shows the problem, and the page the box where the diagram goes.
            if (!options.report?.live) return;
          } else {
            console.warn(`[labbook] ${indent(message)}`);
          }
          block = errorBox({ where: where(fence), message: outcome.message, source: fence.value });
        }
        const diagram = ctx.sourceFormat === 'mdx' ? mdxElement(block) : { raw: markdownRawHtml(block), mdxExpressions: false };
        // ```mermaid-example keeps its code (highlighted as Mermaid by highlight.ts) and adds the diagram after it.
        if (showsDiagramSource(fence.lang)) ctx.insertAfter(fence, diagram);
        else ctx.replaceNode(fence, diagram);
      });
      if (figures > 0) markDiagrams(ctx.data, { client });
    },
  });
  // A factory, so documents without a mermaid fence skip the tree walk entirely.
  const entry: MdastPluginEntry = (ctx) => (mayHaveMermaid(ctx.source) ? plugin : null);
  // Astro keeps rendered notes between builds until a note or the Astro config changes, and the
  // config it compares includes this JSON: a new Mermaid, or a Chromium where there was none (SVG
  // instead of drawing in the browser), renders every note again.
  return Object.assign(entry, {
    toJSON: () => ({ name: 'labbook-mermaid', onError, markup: MARKUP_VERSION, renderer: renderer.identity?.() }),
  });
}
