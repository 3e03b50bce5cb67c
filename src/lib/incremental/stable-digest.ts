import { createHash } from 'node:crypto';

/** A content collection entry as pages receive it: keyed by what identifies it, not by its rendered HTML. */
export interface EntryLike {
  id: string;
  collection: string;
  data: unknown;
  digest?: string;
  body?: string;
  filePath?: string;
}

/** Is this value an Astro content entry (`getCollection` result)? */
export function isEntry(value: unknown): value is EntryLike {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && typeof v.collection === 'string' && 'data' in v;
}

/**
 * A canonical text of `value` for hashing: objects with sorted keys, Maps and Sets with their
 * contents (JSON.stringify would write `{}` and so hide a change), dates as ISO text. Content
 * entries become what `entry` returns for them (their rendered HTML is large and its digest says
 * the same). A function or symbol throws: a page cache key must see every input of the page, and
 * a value it cannot see would make a stale page look fresh.
 */
export function canonicalText(value: unknown, entry: (e: EntryLike) => unknown = (e) => e): string {
  const seen = new Set<object>();
  const walk = (v: unknown, path: string, asPlain = false): unknown => {
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
    if (v === undefined) return { $: 'undefined' };
    if (typeof v === 'number') return Number.isFinite(v) ? v : { $: 'number', v: String(v) };
    if (typeof v === 'bigint') return { $: 'bigint', v: v.toString() };
    if (typeof v !== 'object') throw new TypeError(`cache key: cannot describe the ${typeof v} at ${path || 'the top'}`);
    if (v instanceof Date) return { $: 'date', v: Number.isNaN(v.getTime()) ? 'invalid' : v.toISOString() };
    if (v instanceof URL) return { $: 'url', v: v.href };
    if (v instanceof RegExp) return { $: 'regexp', v: String(v) };
    // Shared objects (one TIL in many tag lists) are fine; only a cycle is refused.
    if (seen.has(v)) throw new TypeError(`cache key: a cycle at ${path}`);
    seen.add(v);
    try {
      if (!asPlain && isEntry(v)) {
        const described = entry(v);
        seen.delete(v);
        // The description may itself look like an entry (same fields): it is walked as a plain object.
        return { $: 'entry', v: walk(described, `${path}<entry>`, true) };
      }
      if (Array.isArray(v)) return v.map((item, i) => walk(item, `${path}[${i}]`));
      if (v instanceof Map) return { $: 'map', v: [...v].map(([k, item], i) => [walk(k, `${path}<key ${i}>`), walk(item, `${path}<${i}>`)]) };
      if (v instanceof Set) return { $: 'set', v: [...v].map((item, i) => walk(item, `${path}<${i}>`)) };
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(v).sort()) out[key] = walk((v as Record<string, unknown>)[key], `${path}.${key}`);
      return out;
    } finally {
      seen.delete(v);
    }
  };
  return JSON.stringify(walk(value, ''));
}

/** sha256 (hex) of the canonical text of `value`. */
export function stableDigest(value: unknown, entry?: (e: EntryLike) => unknown): string {
  return createHash('sha256').update(canonicalText(value, entry)).digest('hex');
}
