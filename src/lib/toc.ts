/** A heading as Astro's `render()` reports it. */
export interface TocHeading {
  depth: number;
  slug: string;
  text: string;
}

/**
 * Two headings are already worth a table of contents: with fewer, the page is its own summary.
 * (It was three, which left most TILs with an empty right column on a wide screen.)
 */
export const TOC_MIN_HEADINGS = 2;

/** The entries of a table of contents: `##` and `###` headings, none when there are fewer than `min`. */
export function tocItems<H extends TocHeading>(headings: readonly H[], min = TOC_MIN_HEADINGS): H[] {
  const items = headings.filter((h) => (h.depth === 2 || h.depth === 3) && h.slug);
  return items.length >= min ? items : [];
}
