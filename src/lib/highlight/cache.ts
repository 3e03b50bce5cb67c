import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** A cached highlighted block: a hast `pre` element (kept loose: only its shape is checked). */
export interface CachedPre {
  type: 'element';
  tagName: 'pre';
  children: unknown[];
  [key: string]: unknown;
}

/** Memory and disk cache of highlighted code blocks, by key (see key.ts). */
export interface HighlightCache {
  /** A fresh copy of the cached block, or `undefined` on a miss or a corrupt entry. */
  get(key: string): CachedPre | undefined;
  /** Store a block in memory and (if there is a folder) on disk, atomically. */
  set(key: string, pre: CachedPre): void;
  /** Hits and misses so far, for the benchmark and tests. */
  readonly stats: { hits: number; misses: number; diskHits: number };
}

export interface CacheOptions {
  /** Folder for one JSON file per block; `undefined` keeps the cache in memory only. */
  dir?: string;
  /** Memory budget in UTF-16 code units of serialized blocks; the oldest go first. Default 32 Mi. */
  maxMemory?: number;
  /** Told once about a disk error (read-only folder, full disk). The build goes on without the disk. */
  onDiskError?: (error: unknown) => void;
}

const FORMAT = 1;
const KEY = /^[0-9a-f]{64}$/;

/** Parses a stored entry; anything unexpected (truncated file, other format, other key) is a miss. */
function parseEntry(text: string, key: string): CachedPre | undefined {
  try {
    const entry = JSON.parse(text) as { format?: unknown; key?: unknown; pre?: Partial<CachedPre> };
    const pre = entry?.pre;
    if (entry.format !== FORMAT || entry.key !== key || pre?.type !== 'element' || pre.tagName !== 'pre' || !Array.isArray(pre.children)) return undefined;
    return pre as CachedPre;
  } catch {
    return undefined;
  }
}

/**
 * The highlight cache. Memory holds serialized entries (a string is a fraction of the size of the
 * node objects, and parsing hands every caller its own copy to change). On disk, one file per key
 * in a two-letter shard, written to a temp name and renamed, so a reader never sees half a file and
 * two builds writing the same key both leave a whole one.
 */
export function createHighlightCache(options: CacheOptions = {}): HighlightCache {
  const memory = new Map<string, string>();
  const maxMemory = options.maxMemory ?? 32 * 1024 * 1024;
  let used = 0;
  let diskBroken = false;
  let tempCounter = 0;
  const stats = { hits: 0, misses: 0, diskHits: 0 };
  const fileOf = (key: string) => join(options.dir as string, key.slice(0, 2), `${key}.json`);

  const remember = (key: string, text: string) => {
    if (memory.has(key) || text.length > maxMemory) return;
    memory.set(key, text);
    used += text.length;
    // Map iterates in insertion order: drop the oldest entries until the new one fits.
    for (const [old, value] of memory) {
      if (used <= maxMemory) break;
      memory.delete(old);
      used -= value.length;
    }
  };
  const diskError = (error: unknown) => {
    if (!diskBroken) options.onDiskError?.(error);
    diskBroken = true;
  };

  return {
    stats,
    get(key) {
      if (!KEY.test(key)) return undefined;
      const inMemory = memory.get(key);
      if (inMemory !== undefined) {
        stats.hits++;
        return parseEntry(inMemory, key);
      }
      if (options.dir && !diskBroken) {
        let text: string | undefined;
        try {
          text = readFileSync(fileOf(key), 'utf8');
        } catch {
          // No file: an ordinary miss.
        }
        const pre = text === undefined ? undefined : parseEntry(text, key);
        if (pre && text !== undefined) {
          stats.hits++;
          stats.diskHits++;
          remember(key, text);
          return pre;
        }
      }
      stats.misses++;
      return undefined;
    },
    set(key, pre) {
      if (!KEY.test(key)) throw new Error(`highlight cache: not a sha256 key: ${key}`);
      const text = JSON.stringify({ format: FORMAT, key, pre });
      remember(key, text);
      if (!options.dir || diskBroken) return;
      const file = fileOf(key);
      const temp = `${file}.${process.pid}-${++tempCounter}.tmp`;
      try {
        mkdirSync(join(options.dir, key.slice(0, 2)), { recursive: true });
        writeFileSync(temp, text);
        renameSync(temp, file);
      } catch (error) {
        try {
          rmSync(temp, { force: true });
        } catch {
          // The folder itself is unusable: nothing was written.
        }
        diskError(error);
      }
    },
  };
}

/**
 * Where the highlight cache lives: `$LABBOOK_HIGHLIGHT_CACHE`; else `highlight/` beside the
 * `$LABBOOK_CACHE` folder, so a build with isolated caches (tests, bench) stays isolated; else
 * `node_modules/.cache/labbook/highlight/` (kept between builds, and by CI's build cache).
 */
export function resolveHighlightCacheDir(env: Record<string, string | undefined>, cwd: string): string {
  const own = env.LABBOOK_HIGHLIGHT_CACHE?.trim();
  if (own) return resolve(cwd, own);
  const astroCache = env.LABBOOK_CACHE?.trim();
  if (astroCache) return resolve(cwd, astroCache, '..', 'highlight');
  return resolve(cwd, 'node_modules/.cache/labbook/highlight');
}
