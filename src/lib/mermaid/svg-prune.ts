/**
 * What Mermaid writes into an SVG that draws nothing and that nothing reads. A flowchart carries all
 * twelve of its arrowhead markers (point, circle, cross; start and end; with and without margin),
 * 3.8 KB, whether its edges use one of them or none; a hand-drawn shape carries `style=""`; an
 * edge carries its points as base64 JSON (`data-points`) for Mermaid's own scripts, which the page
 * does not load. A definition is never drawn by itself, only where something refers to it, so
 * removing one nothing refers to changes no pixel.
 */
import { referencedIds } from './svg-ids.ts';

// An element, a whole <style> element, or text between tags (as in svg-ids.ts).
const SEGMENT = /<style\b[^>]*>[\s\S]*?<\/style>|<[^>]*>|[^<]+/g;
/** Elements drawn only where something refers to them by id. */
const DEFINITION = /^<(marker|linearGradient|radialGradient|filter|pattern|clipPath|mask|symbol)\b[^>]*?\sid="([^"]*)"/;
const NAME = /^<\/?([\w:-]+)/;
const EMPTY_DEFS = /<defs><\/defs>|<defs\/>/g;

/** `segments[from]` opens an element: the index just past its end tag (or past it, when it closes itself). */
function endOf(segments: readonly string[], from: number): number {
  const open = segments[from] as string;
  if (open.endsWith('/>')) return from + 1;
  const name = NAME.exec(open)?.[1];
  let depth = 0;
  for (let i = from; i < segments.length; i++) {
    const segment = segments[i] as string;
    if (!segment.startsWith('<') || segment.startsWith('<style')) continue;
    if (NAME.exec(segment)?.[1] !== name) continue;
    if (segment.startsWith('</')) {
      if (--depth === 0) return i + 1;
    } else if (!segment.endsWith('/>')) depth++;
  }
  return segments.length;
}

/**
 * `svg` without the definitions (markers, gradients, filters, patterns, clip paths, masks,
 * symbols) whose id nothing in it refers to, and without the `<defs>` left empty.
 */
export function dropUnusedDefinitions(svg: string): string {
  const segments = svg.match(SEGMENT) ?? [];
  const referenced = referencedIds(svg);
  const out: string[] = [];
  for (let i = 0; i < segments.length; ) {
    const segment = segments[i] as string;
    const id = DEFINITION.exec(segment)?.[2];
    if (id !== undefined && !referenced.has(id)) {
      i = endOf(segments, i);
      continue;
    }
    out.push(segment);
    i++;
  }
  return out.join('').replace(EMPTY_DEFS, '');
}

/** Attributes that change nothing on the page: an empty `style`, Mermaid's `data-points`. */
const INERT_ATTRIBUTE = /\s(?:style=""|data-points="[^"]*")/g;

/** `svg` without {@link INERT_ATTRIBUTE}s, in tags only (never in text a reader sees). */
export function dropInertAttributes(svg: string): string {
  return svg.replace(SEGMENT, (segment) => (segment.startsWith('<') && !segment.startsWith('<style') ? segment.replace(INERT_ATTRIBUTE, '') : segment));
}
