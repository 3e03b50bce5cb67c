/**
 * The sources of a document's ```mermaid fences, read from the raw text line by line instead of
 * parsing it: the build reads every file before Astro starts, and these sources only decide which
 * diagrams to start rendering early (diagram-renderer.ts `prefetch`). A source found here that
 * differs from the parser's `code.value` costs a render the build never uses and a cache miss
 * later, never wrong output, so the rules below are CommonMark's for the shapes notes use:
 *
 * - fences of three or more backticks or tildes, closed by a longer-or-equal run of the same
 *   character, with the fence's indentation removed from its lines (up to that many spaces);
 * - fences in list items and blockquotes, also nested (`- > ```mermaid`, or indented under a list
 *   item), ending where the list item or blockquote ends;
 * - the fences of other languages are skipped whole, so a ```mermaid shown inside a ````md
 *   example is not taken for a diagram;
 * - line endings kept as written (Astro hands the parser CRLF files as they are).
 *
 * Not matched like the parser: a fence indented four or more spaces is taken for a fence in a
 * nested list item (in a plain .md file it is indented code, no diagram); fences inside an HTML
 * block; tabs in a fence's indentation or after `>` (they count as columns in CommonMark); a list
 * item whose content starts five or more spaces after its marker; lazy paragraph continuation.
 */

/** A container a fence is nested in, as written on the fence's opening line. */
type Container = { kind: 'quote' } | { kind: 'item'; width: number };

interface Opening {
  containers: Container[];
  /** The fence's own indentation, after its containers. */
  indent: string;
  char: '`' | '~';
  length: number;
  lang: string;
}

const BLOCKQUOTE = /^ {0,3}> ?/;
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)]) {1,4}(?=\S)/;
const FENCE = /^([ \t]*)(`{3,}|~{3,})(.*)$/;
const FRONT_MATTER = /^(?:---|\+\+\+)[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\+\+\+)[ \t]*(?:\r?\n|$)/;
const LINE = /([^\r\n]*)(\r\n|\r|\n|$)/g;

/** The lines of `text`, each with the line ending that follows it ('' for the last one). */
function splitLines(text: string): { text: string; eol: string }[] {
  const lines: { text: string; eol: string }[] = [];
  for (const match of text.matchAll(LINE)) {
    if (match.index === text.length) break;
    lines.push({ text: match[1] ?? '', eol: match[2] ?? '' });
  }
  return lines;
}

/** The opening fence `line` starts, with the containers written before it, if it is one. */
function parseOpening(line: string): Opening | undefined {
  const containers: Container[] = [];
  let rest = line;
  for (;;) {
    const quote = BLOCKQUOTE.exec(rest);
    if (quote) {
      containers.push({ kind: 'quote' });
      rest = rest.slice(quote[0].length);
      continue;
    }
    const item = LIST_ITEM.exec(rest);
    if (!item) break;
    containers.push({ kind: 'item', width: item[0].length });
    rest = rest.slice(item[0].length);
  }
  const fence = FENCE.exec(rest);
  if (!fence) return undefined;
  const [, indent = '', run = '', info = ''] = fence;
  const char = run[0] as '`' | '~';
  // A backtick fence's info string may not contain a backtick (then it is inline code).
  if (char === '`' && info.includes('`')) return undefined;
  return { containers, indent, char, length: run.length, lang: info.trim().split(/[ \t]/)[0] ?? '' };
}

/** `line` without the markers of `containers`, or undefined when the line is outside them. */
function insideContainers(line: string, containers: readonly Container[]): string | undefined {
  let rest = line;
  for (const container of containers) {
    if (container.kind === 'quote') {
      const quote = BLOCKQUOTE.exec(rest);
      if (!quote) return undefined;
      rest = rest.slice(quote[0].length);
    } else if (rest.trim() === '') {
      return '';
    } else {
      const spaces = /^ */.exec(rest)?.[0].length ?? 0;
      if (spaces < container.width) return undefined;
      rest = rest.slice(container.width);
    }
  }
  return rest;
}

/** Whether `line` (inside the containers) closes the fence `open`. */
function closes(line: string, open: Opening): boolean {
  const match = /^([ \t]*)(`+|~+)[ \t]*$/.exec(line);
  if (!match) return false;
  const [, spaces = '', run = ''] = match;
  return run[0] === open.char && run.length >= open.length && spaces.length <= open.indent.length + 3;
}

/** `line` without the fence's indentation: up to that many spaces, or the same tabs and spaces. */
function outdent(line: string, indent: string): string {
  if (indent.includes('\t')) return line.startsWith(indent) ? line.slice(indent.length) : line;
  const spaces = /^ */.exec(line)?.[0].length ?? 0;
  return line.slice(Math.min(spaces, indent.length));
}

/**
 * The source of every ```mermaid or ~~~mermaid fence of a Markdown or MDX file (front matter
 * and all), in document order, as the Markdown parser gives it to src/markdown/mermaid.ts.
 */
export function findMermaidSources(markdown: string): string[] {
  if (!markdown.includes('mermaid')) return [];
  const body = markdown.replace(/^\uFEFF/, '').replace(FRONT_MATTER, '');
  const lines = splitLines(body);
  const sources: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const open = parseOpening((lines[i] as { text: string }).text);
    i += 1;
    if (!open) continue;
    let content = '';
    let eol = '';
    for (; i < lines.length; i += 1) {
      const line = lines[i] as { text: string; eol: string };
      const inside = insideContainers(line.text, open.containers);
      if (inside === undefined) break;
      if (closes(inside, open)) {
        i += 1;
        break;
      }
      content += eol + outdent(inside, open.indent);
      eol = line.eol;
    }
    if (open.lang === 'mermaid') sources.push(content);
  }
  return sources;
}
