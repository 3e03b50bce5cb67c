import { editDistance } from '../lib/edit-distance.ts';

/** Case and `-`/`_`/space removed: `Mixed_Precision`, `mixed-precision` and `mixedprecision` are one key. */
function looseKey(tag: string): string {
  return tag.toLowerCase().replace(/[-_ ]+/g, '');
}

/**
 * How close `tag` is to an existing tag, or undefined when it is not a likely typo of it: the same
 * loose key (case, `-`, `_`, space) counts as 0, else the edit distance (a swap of neighbours is one
 * edit) of the lowercased tags when
 * at most 2 and shorter than both tags (so `ml` is never "corrected" to `ci`).
 */
export function tagCloseness(tag: string, existing: string): number | undefined {
  if (looseKey(tag) === looseKey(existing)) return 0;
  const distance = editDistance(tag.toLowerCase(), existing.toLowerCase());
  const shorter = Math.min([...tag].length, [...existing].length);
  return distance <= 2 && distance < shorter ? distance : undefined;
}

/** A given tag the wiki does not use yet, and the existing tag it probably meant. */
export interface TagSuggestion {
  tag: string;
  suggestion: string;
}

/**
 * For each given tag not used anywhere in the wiki, the closest existing tag, if one is close:
 * smallest closeness, then the most used, then alphabetical. Input order is kept.
 */
export function suggestTags(given: string[], existingTags: string[]): TagSuggestion[] {
  const uses = new Map<string, number>();
  for (const tag of existingTags) uses.set(tag, (uses.get(tag) ?? 0) + 1);
  const used = (tag: string) => uses.get(tag) ?? 0;
  const out: TagSuggestion[] = [];
  for (const tag of given) {
    if (uses.has(tag)) continue;
    const [best] = [...uses.keys()]
      .map((candidate) => ({ candidate, closeness: tagCloseness(tag, candidate) }))
      .filter((c): c is { candidate: string; closeness: number } => c.closeness !== undefined)
      .sort((a, b) => a.closeness - b.closeness || used(b.candidate) - used(a.candidate) || (a.candidate < b.candidate ? -1 : 1));
    if (best) out.push({ tag, suggestion: best.candidate });
  }
  return out;
}
