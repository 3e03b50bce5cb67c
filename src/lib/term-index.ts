import { aliasMap, canonicalTag, categoryKey, categorySlug, tagKey, tagSlug, uniqueSlugs } from './taxonomy.ts';

/** The TIL fields the tag and category pages need. */
export interface TermTil {
  slug: string;
  title: string;
  date: string;
  category?: string;
  tags: string[];
}

/** One tag or category with the notes filed under it, newest first. */
export interface Term<T extends TermTil> {
  key: string;
  /** How it is shown: the most used spelling (for categories, one with an emoji wins). */
  name: string;
  /** URL segment, unique among terms of its kind. */
  slug: string;
  tils: T[];
}

function pickName(spellings: Map<string, number>, prefer: (a: string) => number): string {
  return [...spellings].sort(([a, ca], [b, cb]) => prefer(b) - prefer(a) || cb - ca || a.localeCompare(b))[0]?.[0] ?? '';
}

function buildTerms<T extends TermTil>(
  tils: T[],
  termsOf: (til: T) => string[],
  keyOf: (term: string) => string,
  slugOf: (key: string) => string,
  prefer: (name: string) => number = () => 0,
): Term<T>[] {
  const byKey = new Map<string, { spellings: Map<string, number>; tils: T[] }>();
  for (const til of tils) {
    const seen = new Set<string>();
    for (const term of termsOf(til)) {
      const key = keyOf(term);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const entry = byKey.get(key) ?? { spellings: new Map<string, number>(), tils: [] as T[] };
      entry.spellings.set(term.trim(), (entry.spellings.get(term.trim()) ?? 0) + 1);
      entry.tils.push(til);
      byKey.set(key, entry);
    }
  }
  const slugs = uniqueSlugs(byKey.keys(), slugOf);
  return [...byKey]
    .map(([key, { spellings, tils: filed }]) => ({
      key,
      name: pickName(spellings, prefer),
      slug: slugs.get(key) ?? slugOf(key),
      tils: [...filed].sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title)),
    }))
    .sort((a, b) => b.tils.length - a.tils.length || a.key.localeCompare(b.key));
}

/** Tags of a TIL after folding aliases, deduplicated case-insensitively, in written order. */
export function tagsOf(til: Pick<TermTil, 'tags'>, aliases: Record<string, string[]> = {}): string[] {
  const map = aliasMap(aliases);
  const seen = new Set<string>();
  return til.tags
    .map((tag) => canonicalTag(tag, map))
    .filter((tag) => {
      const key = tagKey(tag);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** Every tag with its notes, most used first. Aliases fold into their canonical tag. */
export function buildTagIndex<T extends TermTil>(tils: T[], aliases: Record<string, string[]> = {}): Term<T>[] {
  return buildTerms(tils, (til) => tagsOf(til, aliases), tagKey, tagSlug);
}

/** Every category with its notes. A spelling with an emoji is shown when an author used one. */
export function buildCategoryIndex<T extends TermTil>(tils: T[]): Term<T>[] {
  const hasEmoji = (name: string) => (/^\p{Extended_Pictographic}/u.test(name) ? 1 : 0);
  return buildTerms(tils, (til) => (til.category ? [til.category] : []), categoryKey, categorySlug, hasEmoji);
}
