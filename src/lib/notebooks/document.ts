import { createHash } from 'node:crypto';
import { escapeHtml } from './ansi.ts';
import { renderOutputs, type OutputImage } from './outputs.ts';
import { firstHeading, notebookLanguage, notebookTags, notebookTitle, type Notebook } from './parse.ts';

/**
 * A notebook as one Markdown document for the wiki's own Markdown pipeline (sanitizing, math,
 * callouts, links, issue refs, Shiki for code cells, unique heading ids across cells), with the
 * cell frames and outputs, which are Labbook's own HTML, held aside as pieces and put back in
 * place of placeholder paragraphs after rendering. A Markdown cell that would swallow what follows
 * (a fence or an HTML block left open) makes the placeholders go missing: then each Markdown part
 * is rendered on its own, as Jupyter renders each cell.
 */

/** Markdown to render, or HTML to put in as it is. */
export type Segment = { markdown: string; cell?: number } | { html: string };

/** A cell whose outputs lost something to sanitizing: 1-based cell number and what went. */
export interface CellWarning {
  cell: number;
  removed: string[];
}

export interface NotebookSource {
  title: string;
  tags: string[];
  language: string;
  segments: Segment[];
  images: OutputImage[];
  warnings: CellWarning[];
  /** How many cells the notebook has. */
  cellCount: number;
}

/** A fence for `code` that no line of the code can close: one backtick more than its longest run. */
function fenceFor(code: string): string {
  const longest = Math.max(0, ...[...code.matchAll(/`+/g)].map((match) => match[0].length));
  return '`'.repeat(Math.max(3, longest + 1));
}

/** A fence the Markdown cell leaves open, closed at its end (so it cannot run into the next cell). */
export function closeOpenFence(markdown: string): string {
  let open: { char: string; length: number } | undefined;
  for (const line of markdown.split('\n')) {
    const match = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (!match) continue;
    const run = match[1] as string;
    if (!open) {
      if (run[0] === '`' && (match[2] ?? '').includes('`')) continue; // not a fence: an info string may not hold backticks
      open = { char: run[0] as string, length: run.length };
    } else if (run[0] === open.char && run.length >= open.length && !(match[2] ?? '').trim()) open = undefined;
  }
  return open ? `${markdown}\n${open.char.repeat(open.length)}` : markdown;
}

/** The first Markdown cell without its leading heading when that heading became the title. */
function withoutTitleHeading(source: string, title: string): string {
  const lines = source.split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0) return source;
  const heading = /^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$/.exec(lines[first] as string);
  if (!heading) return source;
  return heading[1]?.replace(/[*_`]/g, '').trim() === title ? lines.slice(first + 1).join('\n') : source;
}

/** The page of a notebook before its Markdown is rendered. `fileName` is the file's name (`intro.ipynb`). */
export function notebookSource(notebook: Notebook, fileName: string): NotebookSource {
  const title = notebookTitle(notebook, fileName);
  const titleIsHeading = title === firstHeading(notebook.cells);
  const language = notebookLanguage(notebook.metadata);
  const segments: Segment[] = [];
  const images = new Map<string, OutputImage>();
  const warnings: CellWarning[] = [];
  let droppedHeading = !titleIsHeading;
  notebook.cells.forEach((cell, index) => {
    const number = index + 1;
    if (cell.cell_type === 'markdown') {
      let source = cell.source;
      if (!droppedHeading && source.trim()) {
        source = withoutTitleHeading(source, title);
        droppedHeading = true;
      }
      if (!source.trim()) return;
      segments.push({ html: `<div class="nb-cell nb-markdown" id="cell-${number}">` }, { markdown: closeOpenFence(source), cell: number }, { html: '</div>' });
      return;
    }
    if (cell.cell_type !== 'code') return; // Raw cells are for other converters (nbconvert), not for the page.
    if (!cell.source.trim() && cell.outputs.length === 0) return; // The empty cell at the end of most notebooks.
    const count = typeof cell.execution_count === 'number' ? String(cell.execution_count) : ' ';
    const outputs = renderOutputs(cell.outputs, `Output of cell ${number}`);
    for (const image of outputs.images) images.set(image.name, image);
    if (outputs.removed.length) warnings.push({ cell: number, removed: outputs.removed });
    segments.push({
      html: `<div class="nb-cell nb-code" id="cell-${number}"><div class="nb-prompt" title="Execution count">[${escapeHtml(count)}]:</div><div class="nb-main">`,
    });
    if (cell.source.trim()) {
      const fence = fenceFor(cell.source);
      segments.push({ markdown: `${fence}${language}\n${cell.source.replace(/\n$/, '')}\n${fence}`, cell: number });
    }
    segments.push({ html: `${outputs.html ? `<div class="nb-outputs">${outputs.html}</div>` : ''}</div></div>` });
  });
  return { title, tags: notebookTags(notebook), language, segments, images: [...images.values()], warnings, cellCount: notebook.cells.length };
}

/** What the Markdown pipeline gives for one document (Astro's `RenderedContent`, the parts used here). */
export interface RenderedMarkdown {
  html: string;
  metadata?: { headings?: unknown[]; frontmatter?: Record<string, unknown>; imagePaths?: string[] };
}

/** The page's HTML, its headings (for the table of contents) and what plugins noted (math on the page). */
export interface RenderedNotebook {
  html: string;
  headings: unknown[];
  frontmatter: Record<string, unknown>;
  /** Local images of Markdown cells (`![](figures/x.png)`), for Astro to publish as it does for notes. */
  imagePaths: string[];
}

/** The placeholder of the HTML segment at `index` (`nonce` makes it text no author writes). */
const placeholder = (nonce: string, index: number) => `LABBOOKNB${nonce}X${index}X`;

/** The document's text, as renderSegments builds it. */
function documentOf(segments: readonly Segment[], nonce: string): string {
  return segments.map((segment, index) => ('markdown' in segment ? segment.markdown : placeholder(nonce, index))).join('\n\n');
}

/**
 * Where a line of the rendered document (as the Markdown pipeline's messages give it) is in the
 * notebook: its cell and the line inside that cell's source.
 */
export function cellOfLine(segments: readonly Segment[], line: number): { cell: number; line: number } | undefined {
  let start = 1;
  for (const segment of segments) {
    const text = 'markdown' in segment ? segment.markdown : 'x';
    const lines = text.split('\n').length;
    if (line >= start && line < start + lines) return 'markdown' in segment && segment.cell ? { cell: segment.cell, line: line - start + 1 } : undefined;
    start += lines + 1; // the blank line between segments
  }
  return undefined;
}

/** Render a notebook's segments with `render` (the wiki's Markdown pipeline), in one document when it can. */
export async function renderSegments(segments: readonly Segment[], render: (markdown: string) => Promise<RenderedMarkdown>): Promise<RenderedNotebook> {
  const combine = (parts: (RenderedMarkdown | string)[]): RenderedNotebook => ({
    html: parts.map((part) => (typeof part === 'string' ? part : part.html)).join(''),
    headings: parts.flatMap((part) => (typeof part === 'string' ? [] : (part.metadata?.headings ?? []))),
    frontmatter: Object.assign({}, ...parts.map((part) => (typeof part === 'string' ? {} : (part.metadata?.frontmatter ?? {})))) as Record<string, unknown>,
    imagePaths: [...new Set(parts.flatMap((part) => (typeof part === 'string' ? [] : (part.metadata?.imagePaths ?? []))))],
  });
  if (!segments.some((segment) => 'markdown' in segment)) return combine(segments.map((segment) => ('html' in segment ? segment.html : '')));
  const nonce = createHash('sha256').update(JSON.stringify(segments)).digest('hex').slice(0, 10);
  const document = documentOf(segments, nonce);
  const rendered = await render(document);
  const html = rendered.html;
  const expected = segments.flatMap((segment, index) => ('html' in segment ? [index] : []));
  const found = new Set([...html.matchAll(new RegExp(`<p>LABBOOKNB${nonce}X(\\d+)X</p>`, 'g'))].map((match) => Number(match[1])));
  if (expected.every((index) => found.has(index)) && found.size === expected.length) {
    const whole = html.replace(new RegExp(`<p>LABBOOKNB${nonce}X(\\d+)X</p>`, 'g'), (_, index: string) => (segments[Number(index)] as { html: string }).html);
    return combine([{ ...rendered, html: whole }]);
  }
  // A cell swallowed a placeholder: render each Markdown part on its own.
  return combine(await Promise.all(segments.map((segment) => ('markdown' in segment ? render(segment.markdown) : segment.html))));
}

/**
 * Local images of Markdown cells written as Jupyter writes them (`figures/x.png`, no `./`), made
 * explicit relative paths (`./figures/x.png`) in the image references Astro's renderer left in the
 * HTML and in the list of imports: Vite reads a path without `./` as a package name and fails with
 * ImageNotFound, naming no notebook.
 */
export function explicitRelativeImages(html: string, imagePaths: readonly string[]): { html: string; imagePaths: string[] } {
  const attribute = (value: string) => JSON.stringify(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  let result = html;
  const paths = imagePaths.map((path) => {
    if (/^(?:\.{1,2}\/|\/)/.test(path) || URL.canParse(path)) return path;
    result = result.split(`&quot;src&quot;:${attribute(path)}`).join(`&quot;src&quot;:${attribute(`./${path}`)}`);
    return `./${path}`;
  });
  return { html: result, imagePaths: [...new Set(paths)] };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };

/**
 * Jupyter's anchors beside the wiki's: Jupyter gives a heading the id of its text with spaces as
 * dashes (`#Classification:-Predicting-Labels`), and notebooks link each other that way. Each
 * heading gets an empty element with that id, so those links land on it.
 */
export function jupyterAnchors(html: string): string {
  return html.replace(/<h([1-6]) id="([^"]*)"([^>]*)>([^]*?)<\/h\1>/g, (whole, level: string, id: string, rest: string, inner: string) => {
    const text = inner
      .replace(/<[^>]*>/g, '')
      .replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ENTITIES[name] ?? '')
      .trim();
    const jupyter = text.replace(/ /g, '-');
    if (!jupyter || jupyter === id) return whole;
    return `<h${level} id="${id}"${rest}><span id="${escapeHtml(jupyter)}"></span>${inner}</h${level}>`;
  });
}
