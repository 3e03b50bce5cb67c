import { z } from 'zod';
import { misspeltKey } from '../lib/schema-problems.ts';

/** A real calendar day written `YYYY-MM-DD`; `2026-13-45` or `2026-02-30` are rejected. */
export const calendarDate = z.preprocess(
  // Astro's front matter parser turns unquoted dates into Date objects; Labbook's own parser keeps
  // strings. Both must reach the same check, so a Date goes back to its UTC day.
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.string({ error: 'expected a date written YYYY-MM-DD, e.g. 2026-11-02' }).refine(isCalendarDate, {
    error: 'expected a real calendar date written YYYY-MM-DD, e.g. 2026-11-02',
  }),
);

/** True for `YYYY-MM-DD` strings naming a day that exists (leap years included). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A non-empty line of text, trimmed. */
export const text = (what: string) =>
  z.string({ error: `expected ${what} as text` }).trim().min(1, { error: `expected ${what}, found an empty value` });

/**
 * `pytorch, cuda` as `[pytorch, cuda]`: people write lists both ways (Obsidian and Jekyll accept
 * the comma form), and a comma-separated line has one meaning, so it is accepted silently.
 */
export function commaList(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** A YAML list of short texts, e.g. `[pytorch, cuda]` (without the comma form: see {@link textList}). */
export const textArray = (what: string) =>
  z.array(text(`each ${what}`), { error: `expected a list of ${what}s, e.g. [a, b] or "a, b"` });

/** A YAML list of short texts, e.g. `[pytorch, cuda]`, or the same as one comma-separated line. */
export const textList = (what: string) => z.preprocess(commaList, textArray(what));

/**
 * Most tags (or keywords) one note may list. Every tag gets a page and three feeds, and one note
 * with 10,000 tags once stalled a build for hours; 100 is five times GitHub's limit of 20 topics
 * per repository, far more than a note needs to be found.
 */
export const MAX_TERMS_PER_NOTE = 100;

/** A {@link textList} of tags or keywords, at most {@link MAX_TERMS_PER_NOTE}. */
export const termList = (what: 'tag' | 'keyword') =>
  z.preprocess(
    commaList,
    textArray(what).max(MAX_TERMS_PER_NOTE, {
      error: (issue) =>
        `expected at most ${MAX_TERMS_PER_NOTE} ${what}s per note, found ${Array.isArray(issue.input) ? issue.input.length : 'more'}. Keep the ones a reader would search by (each ${what === 'tag' ? 'tag gets its own page and feeds' : 'keyword goes into the search index'})`,
    }),
  );

/** Fields every page kind shares. */
export const baseSchema = z.object({
  /** Page title, shown as the h1, in the tab and in search results. Required. */
  title: text('a title'),
  /** Hide the page from the built site while it is being written. Default false. */
  draft: z.boolean({ error: 'expected true or false' }).default(false),
});

/**
 * Front-matter keys other tools write into the same files: MkDocs (`hide`, `search`, `template`,
 * `status`), Hugo (`weight`, `draft`, `slug`, `aliases`, `categories`, `lastmod`, `summary`),
 * Obsidian (`aliases`, `cssclasses`, `tags`, `publish`), Jekyll (`layout`, `permalink`, `published`,
 * `excerpt`) and common ones (`description`, `author`). Kept on every kind, never read as a typo of a
 * Labbook key (`author` is one letter from `authors`, but it is what Jekyll and Hugo call it).
 */
export const OTHER_TOOLS_KEYS: ReadonlySet<string> = new Set([
  'hide', 'search', 'template', 'status', 'icon',
  'weight', 'draft', 'slug', 'aliases', 'alias', 'categories', 'lastmod', 'summary', 'linkTitle', 'publishDate', 'expiryDate', 'url', 'type',
  'cssclasses', 'cssclass', 'tags', 'publish',
  'layout', 'permalink', 'published', 'excerpt',
  'description', 'author', 'date', 'title', 'keywords',
]);

/** Issue `params` a near-typo carries, so the problem says "did you mean" (src/lib/schema-problems.ts). */
export interface MisspeltKeyParams {
  misspeltKey: string;
  didYouMean: string;
}

/**
 * The front matter of a kind: `shape`'s fields, every other key kept as it is (notes are often
 * written for MkDocs, Hugo, Obsidian or Jekyll too), except a key one or two edits from one of
 * `shape`'s, which fails with "did you mean": a misspelt `owners` must not silently read as "not
 * stated". Nested objects keep their own rules. `labbook.yaml` is config and stays strict.
 */
export function frontMatter<S extends z.ZodRawShape>(shape: S) {
  const known = Object.keys(shape);
  return z.looseObject(shape).superRefine(
    (data, ctx) => {
      if (typeof data !== 'object' || data === null) return;
      for (const key of Object.keys(data)) {
        if (known.includes(key) || OTHER_TOOLS_KEYS.has(key)) continue;
        const guess = misspeltKey(key, known);
        if (!guess) continue;
        const params: MisspeltKeyParams = { misspeltKey: key, didYouMean: guess };
        ctx.addIssue({ code: 'custom', path: [key], params, message: `unknown field: did you mean "${guess}"? Rename it (keys Labbook does not know are kept for other tools, but this one looks like a typo).` });
      }
    },
    // Also when other fields failed, so a misspelt key is reported beside the "required" it caused.
    { when: () => true },
  );
}
