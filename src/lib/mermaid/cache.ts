/**
 * Rendered diagrams on disk, one small JSON file per (source, theme, renderer) hash, so a rebuild
 * whose diagrams did not change starts no browser. Entries never go stale: any change to what goes
 * into a render changes the key. Writes are atomic (temp file + rename), so concurrent builds and
 * a build killed mid-write never leave a half-written entry. Each entry carries the sha256 of its
 * key and content: an entry edited by hand, copied under another key or damaged on disk does not
 * match it and is rendered again instead of published.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DiagramTheme } from './render-config.ts';

/** A cached render: the canonical SVG, or Mermaid's error message for a diagram it rejects. */
export type CachedRender = { ok: true; svg: string } | { ok: false; message: string };

/** `$LABBOOK_MERMAID_CACHE`, else `node_modules/.cache/labbook/mermaid/` under `cwd`. */
export function mermaidCacheDir(env: Record<string, string | undefined>, cwd: string): string {
  const fromEnv = env.LABBOOK_MERMAID_CACHE?.trim();
  return fromEnv ? resolve(cwd, fromEnv) : join(cwd, 'node_modules/.cache/labbook/mermaid');
}

/** sha256 of everything that decides the output: the source, the theme, and the renderer's fingerprint. */
export function renderKey(source: string, theme: DiagramTheme, fingerprint: string): string {
  return createHash('sha256').update(JSON.stringify([fingerprint, theme, source])).digest('hex');
}

/** The checksum stored with an entry: binds its content to its key. */
function checksum(key: string, entry: CachedRender): string {
  return createHash('sha256').update(JSON.stringify([key, entry.ok, entry.ok ? entry.svg : entry.message])).digest('hex');
}

/** The disk cache in `dir`; created on first write. */
export function diskCache(dir: string) {
  const path = (key: string) => join(dir, key.slice(0, 2), `${key}.json`);
  return {
    /** The entry for `key`, or undefined when there is none, it cannot be read or its checksum does not match. */
    get(key: string): CachedRender | undefined {
      try {
        const stored = JSON.parse(readFileSync(path(key), 'utf8')) as CachedRender & { sha256?: unknown };
        const entry: CachedRender | undefined =
          stored.ok === true && typeof stored.svg === 'string'
            ? { ok: true, svg: stored.svg }
            : stored.ok === false && typeof stored.message === 'string'
              ? { ok: false, message: stored.message }
              : undefined;
        return entry && stored.sha256 === checksum(key, entry) ? entry : undefined;
      } catch {
        return undefined;
      }
    },
    /** Store `entry` under `key`. A cache that cannot be written only costs speed, so errors are ignored. */
    set(key: string, entry: CachedRender): void {
      const file = path(key);
      const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      try {
        mkdirSync(join(dir, key.slice(0, 2)), { recursive: true });
        writeFileSync(temp, JSON.stringify({ ...entry, sha256: checksum(key, entry) }));
        renameSync(temp, file);
      } catch {
        // Read-only or full disk: the next build renders again.
      }
    },
  };
}

export type DiskCache = ReturnType<typeof diskCache>;
