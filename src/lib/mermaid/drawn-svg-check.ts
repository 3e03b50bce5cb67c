/**
 * Mermaid does not always throw when it cannot draw a diagram: for some inputs it returns a
 * picture of the failure as if it were the diagram (its red "Syntax error in text" bomb, or a
 * box saying "Maximum text size in diagram exceeded"). Those, and labels that came out as HTML
 * (`<foreignObject>`) where Labbook asked for SVG text, are refused here like a diagram that does
 * not parse, so the build reports them instead of publishing them.
 */

// Mermaid 11 (src/mermaidAPI.ts): what it draws instead of a diagram over maxTextSize.
const TOO_BIG_TEXT = 'Maximum text size in diagram exceeded';
/** Mermaid's default maxTextSize, which render-config.ts lets no diagram change. */
const MAX_TEXT_SIZE = 50_000;
/** Diagrams drawn with HTML labels on purpose, their markup escaped (render-config.ts, labelSafeSource). */
const HTML_LABELS_ALLOWED = new Set(['mindmap']);

/** The root element's `aria-roledescription`: the diagram type Mermaid drew. */
function drawnType(svg: string): string | undefined {
  const root = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  return /\saria-roledescription="([^"]*)"/.exec(root)?.[1];
}

/** The text of the SVG, tags dropped and white space collapsed (labels are split into `<tspan>`s). */
function textOf(svg: string): string {
  return svg.replace(/<style\b[\s\S]*?<\/style>/g, ' ').replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');
}

/**
 * Why the SVG Mermaid returned for `source` must not be published, worded to follow "mermaid
 * diagram " like any rejection; undefined when it is a real drawing of the diagram.
 */
export function refusalOfDrawnSvg(svg: string, source: string): string | undefined {
  const type = drawnType(svg);
  if (type === 'error') {
    return 'does not parse: Mermaid drew its "Syntax error in text" picture instead of a diagram (a diagram that is only the word "error" does that). Write the diagram itself.';
  }
  if (textOf(svg).includes(TOO_BIG_TEXT) && !source.includes(TOO_BIG_TEXT)) {
    return `is too long for Mermaid: its text is over ${MAX_TEXT_SIZE.toLocaleString('en')} characters (Mermaid's maxTextSize), so Mermaid drew only "${TOO_BIG_TEXT}". Split it into smaller diagrams.`;
  }
  if (/<foreignObject\b/i.test(svg) && !HTML_LABELS_ALLOWED.has(type ?? '')) {
    return 'came out with HTML labels (<foreignObject>), which Labbook does not publish: labels are SVG text, so markup in them stays text. Remove any htmlLabels setting from the diagram.';
  }
  return undefined;
}
