import { describe, expect, it } from 'vitest';
import { cellOfLine, closeOpenFence, explicitRelativeImages, jupyterAnchors, notebookSource, renderSegments, type RenderedMarkdown } from '../../../../src/lib/notebooks/document.ts';
import type { Notebook } from '../../../../src/lib/notebooks/parse.ts';

const notebook = (cells: Notebook['cells'], metadata: Record<string, unknown> = {}): Notebook => ({ nbformat: 4, metadata, cells });
const md = (source: string) => ({ cell_type: 'markdown', source, execution_count: null, outputs: [] });
const code = (source: string, count: number | null = 1, outputs: Notebook['cells'][number]['outputs'] = []) => ({ cell_type: 'code', source, execution_count: count, outputs });

/** A stand-in for the Markdown pipeline: paragraphs per blank-line block, fences as <pre>. */
async function fakeRender(markdown: string): Promise<RenderedMarkdown> {
  const html = markdown
    .split(/\n{2,}/)
    .map((block) => (block.startsWith('```') ? `<pre>${block}</pre>` : `<p>${block}</p>`))
    .join('\n');
  return { html, metadata: { headings: [], frontmatter: {} } };
}

describe('notebookSource', () => {
  it('fences code cells in the notebook language with a fence longer than any backticks inside', () => {
    const page = notebookSource(notebook([code('print("```")')], { kernelspec: { language: 'R' } }), 'a.ipynb');
    expect(page.segments).toContainEqual({ markdown: '````r\nprint("```")\n````', cell: 1 });
    expect(page.language).toBe('r');
  });

  it('shows execution counts, and [ ] for a cell never run', () => {
    const page = notebookSource(notebook([code('a', 7), code('b', null)]), 'a.ipynb');
    const html = page.segments.flatMap((segment) => ('html' in segment ? [segment.html] : [])).join('');
    expect(html).toContain('[7]:');
    expect(html).toContain('[ ]:');
  });

  it('drops the first heading when it became the title, and the empty last cell', () => {
    const page = notebookSource(notebook([md('# Error analysis\n\nText'), code('', null)]), 'a.ipynb');
    expect(page.title).toBe('Error analysis');
    expect(page.segments).toContainEqual({ markdown: '\nText', cell: 1 });
    expect(page.cellCount).toBe(2);
    expect(page.segments.filter((segment) => 'html' in segment && segment.html.includes('nb-code'))).toEqual([]);
  });

  it('keeps the first heading when the title comes from metadata', () => {
    const page = notebookSource(notebook([md('# Heading')], { title: 'Meta title' }), 'a.ipynb');
    expect(page.segments).toContainEqual({ markdown: '# Heading', cell: 1 });
  });

  it('names the cells whose outputs lost something to sanitizing', () => {
    const page = notebookSource(notebook([md('x'), code('y', 1, [{ output_type: 'display_data', data: { 'text/html': '<script>1</script>' } }])]), 'a.ipynb');
    expect(page.warnings).toEqual([{ cell: 2, removed: ['<script>'] }]);
  });
});

describe('closeOpenFence', () => {
  it.each([
    ['```py\nx', '```py\nx\n```'],
    ['~~~~\nx\n~~~', '~~~~\nx\n~~~\n~~~~'],
    ['```\nx\n```', '```\nx\n```'],
    ['text ``` inline', 'text ``` inline'],
  ])('%j', (input, expected) => {
    expect(closeOpenFence(input)).toBe(expected);
  });
});

describe('renderSegments', () => {
  it('renders the Markdown as one document and puts the HTML pieces in place of their placeholders', async () => {
    const result = await renderSegments([{ html: '<div class="a">' }, { markdown: 'one' }, { html: '</div>' }, { markdown: 'two' }], fakeRender);
    expect(result.html).toBe('<div class="a">\n<p>one</p>\n</div>\n<p>two</p>');
  });

  it('renders each Markdown part on its own when a cell swallowed a placeholder', async () => {
    // A renderer that, like an open <pre> HTML block, swallows everything after "<pre>".
    const swallowing = async (markdown: string): Promise<RenderedMarkdown> => {
      const at = markdown.indexOf('<pre>');
      return { html: at >= 0 ? markdown.slice(0, at) + '<pre>' : (await fakeRender(markdown)).html };
    };
    const result = await renderSegments([{ markdown: 'x <pre>' }, { html: '<hr class="ours">' }, { markdown: 'after' }], swallowing);
    expect(result.html).toBe('x <pre><hr class="ours"><p>after</p>');
  });
});

describe('cellOfLine', () => {
  it('maps a line of the rendered document to its cell and the line in that cell', () => {
    const page = notebookSource(notebook([md('one\ntwo\nthree'), code('x = 1\ny = 2'), md('last')]), 'a.ipynb');
    // The document: placeholder, "one/two/three", placeholder, placeholder, the fence (4 lines), placeholder, placeholder, "last".
    const document = page.segments.map((segment) => ('markdown' in segment ? segment.markdown : 'P')).join('\n\n').split('\n');
    const lastLine = document.lastIndexOf('last') + 1;
    const yLine = document.indexOf('y = 2') + 1;
    expect(cellOfLine(page.segments, document.indexOf('two') + 1)).toEqual({ cell: 1, line: 2 });
    expect(cellOfLine(page.segments, yLine)).toEqual({ cell: 2, line: 3 });
    expect(cellOfLine(page.segments, lastLine)).toEqual({ cell: 3, line: 1 });
    expect(cellOfLine(page.segments, 1)).toBeUndefined();
  });
});

describe('explicitRelativeImages', () => {
  it('gives paths without ./ an explicit ./ in the HTML references and the imports, and leaves others alone', () => {
    const html = '<img __ASTRO_IMAGE_="{&quot;alt&quot;:&quot;A&quot;,&quot;src&quot;:&quot;figures/a.png&quot;,&quot;index&quot;:0}"><img __ASTRO_IMAGE_="{&quot;src&quot;:&quot;./b.png&quot;}">';
    expect(explicitRelativeImages(html, ['figures/a.png', './b.png'])).toEqual({
      html: '<img __ASTRO_IMAGE_="{&quot;alt&quot;:&quot;A&quot;,&quot;src&quot;:&quot;./figures/a.png&quot;,&quot;index&quot;:0}"><img __ASTRO_IMAGE_="{&quot;src&quot;:&quot;./b.png&quot;}">',
      imagePaths: ['./figures/a.png', './b.png'],
    });
  });
});

describe('jupyterAnchors', () => {
  it('adds the id Jupyter gives a heading, so links between notebooks land on it', () => {
    expect(jupyterAnchors('<h2 id="classification-predicting-labels">Classification: Predicting <em>Labels</em><a class="heading-anchor" href="#x"></a></h2>')).toBe(
      '<h2 id="classification-predicting-labels"><span id="Classification:-Predicting-Labels"></span>Classification: Predicting <em>Labels</em><a class="heading-anchor" href="#x"></a></h2>',
    );
    expect(jupyterAnchors('<h3 id="same">same</h3>')).toBe('<h3 id="same">same</h3>');
  });
});
