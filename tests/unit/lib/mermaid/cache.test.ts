import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diskCache, mermaidCacheDir, renderKey } from '../../../../src/lib/mermaid/cache.ts';

describe('mermaidCacheDir', () => {
  it('defaults to node_modules/.cache/labbook/mermaid under the working directory', () => {
    expect(mermaidCacheDir({}, '/repo')).toBe('/repo/node_modules/.cache/labbook/mermaid');
  });

  it('follows LABBOOK_MERMAID_CACHE, relative to the working directory', () => {
    expect(mermaidCacheDir({ LABBOOK_MERMAID_CACHE: 'tmp/m' }, '/repo')).toBe('/repo/tmp/m');
    expect(mermaidCacheDir({ LABBOOK_MERMAID_CACHE: '/abs' }, '/repo')).toBe('/abs');
  });
});

describe('renderKey', () => {
  it('changes with the source, the theme and the renderer, and only with them', () => {
    const key = renderKey('graph TD\n A-->B', 'light', 'v1');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(renderKey('graph TD\n A-->B', 'light', 'v1')).toBe(key);
    expect(new Set([key, renderKey('graph TD\n A-->C', 'light', 'v1'), renderKey('graph TD\n A-->B', 'dark', 'v1'), renderKey('graph TD\n A-->B', 'light', 'v2')]).size).toBe(4);
  });
});

describe('diskCache', () => {
  const key = 'ab'.repeat(32);

  it('stores SVG and errors and reads them back', () => {
    const cache = diskCache(mkdtempSync(join(tmpdir(), 'mermaid-cache-')));
    expect(cache.get(key)).toBeUndefined();
    cache.set(key, { ok: true, svg: '<svg/>' });
    expect(cache.get(key)).toEqual({ ok: true, svg: '<svg/>' });
    cache.set(key, { ok: false, message: 'does not parse' });
    expect(cache.get(key)).toEqual({ ok: false, message: 'does not parse' });
  });

  it('writes atomically, leaving no temporary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mermaid-cache-'));
    diskCache(dir).set(key, { ok: true, svg: '<svg/>' });
    expect(readdirSync(join(dir, 'ab'))).toEqual([`${key}.json`]);
  });

  it('treats an unreadable entry as missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mermaid-cache-'));
    const cache = diskCache(dir);
    cache.set(key, { ok: true, svg: '<svg/>' });
    writeFileSync(join(dir, 'ab', `${key}.json`), '{"ok": tru');
    expect(cache.get(key)).toBeUndefined();
    writeFileSync(join(dir, 'ab', `${key}.json`), '{"ok": true}');
    expect(cache.get(key)).toBeUndefined();
  });

  it('renders again an entry edited by hand or copied under another key, instead of publishing it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mermaid-cache-'));
    const cache = diskCache(dir);
    cache.set(key, { ok: true, svg: '<svg><text>A</text></svg>' });
    const file = join(dir, 'ab', `${key}.json`);
    writeFileSync(file, readFileSync(file, 'utf8').replace('<text>A</text>', '<foreignObject><a href="https://evil.example">A</a></foreignObject>'));
    expect(cache.get(key)).toBeUndefined();
    cache.set(key, { ok: false, message: 'does not parse' });
    writeFileSync(file, readFileSync(file, 'utf8').replace('does not parse', 'is fine'));
    expect(cache.get(key)).toBeUndefined();
    // A genuine entry moved to another diagram's key.
    const other = 'cd'.repeat(32);
    cache.set(key, { ok: true, svg: '<svg/>' });
    mkdirSync(join(dir, 'cd'));
    cpSync(file, join(dir, 'cd', `${other}.json`));
    expect(cache.get(other)).toBeUndefined();
    expect(cache.get(key)).toEqual({ ok: true, svg: '<svg/>' });
  });

  it('shrugs off a cache folder it cannot write', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'mermaid-cache-')), 'a-file');
    writeFileSync(file, '');
    expect(() => diskCache(file).set(key, { ok: true, svg: '<svg/>' })).not.toThrow();
  });
});
