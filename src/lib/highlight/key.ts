import { createHash } from 'node:crypto';

/** Everything that decides the highlighted HTML of one code block. */
export interface HighlightInput {
  /** The code, without the fence's trailing newline. */
  code: string;
  /** The fence's language (`python`, `ts`, an unknown name...). */
  lang: string;
  /** The rest of the fence's info string (`title="x.py" {2}`), if any. */
  meta: string | undefined;
  /** Everything else that changes the output: themes, colour mode, Shiki and plugin versions. */
  settings: unknown;
}

/**
 * The cache key of a code block: sha256 over the code, language, meta string and settings, so a
 * change to any of them (a theme, a Shiki upgrade) misses instead of serving stale HTML. JSON of an
 * array keeps fields apart: `("ab", "c")` and `("a", "bc")` never collide.
 */
export function highlightKey(input: HighlightInput): string {
  const text = JSON.stringify([input.code, input.lang, input.meta ?? null, input.settings ?? null]);
  return createHash('sha256').update(text).digest('hex');
}
