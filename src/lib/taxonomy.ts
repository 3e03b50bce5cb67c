import { slugSegment } from './routes.ts';

/**
 * Tags and categories: how a name becomes a key (case-insensitive, Unicode-normalised) and a URL
 * segment that keeps non-Latin scripts and tells `c++`, `c#` and `ci/cd` apart.
 */

/** The identity of a tag: `PyTorch` and `pytorch` are one tag; `café` typed two ways is one tag. */
export function tagKey(tag: string): string {
  return tag.normalize('NFC').trim().toLocaleLowerCase('und').replace(/\s+/g, ' ');
}

/** Symbols that would vanish from a slug but carry meaning in tech tags. */
const SYMBOL_WORDS: [RegExp, string][] = [
  [/\+/g, '-plus-'],
  [/#/g, '-sharp-'],
  [/&/g, '-and-'],
  [/@/g, '-at-'],
  [/^\./, 'dot-'],
  [/[/\\|:]/g, '-'],
  [/\./g, '-'],
];

/** URL segment of a tag key: `c++` -> `c-plus-plus`, `ci/cd` -> `ci-cd`, `日本語` -> `日本語`. */
export function tagSlug(key: string): string {
  let text = key;
  for (const [pattern, word] of SYMBOL_WORDS) text = text.replace(pattern, word);
  const slug = slugSegment(text).replace(/-{2,}/g, '-').replace(/^-|-$/g, '');
  return slug || 'tag';
}

/** An emoji (with modifiers, joiners and variation selectors) at the start of a category. */
const LEADING_EMOJI = /^(?:\p{Extended_Pictographic}|\p{Emoji_Component}|\u200d|\ufe0f)+\s*/u;

/** `🐛 Debugging` -> `Debugging`: the part of a category that identifies it. */
export function categoryName(category: string): string {
  return category.replace(LEADING_EMOJI, '').trim() || category.trim();
}

/** Identity of a category: `🐛 Debugging`, `debugging` and `Debugging` are one category. */
export function categoryKey(category: string): string {
  return tagKey(categoryName(category));
}

/** URL segment of a category key. */
export function categorySlug(key: string): string {
  return tagSlug(key);
}

/**
 * Assign each key a URL segment, unique even when two keys slug alike (`ci-cd` and `ci/cd`): the
 * first key in sorted order keeps the plain slug, later ones get `-2`, `-3`. Deterministic.
 */
export function uniqueSlugs(keys: Iterable<string>, slugOf: (key: string) => string): Map<string, string> {
  const result = new Map<string, string>();
  const taken = new Set<string>();
  for (const key of [...new Set(keys)].sort()) {
    const base = slugOf(key);
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    result.set(key, slug);
  }
  return result;
}

/** `{ pytorch: [torch, PyTorch] }` -> alias key -> canonical tag. */
export function aliasMap(aliases: Record<string, string[]>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [canonical, names] of Object.entries(aliases)) {
    for (const name of names) map.set(tagKey(name), canonical);
  }
  return map;
}

/** A tag as written, folded into its canonical form when it is an alias. */
export function canonicalTag(tag: string, aliases: Map<string, string>): string {
  return aliases.get(tagKey(tag)) ?? tag.trim();
}
