/**
 * Which of Labbook's optional stylesheets a rendered document needs. Like math
 * (src/lib/math/page-flag.ts), a Markdown plugin that writes a construct marks the document in its
 * front matter as Astro returns it (`remarkPluginFrontmatter`, Markdown and MDX alike), and the page
 * links only those stylesheets (src/components/MathStyles.astro). A plain note loads none of them.
 */
import { hasMath } from './math/page-flag.ts';

/** Optional stylesheets, by the key their plugin sets. */
export const PAGE_STYLES = {
  /** Callouts (src/markdown/callouts.ts) and math layout: src/styles/markdown-extras.css. */
  extras: 'labbookCallouts',
  /** Marked lines, diffs and line numbers of code blocks (src/markdown/highlight.ts): src/styles/code-marks.css. */
  codeMarks: 'labbookCodeMarks',
} as const;

export type PageStyle = keyof typeof PAGE_STYLES;

/** Mark the document whose Sätteri data bag is `data` (Astro keeps its metadata under `astro`) as needing `style`. */
export function markStyle(data: Record<string, unknown>, style: PageStyle): void {
  const key = PAGE_STYLES[style];
  const astro = data.astro as { frontmatter?: Record<string, unknown> } | undefined;
  // A new object: Astro hands the entry's own data in as `frontmatter`, which must not change.
  if (astro && astro.frontmatter?.[key] !== true) astro.frontmatter = { ...astro.frontmatter, [key]: true };
}

/** The optional stylesheets a rendered document needs, from its `remarkPluginFrontmatter`. */
export function stylesOf(frontmatter: Record<string, unknown> | undefined): Set<PageStyle> {
  const styles = new Set<PageStyle>();
  if (frontmatter?.[PAGE_STYLES.extras] === true || hasMath(frontmatter)) styles.add('extras');
  if (frontmatter?.[PAGE_STYLES.codeMarks] === true) styles.add('codeMarks');
  return styles;
}
