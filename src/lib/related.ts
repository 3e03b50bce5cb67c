import { tagKey } from './taxonomy.ts';
import { tagsOf } from './term-index.ts';

/** The TIL fields relatedness is computed from. */
export interface RelatedTil {
  slug: string;
  date: string;
  title: string;
  tags: string[];
  keywords: string[];
}

/** A shared tag says more than a shared keyword; both say more than the date. */
const TAG_WEIGHT = 2;
const KEYWORD_WEIGHT = 1;

/**
 * For every note, up to `limit` others sharing tags or keywords, best first (then newest, then
 * title), computed once for the whole wiki with an inverted index instead of comparing all pairs.
 */
export function relatedTils<T extends RelatedTil>(tils: T[], opts: { limit?: number; tagAliases?: Record<string, string[]> } = {}): Map<string, T[]> {
  const limit = opts.limit ?? 5;
  const termsOf = (til: T) =>
    new Map<string, number>([
      ...til.keywords.map((k) => [`k:${tagKey(k)}`, KEYWORD_WEIGHT] as const),
      ...tagsOf(til, opts.tagAliases).map((t) => [`t:${tagKey(t)}`, TAG_WEIGHT] as const),
    ]);
  const terms = new Map(tils.map((til) => [til.slug, termsOf(til)]));
  const byTerm = new Map<string, T[]>();
  for (const til of tils) {
    for (const term of terms.get(til.slug)?.keys() ?? []) {
      const list = byTerm.get(term);
      if (list) list.push(til);
      else byTerm.set(term, [til]);
    }
  }
  const result = new Map<string, T[]>();
  for (const til of tils) {
    const scores = new Map<T, number>();
    for (const [term, weight] of terms.get(til.slug) ?? []) {
      for (const other of byTerm.get(term) ?? []) {
        if (other.slug !== til.slug) scores.set(other, (scores.get(other) ?? 0) + weight);
      }
    }
    const ranked = [...scores]
      .sort(([a, sa], [b, sb]) => sb - sa || b.date.localeCompare(a.date) || a.title.localeCompare(b.title))
      .slice(0, limit)
      .map(([other]) => other);
    result.set(til.slug, ranked);
  }
  return result;
}
