/**
 * Most UTF-8 bytes of a slug the CLI puts in a file name. File systems stop at 255 bytes per name
 * (ENAMETOOLONG), and a 300-character title reached that; 100 leaves room for the date, `.mdx` and
 * a `-2`, and keeps URLs readable. A title in Japanese gives about 33 characters, in English 100.
 */
export const MAX_SLUG_BYTES = 100;

const encoder = new TextEncoder();
const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/**
 * `slug` cut to at most `maxBytes` UTF-8 bytes: at the last `-` that keeps at least half of it
 * (a word boundary), else at a character boundary (never inside a character or between a letter
 * and its accent). No trailing dash. Unchanged when it already fits.
 */
export function shortenSlug(slug: string, maxBytes = MAX_SLUG_BYTES): string {
  if (encoder.encode(slug).length <= maxBytes) return slug;
  let cut = '';
  let bytes = 0;
  for (const { segment } of graphemes.segment(slug)) {
    bytes += encoder.encode(segment).length;
    if (bytes > maxBytes) break;
    cut += segment;
  }
  const word = cut.lastIndexOf('-');
  const shortened = word >= cut.length / 2 ? cut.slice(0, word) : cut;
  return shortened.replace(/-+$/, '');
}
