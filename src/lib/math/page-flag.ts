/**
 * How a page learns that its content has math: src/markdown/math.ts sets a key in the document's
 * front matter as Astro returns it (`remarkPluginFrontmatter`, Markdown and MDX alike), and the
 * page then links KaTeX's stylesheet (MathStyles.astro). Pages without math load nothing more.
 */

/** The key in `remarkPluginFrontmatter`. */
export const MATH_KEY = 'labbookMath';

/** Mark the document whose Sätteri data bag is `data` (Astro keeps its metadata under `astro`). */
export function markMath(data: Record<string, unknown>): void {
  const astro = data.astro as { frontmatter?: Record<string, unknown> } | undefined;
  // A new object: Astro hands the entry's own data in as `frontmatter`, which must not change.
  if (astro && astro.frontmatter?.[MATH_KEY] !== true) astro.frontmatter = { ...astro.frontmatter, [MATH_KEY]: true };
}

/** True when the rendered document has math. */
export function hasMath(frontmatter: Record<string, unknown> | undefined): boolean {
  return frontmatter?.[MATH_KEY] === true;
}
