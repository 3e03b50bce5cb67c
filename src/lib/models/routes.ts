import { slugSegment } from '../routes.ts';

/**
 * The URL slug of a page from its path inside its kind's folder: each folder and the file name
 * (without `.md`/`.mdx`) slugged like a TIL, with dots turned into dashes first, so a version in a
 * file name stays readable and unambiguous: `intent-classifier-v1.3.0.md` gives
 * `intent-classifier-v1-3-0` (GitHub's slugs would drop the dots and make `v130`). Empty when a
 * part has no letters or digits.
 */
export function folderPageSlug(relativePath: string): string {
  const parts = relativePath.replace(/\.mdx?$/i, '').split('/');
  const slugs = parts.map((part) => slugSegment(part.replace(/\./g, '-')).replace(/^-+|-+$/g, ''));
  return slugs.some((part) => !/[\p{L}\p{N}]/u.test(part)) ? '' : slugs.join('/');
}

/** Site-relative URLs (without base) of model cards. */
export const modelUrls = {
  index: '/models/',
  card: (slug: string) => `/models/${slug}/`,
};
