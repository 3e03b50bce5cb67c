import { getCollection, type CollectionEntry } from 'astro:content';
import { hasKind } from './collections.ts';
import { getModelCatalog } from './models.ts';
import { buildDatasetCatalog, type DatasetCardView, type DatasetCatalog, type ModelUse } from '../lib/datasets/catalog.ts';

/** A dataset card as Astro's content layer holds it. */
export type DatasetEntry = CollectionEntry<'datasets'>;

/** A published dataset card as pages see it. */
export type DatasetCardPage = DatasetCardView<DatasetEntry>;

let cached: { fingerprint: string; catalog: Promise<DatasetCatalog<DatasetEntry>> } | undefined;

/** Published dataset cards with the model cards that use them, built once per build (again when a card changes in `astro dev`). */
export async function getDatasetCatalog(): Promise<DatasetCatalog<DatasetEntry>> {
  if (cached && !import.meta.env.DEV) return cached.catalog;
  const entries = hasKind('datasets') ? await getCollection('datasets', ({ data }) => !data.draft) : [];
  const { models } = await getModelCatalog();
  const fingerprint = [...entries, ...models.flatMap((model) => model.cards.map((card) => card.entry))].map((e) => `${e.collection}/${e.id}:${e.digest ?? ''}`).join('|');
  if (cached?.fingerprint === fingerprint) return cached.catalog;
  const uses: ModelUse[] = models.flatMap((model) =>
    model.cards.map((card) => ({
      title: card.title,
      url: card.url,
      model_name: card.model_name,
      version: card.version,
      datasets: card.datasets,
      evaluatedOn: card['model-index'].flatMap((index) => index.results.map((result) => result.dataset.type)),
    })),
  );
  const catalog = Promise.resolve(buildDatasetCatalog(entries.map((entry) => ({ slug: entry.id, data: entry.data, body: entry.body ?? '', entry })), uses));
  cached = { fingerprint, catalog };
  return catalog;
}
