/**
 * The HTML a fence becomes: a figure with the light and dark SVGs, a visible error box, or the
 * escaped source for Mermaid to draw in the reader's browser. Each is one block element, spliced
 * into the Markdown tree so that nothing re-reads its content as Markdown: raw HTML without blank
 * lines in Markdown, an element with `set:html` in MDX (which would otherwise parse the text of
 * every label for emphasis, links and `{expressions}`).
 */
import type { MdxJsxFlowElement } from 'satteri';
import { withReadableWidth } from './svg-size.ts';
import { instantiateIds } from './svg-ids.ts';
import { mergeThemes } from './theme-merge.ts';

/** One block element: `<tag class="className">inner</tag>`, `inner` being HTML. */
export interface HtmlBlock {
  tag: 'figure' | 'div' | 'pre';
  className: string;
  inner: string;
  /** Further attributes, values as text. */
  attributes?: Record<string, string>;
}

/** Class of the fallback `<pre>`: MermaidClient.astro draws these in the browser. */
export const CLIENT_DIAGRAM_CLASS = 'mermaid';

/** Text as HTML text or attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * Both renders of one diagram as the SVGs a page carries: one whose colours follow
 * `html[data-theme]` (theme-merge.ts), or, when the two drawings differ in more than colours, both,
 * the stylesheet showing the one matching the theme. `light` and `dark` are canonical
 * (svg-ids.ts); `prefix` makes their ids unique on the page.
 */
export function diagramSvgs(light: string, dark: string, prefix: string): string[] {
  const merged = mergeThemes(light, dark);
  return merged ? [instantiateIds(merged, prefix)] : [instantiateIds(light, `${prefix}-light`), instantiateIds(dark, `${prefix}-dark`)];
}

/** A diagram's SVGs as a figure. A wide diagram scrolls sideways instead of shrinking until its labels are unreadable. */
export function diagramFigure(svgs: readonly string[]): HtmlBlock {
  // Focusable, so a keyboard can scroll a diagram wider than the column (WCAG 2.1.1).
  return { tag: 'figure', className: 'mermaid-diagram', inner: svgs.map(withReadableWidth).join(''), attributes: { tabindex: '0' } };
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
