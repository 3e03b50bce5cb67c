import { z } from 'zod';

/**
 * One experiment run as the experiments loader stores it (src/loaders/experiments-loader.ts):
 * plain data read from the run's folder by src/lib/experiments/run.ts. Every string is text as the
 * run wrote it; `notes.body` is the README's Markdown, rendered with the untrusted-Markdown rules.
 */

/** A parameter or metric value: a number, text, a flag or null (lists are kept as their text). */
const scalarSchema = z.union([z.number(), z.string(), z.boolean(), z.null()]);

const flatSchema = z.record(z.string(), scalarSchema);

export const experimentRunSchema = z.object({
  /** The run's folder, relative to the content folder. */
  folder: z.string(),
  /** The folder's name, `exp-003_lr-warmup`. */
  dirName: z.string(),
  /** The part before the first `_`, else the whole folder name. */
  id: z.string(),
  /** The part after the first `_`. */
  name: z.string().optional(),
  /** Its group: the folder that holds it inside experiments/ (`` at the top). */
  group: z.string(),
  /** The page's path under /experiments/. */
  slug: z.string(),
  /** Dotted parameter names -> values, and the files they were read from. */
  params: flatSchema,
  paramFiles: z.array(z.string()),
  metrics: flatSchema,
  metricFiles: z.array(z.string()),
  /** The README: its front matter fields (each may be not stated) and body. */
  notes: z
    .object({
      file: z.string(),
      title: z.string().optional(),
      baseline: z.string().optional(),
      model: z.string().optional(),
      tags: z.array(z.string()),
      status: z.string().optional(),
      date: z.string().optional(),
      body: z.string(),
    })
    .optional(),
  /** Step logs: each numeric column over the step column. */
  logs: z.array(
    z.object({
      file: z.string(),
      x: z.string(),
      series: z.array(z.object({ name: z.string(), points: z.array(z.tuple([z.number(), z.number()])) })),
    }),
  ),
  /** The run it is compared with: declared in its README, else the previous run of its group. */
  baseline: z.object({ folder: z.string(), declared: z.boolean() }).optional(),
});

export type ExperimentRun = z.infer<typeof experimentRunSchema>;
