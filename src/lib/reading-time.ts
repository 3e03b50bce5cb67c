/** Words per minute for technical prose with code; slower than the usual 238 for novels. */
const WORDS_PER_MINUTE = 200;

/** Minutes to read a Markdown body, at least 1. Code counts like prose; markup does not. */
export function readingMinutes(markdown: string): number {
  const words = markdown
    .replace(/^---[\s\S]*?\n---/, '')
    .replace(/[#>*_`|[\]()-]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
