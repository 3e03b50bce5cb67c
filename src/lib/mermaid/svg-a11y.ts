/**
 * What assistive technology hears of a diagram: one image named by its `accTitle`, or else by its
 * kind ("flowchart diagram"), described by its `accDescr` when it has one. Mermaid marks the SVG up
 * as a graphics document with a jargon role description (`flowchart-v2`); a picture with a name
 * is what a reader of the page needs.
 */
import { diagramLabel } from './diagram-label.ts';
import { escapeHtml } from './markup.ts';
import type { DiagramTheme } from './render-config.ts';

const ROOT = /^<svg\b[^>]*>/;

/** The value of `name` in an opening tag, still entity-encoded; undefined when absent. */
function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** `tag` without `name`. */
function without(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s${name}="[^"]*"`), '');
}

/**
 * The root <svg> of a rendered diagram made an image with a name, and classed for its theme
 * (`mermaid-light`, `mermaid-dark`) so the stylesheet shows the one matching the page.
 */
export function accessibleSvg(svg: string, options: { title?: string; theme: DiagramTheme }): string {
  const root = ROOT.exec(svg)?.[0];
  if (!root) throw new Error('Mermaid returned something that is not an SVG');
  const label = options.title?.trim() || diagramLabel(attribute(root, 'aria-roledescription'));
  let tag = ['role', 'aria-roledescription', 'aria-labelledby', 'aria-label'].reduce(without, root);
  const classes = [attribute(root, 'class'), `mermaid-${options.theme}`].filter(Boolean).join(' ');
  tag = without(tag, 'class').replace(/^<svg\b/, () => `<svg class="${classes}" role="img" aria-label="${escapeHtml(label)}"`);
  return tag + svg.slice(root.length);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The accessible name {@link accessibleSvg} gave an SVG, as text; undefined when it has none. */
export function svgLabel(svg: string): string | undefined {
  const root = ROOT.exec(svg)?.[0];
  const value = root === undefined ? undefined : attribute(root, 'aria-label');
  return value?.replace(/&(?:#(\d+)|#x([\da-f]+)|(\w+));/gi, (match, decimal?: string, hex?: string, name?: string) =>
    decimal ? String.fromCodePoint(Number(decimal)) : hex ? String.fromCodePoint(Number.parseInt(hex, 16)) : (ENTITIES[name?.toLowerCase() ?? ''] ?? match),
  );
}
