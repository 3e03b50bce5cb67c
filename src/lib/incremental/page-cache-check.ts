import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Astro's incremental build copies a cached page (`<cacheDir>/dist/<file>`) into the site whenever
 * the page's key and code are unchanged, without looking at the copy: a page edited by hand in the
 * cache would be published. So after each build the hash of every cached file is recorded beside
 * the cache, and before the next one every cached file is checked against it; a file that differs,
 * or that no finished build recorded, is deleted, and Astro, finding no copy, renders the page again.
 *
 * The record sits in the same folder, so this catches hand edits, half-written caches and caches
 * from elsewhere, not someone who rewrites both: a cache must come from builds you trust (README,
 * "Trust model").
 */

/** Where Astro keeps its copies of built pages, inside `cacheDir` (astro/dist/core/build/incremental.js). */
export const CACHED_PAGES_DIR = 'dist';
/** The record of their hashes, inside `cacheDir`. */
export const PAGE_HASHES_FILE = 'labbook-page-hashes.json';
const RECORD_VERSION = 1;

interface PageHashes {
  version: number;
  /** sha256 (hex) of each cached file, by its path below `dist/` with forward slashes. */
  files: Record<string, string>;
}

/** What the check found, and the files it verified (so recording them again needs no second read). */
export interface PageCacheCheck {
  /** Cached files whose content is not what was recorded: deleted, to be rendered again. */
  mismatched: string[];
  /** Cached files no finished build recorded (an older cache, a build that stopped): deleted too. */
  unrecorded: string[];
  /** Files that passed, with their hash and what they looked like on disk when checked. */
  verified: Map<string, { hash: string; stamp: string }>;
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Size, modification time and inode: a file rewritten since it was hashed looks different. */
function stampOf(file: string): string {
  const stat = statSync(file, { bigint: true });
  return `${stat.size}:${stat.mtimeNs}:${stat.ino}`;
}

/** Every file below `dir`, as paths relative to it with forward slashes. */
function filesBelow(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

function readRecord(cacheDir: string): PageHashes['files'] {
  try {
    const record = JSON.parse(readFileSync(join(cacheDir, PAGE_HASHES_FILE), 'utf8')) as Partial<PageHashes>;
    return record.version === RECORD_VERSION && record.files && typeof record.files === 'object' ? record.files : {};
  } catch {
    return {};
  }
}

/** Check every cached page against the record; delete those that do not match it (run before a build). */
export function dropUnverifiedPages(cacheDir: string): PageCacheCheck {
  const pagesDir = join(cacheDir, CACHED_PAGES_DIR);
  const recorded = readRecord(cacheDir);
  const check: PageCacheCheck = { mismatched: [], unrecorded: [], verified: new Map() };
  for (const path of filesBelow(pagesDir)) {
    const file = join(pagesDir, path);
    const expected = recorded[path];
    const stamp = stampOf(file);
    const hash = sha256(file);
    if (expected === hash) {
      check.verified.set(path, { hash, stamp });
      continue;
    }
    (expected === undefined ? check.unrecorded : check.mismatched).push(path);
    rmSync(file, { force: true });
  }
  return check;
}

/**
 * Record the hash of every cached page (run after a build finished). Files unchanged since they were
 * verified keep their hash; the rest were written by this build and are hashed now.
 */
export function recordPageHashes(cacheDir: string, verified: PageCacheCheck['verified'] = new Map()): number {
  const pagesDir = join(cacheDir, CACHED_PAGES_DIR);
  const files: PageHashes['files'] = {};
  for (const path of filesBelow(pagesDir)) {
    const file = join(pagesDir, path);
    const known = verified.get(path);
    files[path] = known && known.stamp === stampOf(file) ? known.hash : sha256(file);
  }
  const record: PageHashes = { version: RECORD_VERSION, files };
  const target = join(cacheDir, PAGE_HASHES_FILE);
  writeFileSync(`${target}.tmp`, JSON.stringify(record));
  renameSync(`${target}.tmp`, target);
  return Object.keys(files).length;
}
