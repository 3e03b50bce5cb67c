/**
 * Diagram types Mermaid knows of but does not ship, which Labbook does not draw, said plainly
 * instead of Mermaid's "No diagram type detected". ZenUML (16 of the 441 diagrams in Mermaid's
 * own documentation) needs the separate @mermaid-js/mermaid-zenuml package, which brings a whole
 * UI framework and draws the diagram as HTML inside the SVG (`<foreignObject>`): exactly what
 * Labbook keeps out of its pages, where labels are SVG text.
 */

// Mermaid 11's own patterns (src/diagram-api/regexes.ts, src/diagram-api/comments.ts).
const FRONT_MATTER = /^([^\S\n\r]*)-{3}\s*[\n\r](.*?)[\n\r]\1-{3}\s*[\n\r]+/s;
const DIRECTIVE = /%{2}{\s*(?:(\w+)\s*:|(\w+))\s*(?:(\w+)|((?:(?!}%{2}).|\r?\n)*))?\s*(?:}%{2})?/gi;
const COMMENT_LINE = /^\s*%%(?!{)[^\n]+\n?/gm;

const UNSUPPORTED: Record<string, string> = {
  zenuml:
    'is a ZenUML diagram, which Labbook does not draw: Mermaid needs the separate @mermaid-js/mermaid-zenuml plugin for it, which draws the diagram as HTML inside the SVG, and Labbook publishes diagrams whose labels are SVG text only. Write it as a sequenceDiagram, which Mermaid draws itself (the syntax is close).',
};

/** The word that names the diagram's type, as Mermaid finds it: the first after front matter, directives and comments. */
export function diagramKeyword(source: string): string {
  const body = source.replace(/\r\n?/g, '\n').replace(FRONT_MATTER, '').replace(DIRECTIVE, '').replace(COMMENT_LINE, '');
  return /^\s*([\w-]+)/.exec(body)?.[1] ?? '';
}

/** Why Labbook does not draw `source`, worded to follow "mermaid diagram "; undefined when it does. */
export function unsupportedDiagram(source: string): string | undefined {
  return UNSUPPORTED[diagramKeyword(source).toLowerCase()];
}
