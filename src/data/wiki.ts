import { getCollection, type CollectionEntry } from 'astro:content';
import { hasKind, type TilEntry } from './collections.ts';
import { relatedTils } from '../lib/related.ts';
import { site } from './site.ts';
import { buildCategoryIndex, buildTagIndex, tagsOf, type Term } from '../lib/term-index.ts';
import { buildWeeks, type Week } from '../lib/weekly.ts';
import { categoryKey, tagKey } from '../lib/taxonomy.ts';

export type { TilEntry };
export type WeeklyEntry = CollectionEntry<'weekly'>;

/** A published TIL as the builders see it: its front matter, its slug, and the entry to render. */
export type TilView = TilEntry['data'] & { slug: string; entry: TilEntry };

/** Everything the TIL pages derive from the whole wiki, computed once per build. */
export interface Wiki {
  /** Newest first. */
  tils: TilView[];
  tags: Term<TilView>[];
  categories: Term<TilView>[];
  weeks: Week<TilView>[];
  summaries: Map<string, WeeklyEntry>;
  related: Map<string, TilView[]>;
  /** Tag key -> URL segment, category key -> URL segment. */
  tagSlug: (tag: string) => string | undefined;
  categorySlug: (category: string) => string | undefined;
  /** Tags of a note after aliases, in written order. */
  tagsOf: (til: Pick<TilView, 'tags'>) => string[];
}

let cached: { fingerprint: string; wiki: Wiki } | undefined;

/**
 * The wiki's derived data. Every page asks for it; it is built once and rebuilt only when an
 * entry changed (in `astro dev`), so 1,000 pages do not each recompute tags, weeks and relations.
 */
export async function getWiki(): Promise<Wiki> {
  // A build's content cannot change while it renders: skip re-reading and fingerprinting the
  // collections on each of its pages (1,500 pages x 1,000 entries adds up).
  if (cached && !import.meta.env.DEV) return cached.wiki;
  const [entries, weeklies] = await Promise.all([
    hasKind('til') ? getCollection('til', ({ data }) => !data.draft) : [],
    hasKind('weekly') ? getCollection('weekly', ({ data }) => !data.draft) : [],
  ]);
  const fingerprint = [...entries, ...weeklies].map((e) => `${e.id}:${e.digest ?? ''}`).join('|');
  if (cached?.fingerprint === fingerprint) return cached.wiki;
  const { tagAliases } = site;
  const tils: TilView[] = entries
    .map((entry) => ({ ...entry.data, slug: entry.id, entry }))
    .sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
  const tags = buildTagIndex(tils, tagAliases);
  const categories = buildCategoryIndex(tils);
  const tagSlugs = new Map(tags.map((t) => [t.key, t.slug]));
  const categorySlugs = new Map(categories.map((c) => [c.key, c.slug]));
  const summaries = new Map(weeklies.map((w) => [w.id, w]));
  const wiki: Wiki = {
    tils,
    tags,
    categories,
    weeks: buildWeeks(tils, { summaries: [...summaries.keys()], tagAliases, tagSlugs }),
    summaries,
    related: relatedTils(tils, { tagAliases }),
    tagSlug: (tag) => tagSlugs.get(tagKey(tag)),
    categorySlug: (category) => categorySlugs.get(categoryKey(category)),
    tagsOf: (til) => tagsOf(til, tagAliases),
  };
  cached = { fingerprint, wiki };
  return wiki;
}
