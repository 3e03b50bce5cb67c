/** What /tags/ shows. */
export type TagsPageContent = 'tags' | 'categories' | 'empty';

/**
 * /tags/ shows the tags; a wiki that files its notes by category only (no tag anywhere) gets its
 * categories there instead of "No tags yet", so the header's Tags link never ends on an empty page.
 */
export function tagsPageContent(tagCount: number, categoryCount: number): TagsPageContent {
  if (tagCount > 0) return 'tags';
  return categoryCount > 0 ? 'categories' : 'empty';
}
