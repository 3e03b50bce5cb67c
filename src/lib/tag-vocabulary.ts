import { editDistance } from './edit-distance.ts';
import { tagKey } from './taxonomy.ts';
import { tagsOf } from './term-index.ts';

/** A tag that looks like a typo of another: used once, one edit away. */
export interface SuspectTag {
  tag: string;
  /** The tag it is probably meant to be. */
  near: string;
  file: string;
  line?: number;
}

/** Shorter tags are too often one letter apart on purpose (`c`/`r`, `jax`/`jit`). */
const MIN_LENGTH = 4;

/**
 * Tags used by exactly one note that are one edit (insert, delete, replace or swap) from another
 * tag. Of two such singletons, only the later in sort order is reported, so a pair warns once.
 */
export function suspectTags(tils: { file: string; line?: number; tags: string[] }[], aliases: Record<string, string[]> = {}): SuspectTag[] {
  const uses = new Map<string, { name: string; count: number; file: string; line?: number }>();
  for (const til of tils) {
    for (const tag of tagsOf(til, aliases)) {
      const key = tagKey(tag);
      const entry = uses.get(key);
      if (entry) entry.count++;
      else uses.set(key, { name: tag, count: 1, file: til.file, line: til.line });
    }
  }
  const keys = [...uses.keys()].sort();
  const found: SuspectTag[] = [];
  for (const key of keys) {
    const use = uses.get(key);
    if (!use || use.count !== 1 || key.length < MIN_LENGTH) continue;
    const near = keys.find((other) => {
      const otherUse = uses.get(other);
      if (other === key || !otherUse || other.length < MIN_LENGTH) return false;
      if (otherUse.count === 1 && other > key) return false;
      return editDistance(key, other, 1) <= 1;
    });
    if (near) found.push({ tag: use.name, near: uses.get(near)?.name ?? near, file: use.file, line: use.line });
  }
  return found;
}
