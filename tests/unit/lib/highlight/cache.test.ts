import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHighlightCache, resolveHighlightCacheDir, type CachedPre } from '../../../../src/lib/highlight/cache.ts';

const KEY = 'a'.repeat(64);
const OTHER = 'b'.repeat(64);
const pre = (text: string): CachedPre => ({
  type: 'element',
  tagName: 'pre',
  properties: { className: ['astro-code'] },
  children: [{ type: 'element', tagName: 'code', properties: {}, children: [{ type: 'text', value: text }] }],
});
const tempDir = () => mkdtempSync(join(tmpdir(), 'labbook-highlight-'));
const fileOf = (dir: string, key: string) => join(dir, key.slice(0, 2), `${key}.json`);

describe('createHighlightCache', () => {
  it('misses, then hits in memory with an equal but separate copy', () => {
    const cache = createHighlightCache();
    expect(cache.get(KEY)).toBeUndefined();
    cache.set(KEY, pre('x'));
    const first = cache.get(KEY);
    expect(first).toEqual(pre('x'));
    (first as CachedPre).children.length = 0;
    expect(cache.get(KEY)).toEqual(pre('x'));
    expect(cache.stats).toEqual({ hits: 2, misses: 1, diskHits: 0 });
  });

  it('a new cache over the same folder hits on disk (a later build)', () => {
    const dir = tempDir();
    createHighlightCache({ dir }).set(KEY, pre('x'));
    const later = createHighlightCache({ dir });
    expect(later.get(KEY)).toEqual(pre('x'));
    expect(later.get(OTHER)).toBeUndefined();
    expect(later.stats).toEqual({ hits: 1, misses: 1, diskHits: 1 });
  });

  it('writes atomically: one whole file per key, no temp file left behind', () => {
    const dir = tempDir();
    const cache = createHighlightCache({ dir });
    cache.set(KEY, pre('x'));
    cache.set(KEY, pre('x'));
    expect(readdirSync(join(dir, 'aa'))).toEqual([`${KEY}.json`]);
    expect(JSON.parse(readFileSync(fileOf(dir, KEY), 'utf8'))).toEqual({ format: 1, key: KEY, pre: pre('x') });
  });

  it.each([
    ['truncated JSON', (text: string) => text.slice(0, text.length - 5)],
    ['empty file', () => ''],
    ['another key inside', (text: string) => text.replace(KEY, OTHER)],
    ['not a pre', (text: string) => text.replace('"tagName":"pre"', '"tagName":"div"')],
    ['another format', (text: string) => text.replace('"format":1', '"format":99')],
  ])('ignores a corrupt entry (%s) and replaces it on the next write', (_what, corrupt) => {
    const dir = tempDir();
    createHighlightCache({ dir }).set(KEY, pre('x'));
    writeFileSync(fileOf(dir, KEY), corrupt(readFileSync(fileOf(dir, KEY), 'utf8')));
    const cache = createHighlightCache({ dir });
    expect(cache.get(KEY)).toBeUndefined();
    cache.set(KEY, pre('y'));
    expect(createHighlightCache({ dir }).get(KEY)).toEqual(pre('y'));
  });

  it('keeps within its memory budget by dropping the oldest entries', () => {
    const cache = createHighlightCache({ maxMemory: 600 });
    cache.set(KEY, pre('x'.repeat(100)));
    cache.set(OTHER, pre('y'.repeat(100)));
    expect(cache.get(KEY)).toBeUndefined();
    expect(cache.get(OTHER)).toEqual(pre('y'.repeat(100)));
  });

  it('goes on in memory when the folder cannot be written, and says so once', () => {
    const dir = tempDir();
    // A file where the shard folder should be: every write fails.
    writeFileSync(join(dir, 'aa'), 'not a folder');
    writeFileSync(join(dir, 'bb'), 'not a folder');
    const errors: unknown[] = [];
    const cache = createHighlightCache({ dir, onDiskError: (error) => errors.push(error) });
    cache.set(KEY, pre('x'));
    cache.set(OTHER, pre('y'));
    expect(cache.get(KEY)).toEqual(pre('x'));
    expect(errors).toHaveLength(1);
  });

  it('rejects a key that is not a sha256 digest (it names a file)', () => {
    const dir = tempDir();
    mkdirSync(join(dir, '..'), { recursive: true });
    expect(() => createHighlightCache({ dir }).set('../../etc', pre('x'))).toThrow(/sha256/);
    expect(createHighlightCache({ dir }).get('../../etc')).toBeUndefined();
  });
});

describe('resolveHighlightCacheDir', () => {
  it.each<[Record<string, string>, string]>([
    [{ LABBOOK_HIGHLIGHT_CACHE: '/tmp/hl' }, '/tmp/hl'],
    [{ LABBOOK_HIGHLIGHT_CACHE: 'rel/hl', LABBOOK_CACHE: '/tmp/c/astro' }, '/site/rel/hl'],
    [{ LABBOOK_CACHE: '/tmp/c/astro/' }, '/tmp/c/highlight'],
    [{ LABBOOK_HIGHLIGHT_CACHE: '  ' }, '/site/node_modules/.cache/labbook/highlight'],
    [{}, '/site/node_modules/.cache/labbook/highlight'],
  ])('%j -> %s', (env, expected) => {
    expect(resolveHighlightCacheDir(env, '/site')).toBe(expected);
  });
});
