/**
 * The HTML a fence becomes: a figure with the light and dark SVGs, a visible error box, or the
 * escaped source for Mermaid to draw in the reader's browser. Each is one block element, spliced
 * into the Markdown tree so that nothing re-reads its content as Markdown: raw HTML without blank
 * lines in Markdown, an element with `set:html` in MDX (which would otherwise parse the text of
 * every label for emphasis, links and `{expressions}`).
 */
import type { MdxJsxFlowElement } from 'satteri';
import { CLIENT_DIAGRAM_CLASS } from './client-asset.ts';
import { roundDrawingCoordinates } from './path-precision.ts';
import { shareStyles } from './shared-styles.ts';
import { instantiateIds } from './svg-ids.ts';
import { dropInertAttributes, dropUnusedDefinitions } from './svg-prune.ts';
import { mergeThemes } from './theme-merge.ts';
import { dropUnusedRules } from './unused-rules.ts';

/** One block element: `<tag class="className">inner</tag>`, `inner` being HTML. */
export interface HtmlBlock {
  tag: 'figure' | 'div' | 'pre';
  className: string;
  inner: string;
  /** Further attributes, values as text. */
  attributes?: Record<string, string>;
}


export { CLIENT_DIAGRAM_CLASS };

/** Text as HTML text or attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Without what draws nothing (svg-prune.ts). */
const pruned = (svg: string) => dropInertAttributes(dropUnusedDefinitions(svg));

/**
 * Both renders of one diagram as the SVGs a page carries: one whose colours follow
 * `html[data-theme]` (theme-merge.ts), or, when the two drawings differ in more than colours, both,
 * the stylesheet showing the one matching the theme. `light` and `dark` are canonical
 * (svg-ids.ts); `prefix` makes their ids unique on the page. Coordinates are rounded to what a
 * reader can see (path-precision.ts), and what draws nothing is left out.
 */
export function diagramSvgs(light: string, dark: string, prefix: string): string[] {
  const [l, d] = [roundDrawingCoordinates(light), roundDrawingCoordinates(dark)] as const;
  const merged = mergeThemes(l, d);
  return merged ? [instantiateIds(pruned(merged), prefix)] : [instantiateIds(pruned(l), `${prefix}-light`), instantiateIds(pruned(d), `${prefix}-dark`)];
}

/**
 * The SVGs of one page's diagrams ({@link diagramSvgs} of each, ids already unique on the page), as
 * the page carries them: a stylesheet that diagrams share written once (shared-styles.ts), without
 * the rules that style nothing on the page (unused-rules.ts). One list per diagram, in order.
 */
export function pageSvgs(diagrams: readonly (readonly string[])[]): string[][] {
  const all = dropUnusedRules(shareStyles(diagrams.flat()));
  let next = 0;
  return diagrams.map((svgs) => all.slice(next, (next += svgs.length)));
}

/** The cue under a diagram wider than the column (global.css shows it only then). */
export const SCROLL_HINT = 'Scroll sideways →';

/** What a figure needs besides its SVGs. */
export interface FigureOptions {
  /** Its place among the page's diagrams, from 1: the scroll region's name must be unique on the page (axe). */
  n: number;
  /** What the diagram is: its SVG's accessible name (`flowchart diagram`, or its accTitle). */
  label: string;
  /** The narrowest it may be shown, in CSS px (svg-size.ts `readableWidth`); without it, it shrinks freely. */
  minWidth?: number;
}

/** The accessible name of the n-th diagram's scroll region: `Diagram 2: sequence diagram`. */
export const diagramRegionLabel = (n: number, label: string) => `Diagram ${n}: ${label}`;

/**
 * A diagram's SVGs as a figure: scaled to the column while its labels stay readable, else
 * scrolling sideways inside a named, focusable region (keyboard users can scroll it, WCAG 2.1.1),
 * with an edge shadow and a hint that show only while part of it is hidden (global.css compares
 * `--diagram-min-width` with the column). The "Full size" button stays hidden until the page's
 * viewer script (src/scripts/diagram-viewer.ts) shows it: without JavaScript the figure scrolls.
 * MermaidClientScript.astro builds the same figure for the diagrams it draws.
 */
export function diagramFigure(svgs: readonly string[], options: FigureOptions): HtmlBlock {
  const region = escapeHtml(diagramRegionLabel(options.n, options.label));
  return {
    tag: 'figure',
    className: 'mermaid-diagram',
    inner:
      `<div class="mermaid-diagram__scroll" role="region" tabindex="0" aria-label="${region}">${svgs.join('')}</div>` +
      // Left out of the search index: page text for the reader, not content.
      `<div class="mermaid-diagram__bar" data-pagefind-ignore><span class="mermaid-diagram__hint" aria-hidden="true">${SCROLL_HINT}</span>` +
      `<button type="button" class="mermaid-diagram__open" data-diagram-open hidden aria-label="Full size, diagram ${options.n}">Full size</button></div>`,
    attributes: options.minWidth === undefined ? undefined : { style: `--diagram-min-width:${options.minWidth}px` },
  };
}

/** The visible stand-in for a diagram Mermaid rejected (`mermaid: warn`): what, where, the source. */
export function errorBox(options: { where: string; message: string; source: string }): HtmlBlock {
  return {
    tag: 'div',
    className: 'mermaid-error',
    inner:
      `<p class="mermaid-error__title"><strong>This Mermaid diagram could not be drawn</strong> (${escapeHtml(options.where)})</p>` +
      `<pre class="mermaid-error__message">${escapeHtml(options.message)}</pre>` +
      `<pre class="mermaid-error__source"><code>${escapeHtml(options.source)}</code></pre>`,
  };
}

/** The source as text, for MermaidClient.astro to draw in the reader's browser. */
export function clientDiagram(source: string): HtmlBlock {
  return { tag: 'pre', className: CLIENT_DIAGRAM_CLASS, inner: escapeHtml(source) };
}

/** The block as HTML. */
export function blockHtml(block: HtmlBlock): string {
  const attributes = Object.entries(block.attributes ?? {}).map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('');
  return `<${block.tag} class="${block.className}"${attributes}>${block.inner}</${block.tag}>`;
}

// Character references stay as they are; a bare newline becomes one.
const NEWLINE = /&(?:#\d+|#x[\da-f]+|[a-z][\da-z]*);|\n/gi;
const SEGMENT = /<[^>]*>|[^<]+/g;

/**
 * The block as raw HTML for a Markdown document. A blank line would end the HTML block (and the
 * rest would be read as Markdown), so every newline, in text or in an attribute value, is written
 * as `&#10;`, which the browser reads as the same newline.
 */
export function markdownRawHtml(block: HtmlBlock): string {
  return blockHtml(block).replace(SEGMENT, (segment) =>
    segment.startsWith('<')
      ? segment.replace(/"[^"]*"/g, (value) => value.replaceAll('\n', '&#10;'))
      : segment.replace(NEWLINE, (match) => (match === '\n' ? '&#10;' : match)),
  );
}

/** The block as an MDX element whose content is set as HTML (Astro's `set:html`), never parsed. */
export function mdxElement(block: HtmlBlock): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name: block.tag,
    attributes: [
      { type: 'mdxJsxAttribute', name: 'class', value: block.className },
      ...Object.entries(block.attributes ?? {}).map(([name, value]) => ({ type: 'mdxJsxAttribute' as const, name, value })),
      { type: 'mdxJsxAttribute', name: 'set:html', value: block.inner },
    ],
    children: [],
  };
}
