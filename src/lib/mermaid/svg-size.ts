/**
 * Keeps wide diagrams readable. Mermaid sizes an SVG to shrink into its container (`max-width:
 * 100%`), so a twelve-step pipeline squeezed into a phone's column has 5 px labels. A minimum
 * width makes the diagram scroll sideways (its figure has `overflow-x: auto`) once it would
 * shrink below {@link MIN_SCALE} of its drawn size.
 */

/** Smallest scale a diagram is shown at: Mermaid's 16 px labels stay at least 12 px. */
export const MIN_SCALE = 0.75;

const ROOT = /^(\s*<svg\b)([^>]*)>/;
const VIEW_BOX = /\sviewBox="\s*[-\d.eE]+[\s,]+[-\d.eE]+[\s,]+([\d.eE]+)[\s,]+[\d.eE]+\s*"/;
const STYLE = /\sstyle="([^"]*)"/;

/** The drawn width of an SVG in CSS pixels, from its viewBox; undefined without one. */
export function drawnWidth(svg: string): number | undefined {
  const root = ROOT.exec(svg);
  const width = root ? VIEW_BOX.exec(root[2] ?? '')?.[1] : undefined;
  const value = width === undefined ? Number.NaN : Number(width);
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

/** `svg` with `min-width` on its root element, so it scrolls instead of shrinking below {@link MIN_SCALE}. */
export function withReadableWidth(svg: string): string {
  const width = drawnWidth(svg);
  const root = ROOT.exec(svg);
  if (width === undefined || !root) return svg;
  const rule = `min-width:${Math.round(width * MIN_SCALE)}px`;
  const attributes = root[2] ?? '';
  const style = STYLE.exec(attributes);
  const next = style
    ? attributes.replace(STYLE, ` style="${style[1]?.replace(/;?\s*$/, '')};${rule}"`)
    : `${attributes} style="${rule}"`;
  return `${root[1]}${next}>${svg.slice(root[0].length)}`;
}
