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
 * The tag reported as `near` is the first such tag in sort order.
 */
export function suspectTags(
  tils: { file: string; line?: number; tags: string[] }[],
  aliases: Record<string, string[]> = {},
): SuspectTag[] {
  const uses = new Map<string, { name: string; count: number; file: string; line?: number }>();
  for (const til of tils) {
    for (const tag of tagsOf(til, aliases)) {
      const key = tagKey(tag);
      const entry = uses.get(key);
      if (entry) entry.count++;
      else uses.set(key, { name: tag, count: 1, file: til.file, line: til.line });
    }
  }
  const keys = [...uses.keys()].filter((key) => key.length >= MIN_LENGTH).sort();
  const variants = keys.map(deletionVariants);
  // Two keys one edit apart always share a variant (see deletionVariants), so only keys in a shared
  // bucket are compared: linear in the number of tags instead of every pair.
  const buckets = new Map<number, number[]>();
  variants.forEach((hashes, index) => {
    for (const hash of hashes) {
      const bucket = buckets.get(hash);
      if (bucket) bucket.push(index); // indexes arrive in sort order, so each bucket stays sorted
      else buckets.set(hash, [index]);
    }
  });
  const found: SuspectTag[] = [];
  keys.forEach((key, index) => {
    const use = uses.get(key);
    if (!use || use.count !== 1) return;
    let best = Number.POSITIVE_INFINITY;
    for (const hash of variants[index] ?? []) {
      for (const other of buckets.get(hash) ?? []) {
        if (other >= best) break;
        const otherKey = keys[other] ?? '';
        if (other === index || (uses.get(otherKey)?.count === 1 && other > index)) continue;
        if (editDistance(key, otherKey, 1) <= 1) {
          best = other;
          break;
        }
      }
    }
    const near = keys[best];
    if (near !== undefined) found.push({ tag: use.name, near: uses.get(near)?.name ?? near, file: use.file, line: use.line });
  });
  return found;
}

// Two hashes modulo primes below 2^26: every product stays below 2^53, so doubles compute them exactly.
const P1 = 67_108_859;
const P2 = 67_108_837;
const BASE = 1_114_112; // one more than the largest code point

/**
 * Hashes of a key and of every string it gives with one character (code point) deleted: the
 * "symmetric delete" neighbourhood. Keys one insertion, deletion, replacement or swap apart share
 * one of these (a swap at i, i+1: delete position i in one key and i+1 in the other). A shared hash
 * is only a candidate, confirmed by editDistance, so a hash collision costs one extra check.
 * Rolling hashes make this linear in the key's length, however long the tag.
 */
function deletionVariants(key: string): Set<number> {
  const points = Array.from(key, (char) => char.codePointAt(0) ?? 0);
  const n = points.length;
  const out = new Set<number>();
  const pre1 = [0];
  const pre2 = [0];
  const pow1 = [1];
  const pow2 = [1];
  for (let i = 0; i < n; i++) {
    const point = points[i] ?? 0;
    pre1.push(((pre1[i] ?? 0) * BASE + point) % P1);
    pre2.push(((pre2[i] ?? 0) * BASE + point) % P2);
    pow1.push(((pow1[i] ?? 1) * BASE) % P1);
    pow2.push(((pow2[i] ?? 1) * BASE) % P2);
  }
  // Suffix hashes from the end, combined with prefixes: prefix[i] * BASE^(n-1-i) + suffix[i+1].
  let suf1 = 0;
  let suf2 = 0;
  out.add(combine(pre1[n] ?? 0, pre2[n] ?? 0));
  for (let i = n - 1; i >= 0; i--) {
    const tail = n - 1 - i;
    out.add(combine((((pre1[i] ?? 0) * (pow1[tail] ?? 1)) % P1 + suf1) % P1, (((pre2[i] ?? 0) * (pow2[tail] ?? 1)) % P2 + suf2) % P2));
    const point = points[i] ?? 0;
    suf1 = (point * (pow1[tail] ?? 1) + suf1) % P1;
    suf2 = (point * (pow2[tail] ?? 1) + suf2) % P2;
  }
  return out;
}

function combine(h1: number, h2: number): number {
  return h1 * 2 ** 26 + h2;
}
