import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { deferStoreWrites } from '../../../src/loaders/deferred-store.ts';

type Store = LoaderContext['store'];
type Entry = NonNullable<ReturnType<Store['get']>>;

/** A stand-in for Astro's scoped store that records every write reaching it. */
function fakeStore(initial: Entry[] = []) {
  const map = new Map(initial.map((e) => [e.id, e]));
  const writes: string[] = [];
  const store = {
    get: (key: string) => map.get(key),
    has: (key: string) => map.has(key),
    keys: () => [...map.keys()],
    values: () => [...map.values()],
    entries: () => [...map.entries()],
    set: (entry: Entry) => {
      if (entry.digest && map.get(entry.id)?.digest === entry.digest) return false;
      writes.push(entry.id);
      map.set(entry.id, entry);
      return true;
    },
    delete: (key: string) => void map.delete(key),
    clear: () => map.clear(),
    addModuleImport: () => {},
  } as unknown as Store;
  return { store, map, writes };
}
const entry = (id: string, digest: string): Entry => ({ id, data: { title: id }, digest });

describe('deferStoreWrites', () => {
  it('holds writes until flush, then hands them over in order', () => {
    const real = fakeStore();
    const { store, flush } = deferStoreWrites(real.store);
    expect(store.set(entry('a', '1'))).toBe(true);
    expect(store.set(entry('b', '1'))).toBe(true);
    expect(real.writes).toEqual([]);
    flush();
    expect(real.writes).toEqual(['a', 'b']);
    expect(real.map.get('b')?.data).toEqual({ title: 'b' });
  });

  it('reads see held entries: get, has, keys, entries, values', () => {
    const real = fakeStore([entry('old', '1')]);
    const { store } = deferStoreWrites(real.store);
    store.set(entry('new', '1'));
    expect(store.get('new')?.id).toBe('new');
    expect(store.has('new')).toBe(true);
    expect(store.keys()).toEqual(['old', 'new']);
    expect(store.entries().map(([id]) => id)).toEqual(['old', 'new']);
    expect(store.values().map((e) => e.id)).toEqual(['old', 'new']);
  });

  it('an unchanged digest is no change, held or stored', () => {
    const real = fakeStore([entry('a', '1')]);
    const { store, flush } = deferStoreWrites(real.store);
    expect(store.set(entry('a', '1'))).toBe(false);
    expect(store.set(entry('b', '1'))).toBe(true);
    expect(store.set(entry('b', '1'))).toBe(false);
    expect(store.set(entry('b', '2'))).toBe(true);
    flush();
    expect(real.writes).toEqual(['b']);
    expect(real.map.get('b')?.digest).toBe('2');
  });

  it('a delete removes held and stored entries alike', () => {
    const real = fakeStore([entry('a', '1')]);
    const { store, flush } = deferStoreWrites(real.store);
    store.set(entry('b', '1'));
    store.delete('a');
    store.delete('b');
    flush();
    expect(real.map.size).toBe(0);
    expect(real.writes).toEqual([]);
  });

  it('writes through after the flush (the dev server keeps the store)', () => {
    const real = fakeStore();
    const { store, flush } = deferStoreWrites(real.store);
    flush();
    store.set(entry('a', '1'));
    expect(real.writes).toEqual(['a']);
  });
});
