import { z } from 'zod';
import { frontMatter, text } from './base.ts';

/** Front matter of a hand-written weekly summary, `weekly/YYYY-Www.md`. All optional; other tools' keys are kept. */
export const weeklySchema = frontMatter({
  /** Shown above the summary; default "Week YYYY-Www". */
  title: text('a title').optional(),
  /** The ISO week, `2026-W47`; when given it must match the file name. */
  week: z.string({ error: 'expected an ISO week such as 2026-W47' }).optional(),
  /** Hide the summary while it is being written. Default false. */
  draft: z.boolean({ error: 'expected true or false' }).default(false),
});

export type Weekly = z.infer<typeof weeklySchema>;
