import { getCollection, type CollectionEntry } from 'astro:content';
import { hasKind } from './collections.ts';
import { getPlaybooks, type PlaybookPage } from './playbooks.ts';
import { getWiki, type TilView } from './wiki.ts';
import { buildModelCatalog, type ModelCardView, type ModelCatalog } from '../lib/models/catalog.ts';
import { involvementByModel, type Involvement } from '../lib/models/involvement.ts';

/** A model card as Astro's content layer holds it. */
export type ModelEntry = CollectionEntry<'models'>;

/** A published model card as pages see it. */
export type ModelCardPage = ModelCardView<ModelEntry>;

let cached: { fingerprint: string; catalog: ModelCatalog<ModelEntry> } | undefined;

/** Published model cards grouped by model, built once per build (and again when a card changes in `astro dev`). */
export async function getModelCatalog(): Promise<ModelCatalog<ModelEntry>> {
  // Content cannot change during a build; only `astro dev` needs the fingerprint below.
  if (cached && !import.meta.env.DEV) return cached.catalog;
  const entries = hasKind('models') ? await getCollection('models', ({ data }) => !data.draft) : [];
  const fingerprint = entries.map((e) => `${e.id}:${e.digest ?? ''}`).join('|');
  if (cached?.fingerprint === fingerprint) return cached.catalog;
  const catalog = buildModelCatalog(entries.map((entry) => ({ slug: entry.id, data: entry.data, body: entry.body ?? '', entry })));
  cached = { fingerprint, catalog };
  return catalog;
}

/** Model name -> published TILs (newest first) and playbooks whose `models:` name it. */
export async function getInvolvement(): Promise<Map<string, Involvement<TilView, PlaybookPage>>> {
  const [{ tils }, playbooks] = await Promise.all([getWiki(), getPlaybooks()]);
  return involvementByModel(tils, playbooks);
}
