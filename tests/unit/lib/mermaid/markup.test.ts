import { markdownToHtml, mdxToJs, type MdastPluginDefinition } from 'satteri';
import { describe, expect, it } from 'vitest';
import { blockHtml, clientDiagram, diagramFigure, SCROLL_HINT, errorBox, escapeHtml, markdownRawHtml, mdxElement, type HtmlBlock } from '../../../../src/lib/mermaid/markup.ts';

/** A plugin that replaces the one code block with `block`, as src/markdown/mermaid.ts does. */
const replaceWith = (block: HtmlBlock): MdastPluginDefinition => ({
  name: 'replace',
  code: (node, ctx) => ctx.replaceNode(node, ctx.sourceFormat === 'mdx' ? mdxElement(block) : { raw: markdownRawHtml(block), mdxExpressions: false }),
});
const inMarkdown = async (block: HtmlBlock) => (await markdownToHtml('- item\n\n  ```mermaid\n  x\n  ```\n', { mdastPlugins: [replaceWith(block)] })).html;
const inMdx = async (block: HtmlBlock) => (await mdxToJs('- item\n\n  ```mermaid\n  x\n  ```\n', { mdastPlugins: [replaceWith(block)] })).code;

// Label text that Markdown and MDX would love to parse: emphasis, code, links, autolinks,
// expressions, smart punctuation, a blank line, and CSS with braces and quotes.
const tricky = diagramFigure(['<svg><style>#a *{font-family:"x"}</style><text>a *b* _c_ `d` [e](f) {g} -- "q" https://x.org\n\nnext &lt;h&gt;</text></svg>', '<svg></svg>'], { n: 1, label: 'a "quoted" {title}', minWidth: 500 });

describe('escapeHtml', () => {
  it('escapes what HTML reads as markup or ends an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;');
  });
});

describe('markdownRawHtml', () => {
  it('survives a Markdown document unchanged: a blank line in a label does not end the HTML block', async () => {
    const html = await inMarkdown(tricky);
    expect(html).toContain(markdownRawHtml(tricky));
    expect(markdownRawHtml(tricky)).toBe(blockHtml(tricky).replaceAll('\n', '&#10;'));
  });

  it('encodes newlines inside attribute values, and nothing else in tags', () => {
    expect(markdownRawHtml({ tag: 'div', className: 'x', inner: '<g a="1\n2" b="&amp;">t\n</g>' })).toBe('<div class="x"><g a="1&#10;2" b="&amp;">t&#10;</g></div>');
  });
});

describe('mdxElement', () => {
  it('survives an MDX document unchanged: its HTML is set, never parsed', async () => {
    const code = await inMdx(tricky);
    expect(code).toContain(`_jsx(_components.figure, {\n`);
    expect(code).toContain(`"set:html": ${JSON.stringify(tricky.inner)}`);
    expect(code).not.toMatch(/_components\.(em|code|a|text)\b/);
  });
});

describe('diagramFigure', () => {
  it('puts the SVGs in a named, focusable scroll region, with a hint and a full-size button for the viewer to show', () => {
    expect(blockHtml(diagramFigure(['<svg id="a"></svg>', '<svg id="b"></svg>'], { n: 2, label: 'Rollout <plan>', minWidth: 771 }))).toBe(
      '<figure class="mermaid-diagram" style="--diagram-min-width:771px">' +
        '<div class="mermaid-diagram__scroll" role="region" tabindex="0" aria-label="Diagram 2: Rollout &#60;plan&#62;"><svg id="a"></svg><svg id="b"></svg></div>' +
        `<div class="mermaid-diagram__bar" data-pagefind-ignore><span class="mermaid-diagram__hint" aria-hidden="true">${SCROLL_HINT}</span>` +
        '<button type="button" class="mermaid-diagram__open" data-diagram-open hidden aria-label="Full size, diagram 2">Full size</button></div></figure>',
    );
  });

  it('sets no minimum width when there is none to set', () => {
    expect(blockHtml(diagramFigure(['<svg></svg>'], { n: 1, label: 'pie chart' }))).toMatch(/^<figure class="mermaid-diagram"><div /);
  });
});

describe('errorBox', () => {
  it('shows where, what and the source, all as text', () => {
    expect(blockHtml(errorBox({ where: 'til/a.md:3', message: 'Parse error on line 2:\n<b>', source: 'graph TD\n  A-->' }))).toBe(
      '<div class="mermaid-error"><p class="mermaid-error__title"><strong>This Mermaid diagram could not be drawn</strong> (til/a.md:3)</p>' +
        '<pre class="mermaid-error__message">Parse error on line 2:\n&#60;b&#62;</pre><pre class="mermaid-error__source"><code>graph TD\n  A--&#62;</code></pre></div>',
    );
  });
});

describe('clientDiagram', () => {
  it('keeps the source as escaped text for the browser to draw', async () => {
    const block = clientDiagram('flowchart LR\n\n  A["<img src=x onerror=alert(1)>"] --> B');
    expect(blockHtml(block)).toBe('<pre class="mermaid">flowchart LR\n\n  A[&#34;&#60;img src=x onerror=alert(1)&#62;&#34;] --&#62; B</pre>');
    expect(await inMarkdown(block)).toContain('<pre class="mermaid">flowchart LR&#10;&#10;  A[&#34;&#60;img src=x onerror=alert(1)&#62;&#34;] --&#62; B</pre>');
  });
});
