import type { Root } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { GITHUB_SCHEMA } from './sanitize-html.ts';
import { replaceAt, textOf, visit } from '../markdown/tree.ts';
import { defineHastPlugin, markdownToHtml, markdownToMdast, type MdastNode, type MdastPluginEntry } from 'satteri';

/** Options of {@link renderUntrustedMarkdown}. */
export interface SafeMarkdownOptions {
  /**
   * The level a `#` heading in the text becomes, so text from strangers never adds a second h1
   * or jumps above the page's own sections; deeper headings shift with it, up to h6. Default 3.
   */
  topHeading?: 1 | 2 | 3 | 4 | 5 | 6;
  /** Markdown plugins run before sanitising, e.g. the GitHub reference links (src/markdown/issue-links.ts). Default none. */
  mdastPlugins?: MdastPluginEntry[];
}

/** The same rules as raw HTML in a wiki page (src/lib/sanitize-html.ts): GitHub's. */
const SCHEMA = GITHUB_SCHEMA;

const HEADING = /^h([1-6])$/;

/**
 * Move every heading down so that `#` becomes `h{top}`, and replace images the sanitiser left
 * without a source (a `javascript:` or `data:` URL) by their alt text: they could show nothing but
 * a broken-image icon. In place.
 */
function tidy(tree: Root, top: number): void {
  visit(tree, (node, parent, index) => {
    if (node.type !== 'element') return undefined;
    if (node.tagName === 'img' && !node.properties.src && parent && index !== undefined) {
      const alt = String(node.properties.alt ?? '');
      return replaceAt(parent, index, alt ? [{ type: 'text', value: alt }] : []);
    }
    const level = HEADING.exec(node.tagName)?.[1];
    if (level) node.tagName = `h${Math.min(6, Number(level) + top - 1)}`;
    return undefined;
  });
}

/**
 * Render CommonMark (with GFM tables, task lists and strikethrough) written by someone the site
 * does not control, such as an OpenAPI description, to HTML that is safe to insert into a page.
 * Raw HTML in the text is parsed into elements and sanitised like on GitHub: harmless tags stay,
 * `<script>`, event handlers and `javascript:`/`data:` URLs go.
 */
export function renderUntrustedMarkdown(markdown: string, options: SafeMarkdownOptions = {}): string {
  const top = options.topHeading ?? 3;
  const clean = defineHastPlugin({
    name: 'labbook-sanitize',
    after(root, ctx) {
      const safe = sanitize(root as Root, SCHEMA) as Root;
      tidy(safe, top);
      ctx.replaceNode(root, safe);
    },
  });
  const result = markdownToHtml(markdown, {
    // Raw HTML becomes real elements so the sanitiser sees every tag and attribute. Footnotes are
    // off: their links point at ids that the sanitiser's `user-content-` prefix would break, and
    // front matter is off because a description starting with `---` is text, not metadata.
    features: { rawHtml: true, frontmatter: false, gfm: { footnotes: false } },
    hastPlugins: [clean],
    ...(options.mdastPlugins ? { mdastPlugins: options.mdastPlugins } : {}),
  });
  // Labbook's text plugins are synchronous; an asynchronous one would be a programming error here.
  if (result instanceof Promise) throw new TypeError('renderUntrustedMarkdown takes synchronous Markdown plugins only');
  return result.html.trim();
}

/** Text and code as written; raw HTML dropped. */
const plainText = (node: MdastNode): string =>
  textOf(node, (n) => (n.type === 'html' ? '' : 'value' in n && typeof n.value === 'string' ? n.value : undefined));

/**
 * The first paragraph of a Markdown text as plain text on one line (markup, links' targets and
 * raw HTML dropped), for summaries in lists. Empty when the text has no paragraph.
 */
export function firstParagraphText(markdown: string): string {
  const tree = markdownToMdast(markdown, { features: { frontmatter: false }, position: false });
  const children = 'children' in tree && Array.isArray(tree.children) ? (tree.children as MdastNode[]) : [];
  const paragraph = children.find((child) => child.type === 'paragraph');
  return paragraph ? plainText(paragraph).replace(/\s+/g, ' ').trim() : '';
}
