import { describe, expect, it } from 'vitest';
import { canonicalText, isEntry, stableDigest } from '../../../../src/lib/incremental/stable-digest.ts';

const entry = (id: string, digest: string, rendered = '<p>big</p>') => ({ id, collection: 'til', data: { title: id }, digest, rendered: { html: rendered } });

describe('stableDigest', () => {
  it('does not depend on the order of object keys', () => {
    expect(stableDigest({ a: 1, b: [1, 2] })).toBe(stableDigest({ b: [1, 2], a: 1 }));
  });

  it('sees what JSON.stringify would hide: Map and Set contents, undefined, dates, NaN', () => {
    expect(stableDigest(new Map([['a', 1]]))).not.toBe(stableDigest(new Map([['a', 2]])));
    expect(stableDigest(new Set(['x']))).not.toBe(stableDigest(new Set(['y'])));
    expect(stableDigest({ a: undefined })).not.toBe(stableDigest({}));
    expect(stableDigest(new Date('2026-11-01'))).not.toBe(stableDigest(new Date('2026-11-02')));
    expect(stableDigest(Number.NaN)).not.toBe(stableDigest(null));
    expect(stableDigest([1, 2])).not.toBe(stableDigest([2, 1]));
  });

  it('describes content entries through the callback, not by their rendered HTML', () => {
    const byDigest = (e: { digest?: string }) => e.digest;
    expect(stableDigest({ til: entry('a', 'd1', '<p>x</p>') }, byDigest)).toBe(stableDigest({ til: entry('a', 'd1', '<p>y</p>') }, byDigest));
    expect(stableDigest({ til: entry('a', 'd1') }, byDigest)).not.toBe(stableDigest({ til: entry('a', 'd2') }, byDigest));
  });

  it('finds entries nested anywhere in the props', () => {
    const seen: string[] = [];
    canonicalText({ tag: 'x', tils: [{ slug: 'a', entry: entry('a', '1') }, { slug: 'b', entry: entry('b', '2') }] }, (e) => (seen.push(e.id), e.digest));
    expect(seen).toEqual(['a', 'b']);
  });

  it('walks a description that looks like an entry itself as plain data', () => {
    const frontMatter = (e: { id: string; collection: string; data: unknown }) => ({ id: e.id, collection: e.collection, data: e.data });
    expect(canonicalText([entry('a', '1')], frontMatter)).toContain('"title":"a"');
  });

  it('accepts one object shared by many lists, and refuses a cycle or a function', () => {
    const shared = { slug: 'a' };
    expect(() => stableDigest({ x: [shared], y: [shared] })).not.toThrow();
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => stableDigest(cyclic)).toThrow(/cycle at \.self/);
    expect(() => stableDigest({ catalog: { latestUrl: () => '/' } })).toThrow(/function at \.catalog\.latestUrl/);
  });

  it('recognises Astro content entries', () => {
    expect(isEntry(entry('a', '1'))).toBe(true);
    expect(isEntry({ id: 'a', data: {} })).toBe(false);
    expect(isEntry(null)).toBe(false);
  });
});
