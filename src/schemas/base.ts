import { z } from 'zod';

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

/** A YAML list of short texts, e.g. `[pytorch, cuda]`. */
export const textList = (what: string) =>
  z.array(text(`each ${what}`), { error: `expected a list of ${what}s, e.g. [a, b]` });

/**
 * Most tags (or keywords) one note may list. Every tag gets a page and three feeds, and one note
 * with 10,000 tags once stalled a build for hours; 100 is five times GitHub's limit of 20 topics
 * per repository, far more than a note needs to be found.
 */
export const MAX_TERMS_PER_NOTE = 100;

/** A {@link textList} of tags or keywords, at most {@link MAX_TERMS_PER_NOTE}. */
export const termList = (what: 'tag' | 'keyword') =>
  textList(what).max(MAX_TERMS_PER_NOTE, {
    error: (issue) =>
      `expected at most ${MAX_TERMS_PER_NOTE} ${what}s per note, found ${Array.isArray(issue.input) ? issue.input.length : 'more'}. Keep the ones a reader would search by (each ${what === 'tag' ? 'tag gets its own page and feeds' : 'keyword goes into the search index'})`,
  });

/** Fields every page kind shares. */
export const baseSchema = z.object({
  /** Page title, shown as the h1, in the tab and in search results. Required. */
  title: text('a title'),
  /** Hide the page from the built site while it is being written. Default false. */
  draft: z.boolean({ error: 'expected true or false' }).default(false),
});
