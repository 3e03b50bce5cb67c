import { z } from 'zod';
import { baseSchema, commaList, frontMatter, termList, text, textArray } from './base.ts';

/**
 * Front matter of a dataset card, `datasets/<name>.md`: Hugging Face dataset card metadata
 * (https://huggingface.co/docs/hub/datasets-cards, huggingface_hub's DatasetCardData) plus Labbook's
 * own `dataset_id`, `description` and `owners`.
 *
 * Decisions:
 * - Lenient like model cards: every list field also reads one text or a comma-separated line
 *   (`license: mit`, `language: en, de`), because HF's own cards write both; a field left out is
 *   shown as "Not stated", nothing is guessed.
 * - HF's controlled vocabularies (size_categories, annotations_creators, ...) are not enforced: HF
 *   accepts `other` and new values appear; the page shows what is written.
 * - `dataset_info` is one object or a list (one per config), always read as a list; a split's
 *   `num_examples` may be written `12000`, `12_000` or `"12,000"`, and is a whole number.
 * Keys Labbook does not know (`paperswithcode_id`, `viewer`, `license_link`...) are kept.
 */

/** One text, a comma-separated line or a list of texts; always read as a list. */
const oneOrMany = (what: string, example: string) =>
  z.preprocess(commaList, z.array(text(`each ${what}`), { error: `expected ${what} or a list of them, e.g. ${example}` }));

const optionalText = (what: string) => text(what).optional();

/** `12000`, `12_000` or `"12,000"` as 12000; anything else is left for the number check to report. */
function wholeNumber(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const digits = value.trim().replace(/[_,\s]/g, '');
  return /^\d+$/.test(digits) ? Number(digits) : value;
}

const count = (what: string) =>
  z.preprocess(
    wholeNumber,
    z
      .number({ error: `expected ${what} as a whole number, e.g. 12000` })
      .int({ error: `expected ${what} as a whole number, e.g. 12000` })
      .nonnegative({ error: `expected ${what} of 0 or more` }),
  );

/** One split of one config: `{ name: train, num_examples: 12000 }`. */
export const splitSchema = z.looseObject({
  /** Split name, e.g. `train`, `validation`, `test`. Required. */
  name: text('a split name such as train'),
  /** How many examples the split has. Not stated when absent. */
  num_examples: count('num_examples').optional(),
  /** Size of the split in bytes. Not stated when absent. */
  num_bytes: count('num_bytes').optional(),
});

/** One `dataset_info` entry: the splits (and sizes) of one config. */
export const datasetInfoSchema = z.looseObject({
  /** The config these splits belong to; HF's default config has none (`default`). */
  config_name: optionalText('a config name'),
  /** The config's splits. Default none. */
  splits: z.array(splitSchema, { error: 'expected a list of splits, e.g. [{ name: train, num_examples: 12000 }]' }).default([]),
  /** Bytes to download. */
  download_size: count('download_size').optional(),
  /** Bytes of the prepared dataset. */
  dataset_size: count('dataset_size').optional(),
});

/** One file pattern of a config (`configs[].data_files`): a split and where its files are. */
const dataFileSchema = z.looseObject({
  /** Split name, e.g. `train`. Default `train` (HF's default for a config without splits). */
  split: optionalText('a split name such as train'),
  /** Path or glob, or a list of them, e.g. `data/train-*.parquet`. */
  path: z.union([text('a path'), textArray('path')], { error: 'expected a path or a list of paths, e.g. data/train-*.parquet' }).optional(),
});

/** One `configs` entry: a named subset and its data files. */
export const configSchema = z.looseObject({
  /** Config name, e.g. `default` or `en`. Required. */
  config_name: text('a config name such as default'),
  /** Its files, one path or a list of `{ split, path }`. */
  data_files: z
    .union([text('a path'), z.array(z.union([text('a path'), dataFileSchema]))], { error: 'expected a path or a list of { split, path }' })
    .optional(),
  /** Whether this config is the one loaded when none is named. */
  default: z.boolean({ error: 'expected true or false' }).optional(),
});

/** What `dataset_id` may be: an HF id `org/name` or a plain name; letters, digits and `. _ / -`. */
const DATASET_ID = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

/** Front matter of a dataset card. */
export const datasetCardSchema = frontMatter({
  ...baseSchema.shape,
  /** One sentence under the title: what the data is, where it comes from. */
  description: optionalText('a description'),
  /**
   * The id model cards use in `datasets:`, e.g. `ferrite/support-tickets`; a model card's entry also
   * finds this card by its file name (`support-tickets`). Not stated when absent.
   */
  dataset_id: text('a dataset id')
    .regex(DATASET_ID, { error: 'expected an id of letters, digits and . _ / - (no spaces), e.g. ferrite/support-tickets' })
    .optional(),
  /** HF's display name, e.g. `Support tickets`. Default: the title. */
  pretty_name: optionalText('a display name'),
  /** GitHub handles or team names responsible for the data (a list or `a, b`). Not stated when absent. */
  owners: z.preprocess(commaList, textArray('owner').min(1, { error: 'expected at least one owner, e.g. [data-platform]' })).optional(),
  /** License id(s) (HF), e.g. `cc-by-4.0` or `[cc-by-4.0, other]`. Read as a list. */
  license: oneOrMany('a license id', 'cc-by-4.0').optional(),
  /** Language code(s) of the data (HF), e.g. `en` or `[en, de]`. Read as a list. */
  language: oneOrMany('a language code', '[en, de]').optional(),
  /** HF task categories, e.g. `[text-classification]`. Read as a list. */
  task_categories: oneOrMany('a task category', '[text-classification]').optional(),
  /** HF task ids, e.g. `[intent-classification]`. Read as a list. */
  task_ids: oneOrMany('a task id', '[intent-classification]').optional(),
  /** HF size bucket(s), e.g. `10K<n<100K`. Read as a list. */
  size_categories: oneOrMany('a size category', '10K<n<100K').optional(),
  /** Where the data comes from (HF): `original`, `extended|other-dataset`, a dataset id. Read as a list. */
  source_datasets: oneOrMany('a source dataset', '[original]').optional(),
  /** How the labels were made (HF): `crowdsourced`, `expert-generated`, `found`, `machine-generated`, `no-annotation`. Read as a list. */
  annotations_creators: oneOrMany('an annotations creator', '[expert-generated]').optional(),
  /** How the text was made (HF): `found`, `crowdsourced`, `expert-generated`, `machine-generated`. Read as a list. */
  language_creators: oneOrMany('a language creator', '[found]').optional(),
  /** `monolingual`, `multilingual`, `translation` or `other` (HF). Read as a list. */
  multilinguality: oneOrMany('a multilinguality value', 'monolingual').optional(),
  /** Topic tags (HF), e.g. `[support, intent]`. Default none. */
  tags: termList('tag').default([]),
  /** HF configs (subsets) and their data files. Default none. */
  configs: z.array(configSchema, { error: 'expected a list such as [{ config_name: default, data_files: [...] }]' }).default([]),
  /** HF dataset_info: one object or a list, one per config, with the splits and their sizes. Default none. */
  dataset_info: z
    .preprocess((value) => (value !== null && typeof value === 'object' && !Array.isArray(value) ? [value] : value), z.array(datasetInfoSchema, { error: 'expected { splits: [...] } or a list of them, one per config' }))
    .default([]),
});

/** A dataset card's front matter after validation (lists normalised, defaults filled). */
export type DatasetCard = z.infer<typeof datasetCardSchema>;
/** One split of a `dataset_info` entry. */
export type DatasetSplit = z.infer<typeof splitSchema>;
