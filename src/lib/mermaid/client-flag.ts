/**
 * How a page learns that one of its diagrams is drawn in the reader's browser (no Chromium at
 * build time): the Markdown plugin sets a key in the document's front matter as Astro returns it
 * (`remarkPluginFrontmatter` from `render(entry)`, for Markdown and MDX alike), and the page then
 * includes MermaidClient.astro. Pages without such a diagram ship no Mermaid code.
 */

/** The key in `remarkPluginFrontmatter`. */
export const CLIENT_DIAGRAMS_KEY = 'labbookClientDiagrams';

/** Mark the document whose Sätteri data bag is `data` (Astro keeps its metadata under `astro`). */
export function markClientDiagrams(data: Record<string, unknown>): void {
  const astro = data.astro as { frontmatter?: Record<string, unknown> } | undefined;
  // A new object: Astro hands the entry's own data in as `frontmatter`, which must not change.
  if (astro) astro.frontmatter = { ...astro.frontmatter, [CLIENT_DIAGRAMS_KEY]: true };
}

/** True when the rendered document has diagrams for the reader's browser to draw. */
export function hasClientDiagrams(frontmatter: Record<string, unknown> | undefined): boolean {
  return frontmatter?.[CLIENT_DIAGRAMS_KEY] === true;
}
