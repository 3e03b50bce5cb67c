import type { DatasetCard } from '../../schemas/dataset-card.ts';
import { folderPageSlug } from '../models/routes.ts';
import { datasetSections, type DatasetSection, type SectionState } from './completeness.ts';
import { datasetUrls } from './routes.ts';

/** A published dataset card as read from the collection. */
export interface DatasetCardInput<E = unknown> {
  slug: string;
  data: DatasetCard;
  /** The Markdown body, to check the required sections. */
  body: string;
  entry: E;
}

/** What a dataset page needs to know of a model card that names datasets. */
export interface ModelUse {
  title: string;
  url: string;
  model_name: string;
  version?: string | undefined;
  /** `datasets:` entries (trained on, as HF means it). */
  datasets: readonly string[];
  /** `model-index` results' `dataset.type` (evaluated on). */
  evaluatedOn: readonly string[];
}

/** One row of a dataset page's splits table. Counts are undefined when the card does not state them. */
export interface SplitRow {
  /** The config (subset); undefined for a card without configs. */
  config?: string;
  split: string;
  examples?: number;
  bytes?: number;
}

/** A model card that uses a dataset, and how. */
export interface DatasetUser {
  title: string;
  url: string;
  model_name: string;
  version?: string;
  how: 'trained' | 'evaluated' | 'trained and evaluated';
}

/** Everything a dataset page and the /datasets/ list show. */
export type DatasetCardView<E = unknown> = DatasetCard & {
  slug: string;
  /** Site-relative URL, without base. */
  url: string;
  splits: SplitRow[];
  /** Sum of the stated `num_examples`, when every split states one. */
  totalExamples?: number;
  sections: SectionState[];
  /** Required sections the body does not fill; empty when the card is complete. */
  missing: DatasetSection[];
  /** Model cards whose `datasets:` or evaluation results name this card, by model then version. */
  usedBy: DatasetUser[];
  entry: E;
};

export interface DatasetCatalog<E = unknown> {
  /** By title. */
  cards: DatasetCardView<E>[];
  /** The dataset card a model card's `datasets:` entry names, if the wiki has one. */
  urlOf: (name: string) => string | undefined;
}

/** The rows of the splits table: `dataset_info`'s splits, then splits `configs` names without counts. */
export function splitRows(card: Pick<DatasetCard, 'dataset_info' | 'configs'>): SplitRow[] {
  const rows: SplitRow[] = [];
  const key = (config: string | undefined, split: string) => `${config ?? 'default'}\u0000${split}`;
  const seen = new Set<string>();
  for (const info of card.dataset_info) {
    for (const split of info.splits) {
      seen.add(key(info.config_name, split.name));
      rows.push({
        ...(info.config_name !== undefined ? { config: info.config_name } : {}),
        split: split.name,
        ...(split.num_examples !== undefined ? { examples: split.num_examples } : {}),
        ...(split.num_bytes !== undefined ? { bytes: split.num_bytes } : {}),
      });
    }
  }
  for (const config of card.configs) {
    const files = typeof config.data_files === 'string' ? [config.data_files] : (config.data_files ?? []);
    for (const file of files) {
      // A bare path is HF's `train` split.
      const split = typeof file === 'string' ? 'train' : (file.split ?? 'train');
      if (seen.has(key(config.config_name, split))) continue;
      // A lone default config without dataset_info names its splits like dataset_info would: without a config.
      seen.add(key(config.config_name, split));
      rows.push({ config: config.config_name, split });
    }
  }
  // One config called "default" (HF's name for "no configs") is not worth a column.
  if (rows.every((row) => row.config === undefined || row.config === 'default')) return rows.map(({ config: _config, ...row }) => row);
  return rows;
}

const normal = (name: string) => name.trim().toLowerCase();
const lastSegment = (slug: string) => slug.slice(slug.lastIndexOf('/') + 1);

/**
 * How a model card's `datasets:` entry finds a dataset card: by `dataset_id` (any case), else by
 * its path (`ferrite/support-tickets` -> datasets/ferrite/support-tickets.md), else by its file
 * name (`ferrite/support-tickets` -> a single datasets/…/support-tickets.md). A name two cards
 * could claim by file name alone links to neither: nothing is guessed.
 */
export function datasetResolver(cards: readonly { slug: string; dataset_id?: string | undefined }[]): (name: string) => string | undefined {
  const byId = new Map<string, string>();
  const bySlug = new Map<string, string>();
  const byFile = new Map<string, string | null>();
  for (const card of cards) {
    if (card.dataset_id !== undefined && !byId.has(normal(card.dataset_id))) byId.set(normal(card.dataset_id), card.slug);
    bySlug.set(card.slug, card.slug);
    const file = lastSegment(card.slug);
    byFile.set(file, byFile.has(file) ? null : card.slug);
  }
  return (name) => {
    const slug = folderPageSlug(`${name.trim()}.md`);
    const found = byId.get(normal(name)) ?? (slug ? (bySlug.get(slug) ?? byFile.get(lastSegment(slug)) ?? undefined) : undefined);
    return found === undefined ? undefined : datasetUrls.card(found);
  };
}

/** Give each card its splits, its completeness and the model cards that use it. */
export function buildDatasetCatalog<E>(inputs: DatasetCardInput<E>[], models: readonly ModelUse[]): DatasetCatalog<E> {
  const urlOf = datasetResolver(inputs.map((input) => ({ slug: input.slug, dataset_id: input.data.dataset_id })));
  const users = new Map<string, DatasetUser[]>();
  for (const model of models) {
    const trained = new Set(model.datasets.flatMap((name) => urlOf(name) ?? []));
    const evaluated = new Set(model.evaluatedOn.flatMap((name) => urlOf(name) ?? []));
    for (const url of new Set([...trained, ...evaluated])) {
      const how = trained.has(url) && evaluated.has(url) ? 'trained and evaluated' : trained.has(url) ? 'trained' : 'evaluated';
      const user: DatasetUser = { title: model.title, url: model.url, model_name: model.model_name, ...(model.version !== undefined ? { version: model.version } : {}), how };
      users.set(url, [...(users.get(url) ?? []), user]);
    }
  }
  const cards = inputs
    .map((input): DatasetCardView<E> => {
      const url = datasetUrls.card(input.slug);
      const splits = splitRows(input.data);
      const total = splits.length > 0 && splits.every((row) => row.examples !== undefined) ? splits.reduce((sum, row) => sum + (row.examples ?? 0), 0) : undefined;
      const sections = datasetSections(input.body);
      return {
        ...input.data,
        slug: input.slug,
        url,
        splits,
        ...(total !== undefined ? { totalExamples: total } : {}),
        sections,
        missing: sections.filter((state) => !state.filled).map((state) => state.name),
        usedBy: (users.get(url) ?? []).sort((a, b) => a.model_name.localeCompare(b.model_name) || (b.version ?? '').localeCompare(a.version ?? '', undefined, { numeric: true }) || a.url.localeCompare(b.url)),
        entry: input.entry,
      };
    })
    .sort((a, b) => (a.pretty_name ?? a.title).localeCompare(b.pretty_name ?? b.title) || a.slug.localeCompare(b.slug));
  return { cards, urlOf };
}
