/**
 * Mermaid does not always throw when it cannot draw a diagram: for some inputs it returns a
 * picture of the failure as if it were the diagram (its red "Syntax error in text" bomb, or a
 * box saying "Maximum text size in diagram exceeded"). Those, and labels that came out as live
 * HTML (links, images, positioned boxes inside `<foreignObject>`) where Labbook asked for text,
 * are refused here like a diagram that does not parse, so the build reports them instead of
 * publishing them. Plain text in `<foreignObject>` is fine: user journeys, C4 and mind maps draw
 * their labels that way whatever the settings.
 */

// Mermaid 11 (src/mermaidAPI.ts): what it draws instead of a diagram over maxTextSize.
const TOO_BIG_TEXT = 'Maximum text size in diagram exceeded';
/** Mermaid's default maxTextSize, which render-config.ts lets no diagram change. */
const MAX_TEXT_SIZE = 50_000;
/** What a text label in `<foreignObject>` is made of: boxes and text formatting, nothing live. */
const TEXT_ELEMENTS = new Set(['div', 'span', 'p', 'br', 'strong', 'em', 'b', 'i']);

/** The root element's `aria-roledescription`: the diagram type Mermaid drew. */
function drawnType(svg: string): string | undefined {
  const root = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  return /\saria-roledescription="([^"]*)"/.exec(root)?.[1];
}

/** Whether any `<foreignObject>` holds more than text: another element, or a positioned box. */
function hasLiveHtml(svg: string): boolean {
  for (const [inner] of svg.matchAll(/<foreignObject\b[\s\S]*?<\/foreignObject>/gi)) {
    for (const [tag, name] of inner.matchAll(/<([a-zA-Z][\w:-]*)\b[^>]*>/g)) {
      if (name?.toLowerCase() === 'foreignobject') continue;
      if (!TEXT_ELEMENTS.has(name?.toLowerCase() ?? '') || /\bposition\s*:/i.test(tag)) return true;
    }
  }
  return false;
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
  if (hasLiveHtml(svg)) {
    return 'came out with HTML in its labels (links, images or positioned boxes inside <foreignObject>), which Labbook does not publish: markup in labels stays text. Remove any htmlLabels setting from the diagram.';
  }
  return undefined;
}
