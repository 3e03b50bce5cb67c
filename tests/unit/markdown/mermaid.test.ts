import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs, type PluginFactoryContext } from 'satteri';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CLIENT_DIAGRAMS_KEY, DIAGRAMS_KEY } from '../../../src/lib/mermaid/client-flag.ts';
import type { DiagramOutcome, DiagramRenderer } from '../../../src/lib/mermaid/diagram-renderer.ts';
import { ID_PLACEHOLDER } from '../../../src/lib/mermaid/svg-ids.ts';
import { reportFailures } from '../../../src/markdown/document-failures.ts';
import { mermaid, type Options } from '../../../src/markdown/mermaid.ts';

const P = ID_PLACEHOLDER;

/** A renderer that answers without a browser: SVG naming the source, or what `answer` says. */
function fakeRenderer(answer: (source: string) => DiagramOutcome = (source) => svgOf(source)): DiagramRenderer & { calls: string[][] } {
  const calls: string[][] = [];
  return {
    calls,
    render: async (sources) => {
      calls.push([...sources]);
      return sources.map(answer);
    },
  };
}
// The two themes differ in a path here, so both SVGs stay (theme-merge.ts); themedSvgOf differs in colour only.
const svgOf = (source: string): DiagramOutcome => ({
  kind: 'svg',
  light: `<svg id="${P}" class="mermaid-light"><g id="${P}-0"><path d="M0 0"/><text>${source}</text></g></svg>`,
  dark: `<svg id="${P}" class="mermaid-dark"><g id="${P}-0"><path d="M0 1"/><text>${source}</text></g></svg>`,
});
const themedSvgOf = (source: string): DiagramOutcome => ({
  kind: 'svg',
  light: `<svg id="${P}" class="mermaid-light"><style>#${P} text{fill:#333;}</style><g id="${P}-0"><text fill="#000">${source}</text></g></svg>`,
  dark: `<svg id="${P}" class="mermaid-dark"><style>#${P} text{fill:#ccc;}</style><g id="${P}-0"><text fill="#fff">${source}</text></g></svg>`,
});

/** Astro's data bag, as its Markdown processor passes it in. */
const astroData = () => ({ astro: { frontmatter: { title: 'T' }, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() } });
const render = async (markdown: string, options: Options, fileURL?: URL) => await markdownToHtml(markdown, { mdastPlugins: [mermaid(options), reportFailures()], fileURL, data: astroData() });
/** The start of a figure up to its first SVG (markup.ts), for a diagram numbered `n` on its page. */
const figureStart = (n = '\\d+') => `<figure class="mermaid-diagram"><div class="mermaid-diagram__scroll" role="region" tabindex="0" aria-label="Diagram ${n}: [^"]+">`;
const ids = (html: string) => [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);

describe('mermaid', () => {
  afterEach(() => vi.restoreAllMocks());

  it('replaces every mermaid fence, nested or not, with both themes of its SVG, in one render call', async () => {
    const renderer = fakeRenderer();
    const { html } = await render('Intro.\n\n```mermaid\ngraph TD\n```\n\n- item\n\n  > ~~~mermaid\n  > pie\n  > ~~~\n', { renderer });
    expect(renderer.calls).toEqual([['graph TD', 'pie']]);
    expect(html.match(new RegExp(`${figureStart()}<svg id="[^"]+" class="mermaid-light">.*?</svg><svg id="[^"]+" class="mermaid-dark">.*?</svg></div><div class="mermaid-diagram__bar"`, 'g'))).toHaveLength(2);
    expect(html).toContain('<p>Intro.</p>');
    expect(html).not.toContain('<code');
  });

  it('carries one SVG whose colours follow the theme when the two renders differ only in colours', async () => {
    const { html } = await render('```mermaid\ngraph TD\n```\n', { renderer: fakeRenderer(themedSvgOf) }, pathToFileURL('/wiki/a.md'));
    expect(html.match(/<svg /g)).toHaveLength(1);
    expect(html).toMatch(/<svg id="m[0-9a-f]{8}-0" class="mermaid-themed (lbms-\w+)"><style>:where\(\.\1\):not\(#lbms\)\{--lbm0:#333;--lbm1:#000\}\[data-theme='dark'\] :where\(\.\1\):not\(#lbms\)\{--lbm0:#ccc;--lbm1:#fff\}:where\(\.\1\):not\(#lbms\) text\{fill:var\(--lbm0\);\}<\/style>/);
    expect(html).toContain('<text fill="var(--lbm1)">graph TD</text>');
  });

  it("carries a stylesheet the page's diagrams share once", async () => {
    const { html } = await render('```mermaid\ngraph TD\n```\n\n```mermaid\ngraph LR\n```\n', { renderer: fakeRenderer(themedSvgOf) }, pathToFileURL('/wiki/a.md'));
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html.match(/class="mermaid-themed (lbms-\w+)"/g)).toHaveLength(2);
  });

  it('numbers the diagrams of a page and names each scroll region after its diagram', async () => {
    const named = (source: string): DiagramOutcome => ({ kind: 'svg', light: `<svg id="${P}" class="mermaid-light" role="img" aria-label="${source} &#38; co"></svg>`, dark: `<svg id="${P}" class="mermaid-dark"><path d="M0 1"/></svg>` });
    const { html } = await render('```mermaid\npie\n```\n\n```mermaid\ngantt\n```\n', { renderer: fakeRenderer(named) });
    expect([...html.matchAll(/<div class="mermaid-diagram__scroll" role="region" tabindex="0" aria-label="([^"]+)">/g)].map((m) => m[1])).toEqual(['Diagram 1: pie &#38; co', 'Diagram 2: gantt &#38; co']);
    expect([...html.matchAll(/aria-label="(Full size[^"]*)"/g)].map((m) => m[1])).toEqual(['Full size, diagram 1', 'Full size, diagram 2']);
  });

  it('keeps a wide diagram at the width where its labels are 11 px, read from the SVGs Mermaid drew', async () => {
    // Labels of 22 px in a 1,600 px drawing: 800 px at the least. The stylesheet is shared here, so
    // the second figure's SVG no longer states its font size; its width is read from Mermaid's own.
    const wide = (): DiagramOutcome => {
      const svg = (fill: string) => `<svg id="${P}" class="flowchart" viewBox="0 0 1600 300" style="max-width: 1600px;"><style>#${P}{font-size:22px;fill:${fill};}</style><text>x</text></svg>`;
      return { kind: 'svg', light: svg('#333'), dark: svg('#ccc') };
    };
    const { html } = await render('```mermaid\ngraph LR\n```\n\n```mermaid\ngraph LR\n```\n', { renderer: fakeRenderer(wide) }, pathToFileURL('/wiki/a.md'));
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html.match(/<figure class="mermaid-diagram" style="--diagram-min-width:800px">/g)).toHaveLength(2);
  });

  it('draws a diagram whose fence is longer than three backticks or tildes', async () => {
    const renderer = fakeRenderer();
    await render('````mermaid\ngraph LR\n````\n\n~~~~ mermaid\npie\n~~~~\n', { renderer });
    expect(renderer.calls).toEqual([['graph LR', 'pie']]);
  });

  it('keeps the code of a mermaid-example fence and draws its diagram after it, in .md and .mdx', async () => {
    const renderer = fakeRenderer();
    const { html } = await render('```mermaid-example\ngraph TD\n```\n', { renderer });
    expect(renderer.calls).toEqual([['graph TD']]);
    expect(html).toMatch(new RegExp(`^<pre><code class="language-mermaid-example">graph TD\n</code></pre>\\s*${figureStart()}<svg [^>]*class="mermaid-light">`));
    const mdx = String((await mdxToJs('```mermaid-example\ngraph TD\n```\n', { mdastPlugins: [mermaid({ renderer })] })).code);
    expect(mdx).toContain('language-mermaid-example');
    expect(mdx).toContain('mermaid-diagram');
  });

  it('leaves other code blocks to the highlighter', async () => {
    const renderer = fakeRenderer();
    const markdown = '```js\nconst mermaid = 1;\n```\n\n```\nmermaid\n```\n\n`mermaid` inline\n';
    expect((await render(markdown, { renderer })).html).toBe(markdownToHtml(markdown).html);
    expect(renderer.calls).toEqual([]);
  });

  it('gives every diagram of a page its own ids, the same in every build', async () => {
    const markdown = '```mermaid\ngraph TD\n```\n\n```mermaid\ngraph TD\n```\n';
    const fileURL = pathToFileURL('/wiki/til/a.md');
    const first = ids((await render(markdown, { renderer: fakeRenderer(), contentDir: '/wiki' }, fileURL)).html);
    expect(new Set(first).size).toBe(8);
    expect(first[0]).toMatch(/^m[0-9a-f]{8}-0-light$/);
    expect(first).toEqual(ids((await render(markdown, { renderer: fakeRenderer(), contentDir: '/wiki' }, fileURL)).html));
    // The same diagram in another file gets other ids.
    const other = ids((await render(markdown, { renderer: fakeRenderer(), contentDir: '/wiki' }, pathToFileURL('/wiki/til/b.md'))).html);
    expect(other.filter((id) => first.includes(id))).toEqual([]);
  });

  it('works in MDX, where the SVG is set as HTML and never parsed as MDX', async () => {
    const renderer = fakeRenderer(() => svgOf('*not emphasis* {not an expression}'));
    const { code } = await mdxToJs('export const x = 1;\n\n```mermaid\ngraph TD\n```\n', { mdastPlugins: [mermaid({ renderer })] });
    expect(code).toContain('"set:html": "<div class=\\"mermaid-diagram__scroll\\"');
    expect(code).toContain('<svg id=\\"m');
    expect(code).toContain('<text>*not emphasis* {not an expression}</text>');
    expect(code).not.toContain('_components.em');
  });

  describe('option onError', () => {
    const broken = (source: string): DiagramOutcome => (source.includes('-->') && !source.includes('B') ? { kind: 'error', message: `does not parse: Parse error on line 2:\n${source}\n---^` } : svgOf(source));
    const wiki = mkdtempSync(join(tmpdir(), 'mermaid-plugin-'));
    const file = join(wiki, 'til', '2026-11-02-x.md');
    const body = 'Intro.\n\n```mermaid\ngraph TD\n  A-->B\n```\n\n```mermaid\ngraph TD\n  A-->\n```\n';
    mkdirSync(join(wiki, 'til'));
    // Astro hands the plugin the body without front matter; the message counts lines in the file.
    writeFileSync(file, `---\ntitle: X\ndate: 2026-11-02\n---\n${body}`);
    const fileURL = pathToFileURL(file);

    it("error (default): fails with the file, the line of the fence and Mermaid's message", async () => {
      await expect(render(body, { renderer: fakeRenderer(broken), contentDir: wiki }, fileURL)).rejects.toThrow(
        'til/2026-11-02-x.md:12: mermaid diagram does not parse: Parse error on line 2:\n    graph TD\n      A-->\n    ---^',
      );
    });

    it('warn: shows an error box with the message and the source, and warns with file and line', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const { html } = await render(body, { renderer: fakeRenderer(broken), contentDir: wiki, onError: 'warn' }, fileURL);
      expect(warn).toHaveBeenCalledWith('[labbook] til/2026-11-02-x.md:12: mermaid diagram does not parse: Parse error on line 2:\n    graph TD\n      A-->\n    ---^');
      expect(html).toMatch(new RegExp(figureStart('1')));
      expect(html).toContain(
        '<div class="mermaid-error"><p class="mermaid-error__title"><strong>This Mermaid diagram could not be drawn</strong> (til/2026-11-02-x.md:12)</p>' +
          '<pre class="mermaid-error__message">does not parse: Parse error on line 2:&#10;graph TD&#10;  A--&#62;&#10;---^</pre>' +
          '<pre class="mermaid-error__source"><code>graph TD&#10;  A--&#62;</code></pre></div>',
      );
    });
  });

  describe('without a browser', () => {
    it("keeps the source for the reader's browser and flags the page for MermaidClient.astro", async () => {
      const result = await render('```mermaid\ngraph TD\n  A-->B\n```\n', { renderer: fakeRenderer(() => ({ kind: 'client' })) });
      expect(result.html).toBe('<pre class="mermaid">graph TD&#10;  A--&#62;B</pre>\n');
      expect(result.data.astro?.frontmatter).toEqual({ title: 'T', [DIAGRAMS_KEY]: true, [CLIENT_DIAGRAMS_KEY]: true });
    });

    it('flags pages whose diagrams are SVG for the full-size viewer only, not for Mermaid', async () => {
      const result = await render('```mermaid\ngraph TD\n```\n', { renderer: fakeRenderer() });
      expect(result.data.astro?.frontmatter).toEqual({ title: 'T', [DIAGRAMS_KEY]: true });
    });

    it('does not flag a page whose only diagram could not be drawn', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const result = await render('```mermaid\ngraph TD\n```\n', { renderer: fakeRenderer(() => ({ kind: 'error', message: 'does not parse' })), onError: 'warn' });
      expect(warn).toHaveBeenCalled();
      expect(result.data.astro?.frontmatter).toEqual({ title: 'T' });
    });
  });

  it("puts the renderer's identity into Astro's config, so a change renders every note again", () => {
    const renderer = { ...fakeRenderer(), identity: () => ({ fingerprint: 'mermaid 11', drawnAt: 'build' }) };
    expect(JSON.stringify({ mdastPlugins: [mermaid({ renderer, onError: 'warn' })] })).toBe(
      '{"mdastPlugins":[{"name":"labbook-mermaid","onError":"warn","markup":9,"renderer":{"fingerprint":"mermaid 11","drawnAt":"build"}}]}',
    );
  });

  describe('skipping documents', () => {
    const context = (source: string): PluginFactoryContext => ({ source, fileURL: undefined, sourceFormat: 'markdown', data: {} });
    it.each([
      ['```mermaid\ngraph TD\n```', true],
      ['~~~ mermaid\npie\n~~~', true],
      ['- list\n  ```mermaid\n  pie\n  ```', true],
      ['> ```mermaid\n> pie\n> ```', true],
      ['No diagrams, just the word mermaid and `mermaid`.', false],
      ['```js\nmermaid()\n```', false],
    ])('%j runs: %s', (source, runs) => {
      const entry = mermaid({ renderer: fakeRenderer() });
      if (typeof entry !== 'function') throw new Error('mermaid should return a factory');
      expect(Boolean(entry(context(source)))).toBe(runs);
    });
  });
});
