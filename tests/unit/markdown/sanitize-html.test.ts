import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import type { DiagramRenderer } from '../../../src/lib/mermaid/diagram-renderer.ts';
import { mermaid } from '../../../src/markdown/mermaid.ts';
import { sanitizeMarkdown } from '../../../src/markdown/sanitize-html.ts';

function render(markdown: string, warnings: string[] = []) {
  return markdownToHtml(markdown, {
    mdastPlugins: [sanitizeMarkdown({ contentDir: '/wiki', warn: (message) => warnings.push(message) })],
    fileURL: pathToFileURL('/wiki/til/2026-11-02-x.md'),
  });
}

describe('sanitizeMarkdown', () => {
  it('keeps GitHub\'s harmless HTML and inline tags around Markdown text', async () => {
    const warnings: string[] = [];
    const { html } = await render('Press <kbd>Ctrl</kbd> + <kbd>C</kbd>, H<sub>2</sub>O.\n\n<details><summary>Logs</summary>\n\nStack trace.\n\n</details>\n', warnings);
    expect(html).toContain('<kbd>Ctrl</kbd> + <kbd>C</kbd>, H<sub>2</sub>O.');
    expect(html).toContain('<details><summary>Logs</summary>');
    expect(html).toContain('</details>');
    expect(warnings).toEqual([]);
  });

  it('removes scripts, frames, handlers and javascript: links, with one warning naming the file', async () => {
    const warnings: string[] = [];
    const markdown = '<script>window.__xss=1</script>\n\nA <a href="javascript:alert(1)" onclick="window.__xss=1">link</a>.\n\n<iframe src="https://evil.example"></iframe>\n\n[md link](javascript:alert(2))\n';
    const { html } = await render(markdown, warnings);
    expect(html).not.toMatch(/<script|<iframe|onclick|javascript:/i);
    expect(html).toContain('A <a>link</a>.');
    expect(html).toContain('<p>md link</p>');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^\[labbook\] til\/2026-11-02-x\.md: removed /);
    for (const what of ['<script>', 'onclick on <a>', 'href on <a>', '<iframe>', 'a link to javascript:']) expect(warnings[0]).toContain(what);
  });

  it('advises .mdx for a note, and an image or a link for a notebook (which cannot be MDX)', async () => {
    const note: string[] = [];
    await render('<script>1</script>\n', note);
    expect(note[0]).toContain('write the page as .mdx');
    const notebook: string[] = [];
    await markdownToHtml('<script>1</script>\n', {
      mdastPlugins: [sanitizeMarkdown({ contentDir: '/wiki', warn: (message) => notebook.push(message) })],
      fileURL: pathToFileURL('/wiki/notebooks/eval.ipynb'),
    });
    expect(notebook).toEqual(['[labbook] notebooks/eval.ipynb: removed <script> (Markdown is sanitized like on GitHub; show what needs it as an image, or link to it)']);
  });

  it('runs before diagrams are inserted, so their SVG stays', async () => {
    const renderer: DiagramRenderer = { render: async (sources) => sources.map(() => ({ kind: 'svg' as const, light: '<svg class="mermaid-light"><style>.x{fill:red}</style></svg>', dark: '<svg class="mermaid-dark"></svg>' })) };
    const { html } = await markdownToHtml('```mermaid\ngraph TD\n  A-->B\n```\n', {
      mdastPlugins: [sanitizeMarkdown({ warn: () => {} }), mermaid({ renderer })],
    });
    expect(html).toContain('<svg class="mermaid-light"');
    expect(html).toContain('<style>.x{fill:red}</style>');
  });

  it('leaves MDX alone: it is code, reviewed like code', async () => {
    const warnings: string[] = [];
    const { code } = await mdxToJs('<iframe src="https://trusted.example/embed" />\n', { mdastPlugins: [sanitizeMarkdown({ warn: (m) => warnings.push(m) })] });
    expect(code).toContain('iframe');
    expect(warnings).toEqual([]);
  });
});
