import { z } from 'zod';
import { isVersion } from '../lib/models/semver.ts';
import { baseSchema, commaList, frontMatter, termList, text, textArray, textList } from './base.ts';

/**
 * Front matter of a model card, `models/<name>.md`: Hugging Face model card metadata
 * (https://huggingface.co/docs/hub/model-cards#model-card-metadata) plus Labbook's own fields.
 *
 * Decisions:
 * - Keys Labbook does not know (`widget`, `co2_eq_emissions`, `thumbnail`...) are kept, because
 *   real HF cards carry many; a key one or two typos away from a known one (`owner`, `model_index`)
 *   fails instead, so a misspelt Labbook field is never silently ignored (`frontMatter`, base.ts).
 * - `version`, `status` and `owners` may be left out: the page says "Not stated", nothing is guessed.
 * - A metric `value` must be a number. HF also accepts strings, but a string cannot be compared
 *   between versions; write `91.2%` as `91.2` (or `0.912`) and say the unit in the metric's `name`.
 */

/** One text, a comma-separated line (`en, de`) or a list of texts; always read as a list. */
const oneOrMany = (what: string, example: string) =>
  z.preprocess(commaList, z.array(text(`each ${what}`), { error: `expected ${what} or a list of them, e.g. ${example}` }));

const optionalText = (what: string) => text(what).optional();

/** One number of one evaluation: `{ type: accuracy, value: 0.912 }`. */
export const metricSchema = z.looseObject({
  /** Metric id, e.g. `accuracy`, `f1`, `ndcg@10`, `wer`. Required. */
  type: text('a metric type such as accuracy'),
  /** The score, a number (not a string), e.g. `0.912`. Required. */
  value: z.number({ error: 'expected a number such as 0.912 (not text: write 91.2% as 91.2)' }),
  /** Display name, e.g. `Macro F1`. Default: the type. */
  name: optionalText('a metric name'),
  /** Variant of the metric, e.g. `macro` for F1. */
  config: optionalText('a metric config such as macro'),
  /** Whether the number was verified by a third party (HF). */
  verified: z.boolean({ error: 'expected true or false' }).optional(),
});

/** One evaluation: a task on a dataset split, with its metrics. */
export const resultSchema = z
  .looseObject({
    /** What was evaluated. */
    task: z.looseObject(
      {
        /** Task id, e.g. `text-classification`. Required. */
        type: text('a task type such as text-classification'),
        /** Display name, e.g. `Intent classification`. */
        name: optionalText('a task name'),
      },
      { error: 'expected the task as { type: text-classification, name: ... }' },
    ),
    /** Where it was evaluated. */
    dataset: z.looseObject(
      {
        /** Dataset id, e.g. `ferrite/support-tickets`. Required. */
        type: text('a dataset type (its id)'),
        /** Display name, e.g. `Support tickets`. Required. */
        name: text('a dataset name'),
        /** Dataset config or subset, e.g. `en`. */
        config: optionalText('a dataset config'),
        /** Split, e.g. `test`. */
        split: optionalText('a split such as test'),
        /** Dataset revision (commit or tag) the numbers come from. */
        revision: optionalText('a dataset revision'),
      },
      { error: 'expected the dataset as { type: ..., name: ..., split: test }' },
    ),
    /** The numbers, at least one. */
    metrics: z
      .array(metricSchema, { error: 'expected a list of metrics, e.g. [{ type: accuracy, value: 0.91 }]' })
      .min(1, { error: 'expected at least one metric' }),
  })
  .superRefine((result, ctx) => {
    // Deltas between versions match metrics by type and config: each pair may appear once per result.
    const seen = new Map<string, number>();
    result.metrics.forEach((metric, i) => {
      const key = `${metric.type}\u0000${metric.config ?? ''}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else ctx.addIssue({ code: 'custom', path: ['metrics', i, 'type'], message: `repeats metrics[${first}] (same type and config); give one a config or remove it` });
    });
  });

/** One `model-index` entry: a model name and its evaluation results. */
export const modelIndexEntrySchema = z.looseObject({
  /** The model's name, usually the same as `model_name`. Required. */
  name: text('the model name'),
  /** Evaluation results, one per task and dataset split. */
  results: z.array(resultSchema, { error: 'expected a list of results, each with task, dataset and metrics' }),
});

/** What a `model_name` may be: letters, digits and `. _ / -`, starting with a letter or digit. */
const MODEL_NAME = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

/**
 * The model name a card without `model_name` gets: its title, lower-cased, with every run of other
 * characters turned into one `-` ("Support Intent Classifier" -> `support-intent-classifier`).
 * A title with no letters or digits of that kind (e.g. all CJK) gives its own text, trimmed.
 */
export function modelNameFromTitle(title: string): string {
  const name = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._/-]+/g, '-')
    .replace(/^[^a-z0-9]+|-+$/g, '');
  return name || title.trim();
}

/** Model status: `production` serves traffic, `staging` is being evaluated, `archived` is retired. */
export const MODEL_STATUSES = ['production', 'staging', 'archived'] as const;

/** Front matter of a model card. */
export const modelCardSchema = frontMatter({
    ...baseSchema.shape,
    /** One sentence under the title, e.g. what the model decides. */
    description: optionalText('a description'),
    /**
     * Name shared by every version of the model, e.g. `support-intent-classifier`; TILs and playbooks
     * use it in `models:`. Default: the title as a name ({@link modelNameFromTitle}); state it when
     * several versions' cards have different titles.
     */
    model_name: text('a model name')
      .regex(MODEL_NAME, { error: 'expected a name of letters, digits and . _ / - (no spaces), e.g. support-intent-classifier' })
      .optional(),
    /** This card's version, `MAJOR.MINOR.PATCH[-pre]`, e.g. `1.3.0`. Quote it if YAML reads it as a number. Not stated when absent. */
    version: z
      .string({ error: 'expected a version written MAJOR.MINOR.PATCH, e.g. "1.3.0"' })
      .refine(isVersion, { error: 'expected a version written MAJOR.MINOR.PATCH with an optional -pre-release, e.g. 1.3.0 or 2.0.0-rc.1' })
      .optional(),
    /** `production`, `staging` or `archived`. Not stated when absent. */
    status: z.enum(MODEL_STATUSES, { error: 'expected production, staging or archived' }).optional(),
    /** GitHub handles or team names responsible for the model (a list or `a, b`). Not stated when absent. */
    owners: z.preprocess(commaList, textArray('owner').min(1, { error: 'expected at least one owner, e.g. [mira-k]' })).optional(),
    /** License id (HF), e.g. `apache-2.0` or `other`. */
    license: optionalText('a license id such as apache-2.0'),
    /** Language code(s) (HF), e.g. `en` or `[en, de]`. Read as a list. */
    language: oneOrMany('a language code', '[en, de]').optional(),
    /** Topic tags (HF), e.g. `[intent, support]`. Default none. */
    tags: termList('tag').default([]),
    /** Dataset ids the model was trained or evaluated on (HF). Default none. */
    datasets: textList('dataset').default([]),
    /** Metric ids reported (HF), e.g. `[accuracy, f1]`. Default none. */
    metrics: textList('metric').default([]),
    /** Model(s) this one was fine-tuned or derived from (HF), e.g. `distilroberta-base`. Read as a list. */
    base_model: oneOrMany('a base model id', '[distilroberta-base]').optional(),
    /** HF task id, e.g. `text-classification`; shown as the search category. */
    pipeline_tag: optionalText('a pipeline tag such as text-classification'),
    /** Library the weights load with (HF), e.g. `transformers`. */
    library_name: optionalText('a library name such as transformers'),
    /** Evaluation results (HF `model-index`). Default none. */
    'model-index': z
      .array(modelIndexEntrySchema, { error: 'expected a list such as [{ name: ..., results: [...] }]' })
      .default([]),
  })
  .superRefine((card, ctx) => {
    const seen = new Map<string, string>();
    card['model-index'].forEach((entry, i) =>
      entry.results.forEach((result, j) => {
        const key = [result.task.type, result.dataset.type, result.dataset.name, result.dataset.config ?? '', result.dataset.split ?? ''].join('\u0000');
        const first = seen.get(key);
        if (first) ctx.addIssue({ code: 'custom', path: ['model-index', i, 'results', j, 'dataset'], message: `repeats ${first} (same task, dataset, config and split); merge their metrics` });
        else seen.set(key, `model-index[${i}].results[${j}]`);
      }),
    );
  })
  // Not stated: the title says which model this is (see modelNameFromTitle).
  .transform((card) => ({ ...card, model_name: card.model_name ?? modelNameFromTitle(card.title) }));

/** A model card's front matter after validation (lists normalised, defaults filled). */
export type ModelCard = z.infer<typeof modelCardSchema>;
/** One `model-index[].results[]` item. */
export type ModelResult = z.infer<typeof resultSchema>;
/** One metric of a result. */
export type ModelMetric = z.infer<typeof metricSchema>;
