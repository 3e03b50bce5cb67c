/**
 * Reading a Jupyter notebook (.ipynb, nbformat 4) as data: JSON, never executed. What a page needs
 * is taken leniently (a missing `outputs` is no outputs, `source` may be a string or a list of
 * lines, as nbformat allows); what makes the file unreadable is a problem naming the file, the
 * JSON line and column or the field, and what to do.
 */

/** A cell's text: nbformat stores it as one string or as a list of lines. */
export type MultilineString = string | string[];

export interface NotebookOutput {
  output_type: 'stream' | 'display_data' | 'execute_result' | 'error' | string;
  name?: string;
  text?: MultilineString;
  data?: Record<string, unknown>;
  execution_count?: number | null;
  ename?: string;
  evalue?: string;
  traceback?: string[];
}

export interface NotebookCell {
  cell_type: 'markdown' | 'code' | 'raw' | string;
  source: string;
  execution_count?: number | null;
  outputs: NotebookOutput[];
}

export interface Notebook {
  nbformat: number;
  metadata: Record<string, unknown>;
  cells: NotebookCell[];
}

/** Why a file is not a notebook Labbook can show, in words for its author (the caller names the file). */
export type NotebookReadProblem =
  | { kind: 'too-large'; bytes: number; limit: number }
  | { kind: 'json'; line?: number; column?: number; reason: string }
  | { kind: 'version'; found: string }
  | { kind: 'shape'; field: string; reason: string };

/** nbformat's multiline strings as one string. */
export function joinSource(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.filter((line) => typeof line === 'string').join('');
  return '';
}

/** Line and column of a JSON.parse failure, from V8's message (`at position 11 (line 3 column 1)`). */
function jsonPosition(message: string, text: string): { line?: number; column?: number } {
  const both = /\(line (\d+) column (\d+)\)/.exec(message);
  if (both) return { line: Number(both[1]), column: Number(both[2]) };
  const position = /at position (\d+)/.exec(message);
  if (position) {
    const before = text.slice(0, Number(position[1]));
    const lines = before.split('\n');
    return { line: lines.length, column: (lines.at(-1) ?? '').length + 1 };
  }
  // "Unexpected end of JSON input": the end of the file.
  if (/end of (JSON|data)/i.test(message)) {
    const lines = text.split('\n');
    return { line: lines.length, column: (lines.at(-1) ?? '').length + 1 };
  }
  return {};
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Parse a notebook's text, or say why it cannot be read. `bytes` is the file's size on disk. */
export function parseNotebook(text: string, bytes: number, limit: number): { notebook: Notebook } | { problem: NotebookReadProblem } {
  if (bytes > limit) return { problem: { kind: 'too-large', bytes, limit } };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { problem: { kind: 'json', ...jsonPosition(message, text), reason: message.replace(/ in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '') } };
  }
  if (!isRecord(json)) return { problem: { kind: 'shape', field: '(top level)', reason: 'is not a JSON object' } };
  const version = json.nbformat;
  if (version !== 4) {
    const found = typeof version === 'number' ? `nbformat ${version}${typeof json.nbformat_minor === 'number' ? `.${json.nbformat_minor}` : ''}` : 'no nbformat field';
    return { problem: { kind: 'version', found } };
  }
  if (!Array.isArray(json.cells)) return { problem: { kind: 'shape', field: 'cells', reason: 'is missing or not a list' } };
  const cells: NotebookCell[] = [];
  for (const [index, raw] of json.cells.entries()) {
    if (!isRecord(raw) || typeof raw.cell_type !== 'string') return { problem: { kind: 'shape', field: `cells[${index}]`, reason: 'is not a cell (an object with a cell_type)' } };
    const outputs = Array.isArray(raw.outputs) ? raw.outputs.filter(isRecord).map((output) => output as unknown as NotebookOutput) : [];
    cells.push({
      cell_type: raw.cell_type,
      source: joinSource(raw.source),
      execution_count: typeof raw.execution_count === 'number' ? raw.execution_count : null,
      outputs: outputs.filter((output) => typeof output.output_type === 'string'),
    });
  }
  return { notebook: { nbformat: 4, metadata: isRecord(json.metadata) ? json.metadata : {}, cells } };
}

/** "20 MB", "1.5 MB", "800 KB": a size for a message. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The language code cells are written in: the kernel's, else the language info's, else Python. */
export function notebookLanguage(metadata: Record<string, unknown>): string {
  const kernelspec = isRecord(metadata.kernelspec) ? metadata.kernelspec : {};
  const info = isRecord(metadata.language_info) ? metadata.language_info : {};
  const name = [kernelspec.language, info.name].find((value): value is string => typeof value === 'string' && value.trim() !== '');
  const language = (name ?? 'python').trim().toLowerCase();
  // It becomes a fence's info string: a name, never a line break or markup.
  return /^[a-z0-9][a-z0-9+#._-]{0,39}$/.test(language) ? language : 'text';
}

/** Where title and tags may be: `metadata.title`/`tags`, or under `metadata.labbook` / `metadata.jupytext` style blocks. */
function metaBlocks(metadata: Record<string, unknown>): Record<string, unknown>[] {
  return [metadata, metadata.labbook, metadata.frontmatter].filter(isRecord);
}

/** The first level-1..6 Markdown heading of the Markdown cells (ATX `# Title` or `<h1>`), as text. */
export function firstHeading(cells: readonly NotebookCell[]): string | undefined {
  for (const cell of cells) {
    if (cell.cell_type !== 'markdown') continue;
    let fence = false;
    for (const line of cell.source.split('\n')) {
      if (/^\s{0,3}(```|~~~)/.test(line)) fence = !fence;
      if (fence) continue;
      const atx = /^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
      const text = atx?.[1] ?? /<h[1-6][^>]*>(.*?)<\/h[1-6]>/i.exec(line)?.[1];
      if (text !== undefined) {
        const plain = text.replace(/<[^>]*>/g, '').replace(/[*_`]|\[([^\]]*)\]\([^)]*\)/g, '$1').trim();
        if (plain) return plain;
      }
    }
  }
  return undefined;
}

/** The page title: `title` in the notebook's metadata, else its first heading, else the file name. */
export function notebookTitle(notebook: Notebook, fileName: string): string {
  for (const block of metaBlocks(notebook.metadata)) {
    if (typeof block.title === 'string' && block.title.trim()) return block.title.trim();
  }
  return firstHeading(notebook.cells) ?? fileName.replace(/\.ipynb$/i, '').replace(/[-_]+/g, ' ').trim();
}

/** Tags from the metadata (`tags: [a, b]` or `"a, b"`), if any. */
export function notebookTags(notebook: Notebook): string[] {
  for (const block of metaBlocks(notebook.metadata)) {
    const tags = block.tags;
    const list = typeof tags === 'string' ? tags.split(',') : Array.isArray(tags) ? tags.filter((tag): tag is string => typeof tag === 'string') : [];
    const clean = list.map((tag) => tag.trim()).filter(Boolean);
    if (clean.length) return [...new Set(clean)];
  }
  return [];
}
