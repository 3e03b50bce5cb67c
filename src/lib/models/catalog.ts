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
  /** Undefined when the card does not state one. */
  version?: string;
  url: string;
  status?: ModelCard['status'];
}

/** `version 1.3.0` (`v1.3.0` short), or what a card without a version is called: never an invented number. */
export function versionLabel(version: string | undefined, form: 'long' | 'short' = 'long'): string {
  if (version === undefined) return form === 'long' ? 'the card without a version' : 'no version';
  return form === 'long' ? `version ${version}` : `v${version}`;
}

/** Everything a model card page and the /models/ list show. */
export type ModelCardView<E = unknown> = ModelCard & {
  slug: string;
  /** Site-relative URL, without base. */
  url: string;
  /** Every published version of this model, newest first, this one included. */
  versions: VersionLink[];
  /** The next older version, whose numbers the deltas compare with; only between cards that state a version. */
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

const link = (card: { version?: string | undefined; slug: string; status?: ModelCard['status'] | undefined }): VersionLink => ({
  ...(card.version !== undefined ? { version: card.version } : {}),
  url: modelUrls.card(card.slug),
  ...(card.status !== undefined ? { status: card.status } : {}),
});

/** Newest first; cards that state no version after every versioned one (nothing is guessed), by slug. */
function newestFirst(a: { slug: string; data: { version?: string | undefined } }, b: { slug: string; data: { version?: string | undefined } }): number {
  const [left, right] = [a.data.version, b.data.version];
  if ((left === undefined) !== (right === undefined)) return left === undefined ? 1 : -1;
  return (left !== undefined && right !== undefined ? compareVersions(right, left) : 0) || a.slug.localeCompare(b.slug);
}

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
      const sorted = [...group].sort(newestFirst);
      const versions = sorted.map((card) => link({ ...card.data, slug: card.slug }));
      const latest = versions[0] as VersionLink;
      const cards = sorted.map((card, i): ModelCardView<E> => {
        // Deltas compare two stated versions: an unversioned card is nobody's previous, and has none.
        const older = card.data.version !== undefined && sorted[i + 1]?.data.version !== undefined ? sorted[i + 1] : undefined;
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
