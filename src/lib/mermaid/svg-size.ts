/**
 * How narrow a diagram may be shown. Mermaid sizes an SVG to shrink into its container
 * (`width="100%"`, `max-width` its drawn width), so a twelve-step pipeline squeezed into a phone's
 * column has 5 px labels. A diagram is scaled down to fit the column only while its smallest labels
 * stay at least {@link MIN_LABEL_PX}; below that it keeps a minimum width and its figure scrolls
 * sideways (global.css). The column is only known in the reader's browser, so the rule is written
 * down as that minimum width, in CSS pixels, for the stylesheet to compare with the column.
 * Browser-safe: MermaidClientScript.astro applies the same rule to the diagrams it draws.
 */

/** Smallest label a diagram is shrunk to, in CSS pixels. */
export const MIN_LABEL_PX = 11;

/** Mermaid's own default font size: what a diagram that states none is drawn at. */
export const DEFAULT_FONT_PX = 16;

const ROOT = /^\s*<svg\b([^>]*)>/;
const VIEW_BOX = /\sviewBox="\s*[-\d.eE]+[\s,]+[-\d.eE]+[\s,]+([\d.eE]+)[\s,]+[\d.eE]+\s*"/;
const STYLE_SHEET = /<style\b[^>]*>([\s\S]*?)<\/style>/g;
// A rule without nested blocks: an at-rule's inner rules are found on their own.
const RULE = /([^{}]*)\{([^{}]*)\}/g;
// Start tags only: a label's text may hold `style="…"` too (serialized SVG leaves quotes in text as they are).
const START_TAG = /<[a-zA-Z][^>]*>/g;
const CLASS_ATTRIBUTE = /\sclass="([^"]*)"/g;
const SIZE_ATTRIBUTE = /\sfont-size="\s*([\d.]+)(?:px)?\s*"/g;
const STYLE_ATTRIBUTE = /\sstyle="([^"]*)"/g;
// In pixels, or a bare number (SVG presentation attributes); em, ex and % are relative to a size read elsewhere.
const FONT_SIZE_DECLARATION = /(?:^|[;{\s])font-size\s*:\s*([\d.]+)px\b/g;

/** The drawn width of an SVG in CSS pixels, from its viewBox; undefined without one. */
export function drawnWidth(svg: string): number | undefined {
  const root = ROOT.exec(svg);
  const width = root ? VIEW_BOX.exec(root[1] ?? '')?.[1] : undefined;
  const value = width === undefined ? Number.NaN : Number(width);
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

/** Every pixel font size a block of declarations sets. */
const declaredSizes = (declarations: string) => [...declarations.matchAll(FONT_SIZE_DECLARATION)].map((match) => Number(match[1]));

/** Class names a selector requires (`g.classGroup text` -> classGroup). */
const classesOf = (selector: string) => [...selector.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((match) => match[1] as string);

/**
 * The size of the smallest labels of a Mermaid SVG, in CSS pixels at its drawn size: the smallest
 * font size that the SVG's elements set (`font-size="10"`, `style="font-size: 14px"`) or that a
 * rule of its stylesheet sets for classes the SVG uses (Mermaid's sheets also style elements a
 * diagram type may not draw: a rule naming a class no element has is left out). The diagram's own
 * base size (`#id { font-size: 16px }`) counts too; {@link DEFAULT_FONT_PX} when nothing is stated.
 */
export function labelFontSize(svg: string): number {
  const tags = svg.match(START_TAG) ?? [];
  const used = new Set(tags.flatMap((tag) => [...tag.matchAll(CLASS_ATTRIBUTE)].flatMap((match) => (match[1] ?? '').split(/\s+/).filter(Boolean))));
  const sizes: number[] = [];
  for (const [, sheet = ''] of svg.matchAll(STYLE_SHEET)) {
    for (const [, selectors = '', declarations = ''] of sheet.matchAll(RULE)) {
      const found = declaredSizes(declarations);
      if (found.length && selectors.split(',').some((selector) => classesOf(selector).every((name) => used.has(name)))) sizes.push(...found);
    }
  }
  for (const tag of tags) {
    for (const [, size] of tag.matchAll(SIZE_ATTRIBUTE)) sizes.push(Number(size));
    for (const [, style = ''] of tag.matchAll(STYLE_ATTRIBUTE)) sizes.push(...declaredSizes(style));
  }
  const valid = sizes.filter((size) => Number.isFinite(size) && size > 0);
  return valid.length ? Math.min(...valid) : DEFAULT_FONT_PX;
}

/**
 * The smallest scale a diagram whose smallest labels are `fontSize` px is shown at: labels end up
 * at {@link MIN_LABEL_PX} or more. Never above 1: a diagram drawn with smaller labels is shown at
 * its drawn size, not enlarged (its full-size view zooms).
 */
export function minScale(fontSize: number): number {
  return fontSize > MIN_LABEL_PX ? MIN_LABEL_PX / fontSize : 1;
}

/**
 * The narrowest an SVG may be shown, in whole CSS pixels (rounded up, so labels never drop below
 * the limit): its drawn width times {@link minScale} of its smallest labels. With several SVGs of
 * one diagram (one per theme), the widest of them; undefined when none has a viewBox.
 */
export function readableWidth(...svgs: readonly string[]): number | undefined {
  const widths = svgs.flatMap((svg) => {
    const width = drawnWidth(svg);
    // Rounded to 1/1000 px first: 1120.73 × 11/16 must not become 771.0000001 and round up to 772.
    return width === undefined ? [] : [Math.ceil(Math.round(width * minScale(labelFontSize(svg)) * 1000) / 1000)];
  });
  return widths.length ? Math.max(...widths) : undefined;
}
