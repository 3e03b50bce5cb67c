import { z } from 'zod';
import { baseSchema, calendarDate, frontMatter, termList, text, textList } from './base.ts';

/** `42`, `"#42"` (this wiki's repo) or `owner/repo#7` (another repo). */
const ISSUE_REF_ERROR = 'expected an issue number such as 42 or "owner/repo#7"';
export const issueRef = z.union(
  [
    z.number().int({ error: ISSUE_REF_ERROR }).positive({ error: ISSUE_REF_ERROR }),
    z
      .string()
      .trim()
      .regex(/^(?:#\d+|[\w.-]+\/[\w.-]+#\d+)$/, { error: ISSUE_REF_ERROR }),
  ],
  { error: ISSUE_REF_ERROR },
);

/** Front matter of one TIL ("Today I Learned") note; other tools' keys are kept (see `frontMatter`). */
export const tilSchema = frontMatter({
  ...baseSchema.shape,
  /** Day the lesson was learned, YYYY-MM-DD. Required; must match the file name's date. */
  date: calendarDate,
  /** An emoji shown beside the title, e.g. `🐛`; in a daily log, the emoji before the entry's title. */
  icon: text('an icon such as 🐛').optional(),
  /** One category, e.g. `Training`; an emoji prefix is kept. Not stated when absent (never guessed). */
  category: text('a category').optional(),
  /** Topic tags, e.g. `[pytorch, mixed-precision]`, at most 100. Default none. */
  tags: termList('tag').default([]),
  /** Search terms that may not appear in the text, e.g. `[GradScaler, NaN loss]`, at most 100. Default none. */
  keywords: termList('keyword').default([]),
  /** Related GitHub issues or PRs: numbers in `repo`, or `owner/repo#N`. Default none. */
  issues: z.array(issueRef, { error: 'expected a list of issue references, e.g. [42, "owner/repo#7"]' }).default([]),
  /**
   * The lesson in one sentence, shown on top of the note and in weekly summaries. Left empty
   * (`takeaway:` as the template writes it) it is not stated.
   */
  takeaway: z.preprocess((value) => (value === null || (typeof value === 'string' && !value.trim()) ? undefined : value), text('a takeaway').optional()),
  /** GitHub handles of the people who wrote the note. Default none. */
  authors: textList('author').default([]),
  /** `model_name`s of model cards this note involves, e.g. `[support-intent-classifier]`; each must exist. Not in daily logs. */
  models: textList('model name').optional(),
});

export type Til = z.infer<typeof tilSchema>;
