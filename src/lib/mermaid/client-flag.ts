/**
 * How a page learns what its diagrams need in the reader's browser: the Markdown plugin sets keys
 * in the document's front matter as Astro returns it (`remarkPluginFrontmatter` from
 * `render(entry)`, for Markdown and MDX alike), and the page's MermaidClient.astro adds the
 * full-size viewer when there is a diagram, and Mermaid when one is to be drawn in the browser (no
 * Chromium at build time). Pages without diagrams ship no diagram code.
 */

/** The key in `remarkPluginFrontmatter`: a diagram is drawn in the reader's browser. */
export const CLIENT_DIAGRAMS_KEY = 'labbookClientDiagrams';

/** The key in `remarkPluginFrontmatter`: the document shows at least one diagram (SVG or drawn in the browser). */
export const DIAGRAMS_KEY = 'labbookDiagrams';

/** What the document's diagrams need. */
export interface DiagramFlags {
  /** One is drawn in the reader's browser. */
  client: boolean;
}

/** Mark the document whose Sätteri data bag is `data` (Astro keeps its metadata under `astro`) as showing diagrams. */
export function markDiagrams(data: Record<string, unknown>, flags: DiagramFlags): void {
  const astro = data.astro as { frontmatter?: Record<string, unknown> } | undefined;
  // A new object: Astro hands the entry's own data in as `frontmatter`, which must not change.
  if (astro) astro.frontmatter = { ...astro.frontmatter, [DIAGRAMS_KEY]: true, ...(flags.client ? { [CLIENT_DIAGRAMS_KEY]: true } : {}) };
}

/** True when the rendered document shows a diagram. */
export function hasDiagrams(frontmatter: Record<string, unknown> | undefined): boolean {
  return frontmatter?.[DIAGRAMS_KEY] === true;
}

/** True when the rendered document has diagrams for the reader's browser to draw. */
export function hasClientDiagrams(frontmatter: Record<string, unknown> | undefined): boolean {
  return frontmatter?.[CLIENT_DIAGRAMS_KEY] === true;
}
