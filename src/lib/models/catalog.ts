import type { ModelCard } from '../../schemas/model-card.ts';
import { missingSections, type RequiredSection } from './completeness.ts';
import { headlineMetric, resultTables, type Headline, type ResultTable } from './results.ts';
import { modelUrls } from './routes.ts';
import { compareVersions } from './semver.ts';

/** A published model card as read from the collection. */
export interface ModelCardInput<E = unknown> {
  slug: string;
  data: ModelCard;
  /** The Markdown body, to check the required sections. */
  body: string;
  entry: E;
}

/** A version of a model as other pages link to it. */
export interface VersionLink {
  version: string;
  url: string;
  status: ModelCard['status'];
}

/** Everything a model card page and the /models/ list show. */
export type ModelCardView<E = unknown> = ModelCard & {
  slug: string;
  /** Site-relative URL, without base. */
  url: string;
  /** Every published version of this model, newest first, this one included. */
  versions: VersionLink[];
  /** The next older version, whose numbers the deltas compare with. */
  previous?: VersionLink;
  /** The next newer version. */
  next?: VersionLink;
  /** The newest version (this one when it is the newest). */
  latest: VersionLink;
  /** Evaluation tables with changes against `previous`. */
  results: ResultTable[];
  headline?: Headline;
  /** Required sections the body lacks; empty when the card is complete. */
  missing: RequiredSection[];
  entry: E;
};

/** A model and its versions. */
export interface ModelSummary<E = unknown> {
  name: string;
  /** Newest first. */
  cards: ModelCardView<E>[];
}

/** All model cards, grouped by model. */
export interface ModelCatalog<E = unknown> {
  /** Models by name (alphabetical), each with its versions newest first. */
  models: ModelSummary<E>[];
  /** The newest version's URL of a model name, for `models:` links; undefined for a name without published card. */
  latestUrl: (name: string) => string | undefined;
}

const link = (card: { version: string; slug: string; status: ModelCard['status'] }): VersionLink => ({
  version: card.version,
  url: modelUrls.card(card.slug),
  status: card.status,
});

/**
 * Group cards by `model_name`, order versions by SemVer, and give each card its neighbours,
 * its results with deltas against the previous version, its headline metric and what it lacks.
 */
export function buildModelCatalog<E>(inputs: ModelCardInput<E>[]): ModelCatalog<E> {
  const byName = new Map<string, ModelCardInput<E>[]>();
  for (const input of inputs) byName.set(input.data.model_name, [...(byName.get(input.data.model_name) ?? []), input]);
  const models: ModelSummary<E>[] = [...byName]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, group]) => {
      // Newest first; the validator rejects two cards with one version, the slug keeps ties stable anyway.
      const sorted = [...group].sort((a, b) => compareVersions(b.data.version, a.data.version) || a.slug.localeCompare(b.slug));
      const versions = sorted.map((card) => link({ ...card.data, slug: card.slug }));
      const latest = versions[0] as VersionLink;
      const cards = sorted.map((card, i): ModelCardView<E> => {
        const older = sorted[i + 1];
        return {
          ...card.data,
          slug: card.slug,
          url: modelUrls.card(card.slug),
          versions,
          ...(older ? { previous: versions[i + 1] } : {}),
          ...(i > 0 ? { next: versions[i - 1] } : {}),
          latest,
          results: resultTables(card.data['model-index'], older?.data['model-index']),
          headline: headlineMetric(card.data['model-index']),
          missing: missingSections(card.body),
          entry: card.entry,
        };
      });
      return { name, cards };
    });
  const latest = new Map(models.map((model) => [model.name, model.cards[0]?.url]));
  return { models, latestUrl: (name) => latest.get(name) };
}
