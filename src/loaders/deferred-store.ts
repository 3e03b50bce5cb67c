import type { LoaderContext } from 'astro/loaders';

type Store = LoaderContext['store'];
type DataEntry = NonNullable<ReturnType<Store['get']>>;

/** A store whose writes wait for `flush()`, and the flush. */
export interface DeferredStore {
  /** Use this store in place of the loader's during `load`. */
  store: Store;
  /** Hand every held entry to the real store, in order, and pass writes straight through after. */
  flush(): void;
}

/**
 * Holds a loader's `store.set` calls until the load is over. Astro saves the whole data store
 * (every rendered page, serialized with devalue) 500 ms after the last change, and again as soon as
 * a save finishes if entries came in meanwhile. A load with pauses (Chromium starting for diagrams,
 * a busy machine) so serializes the growing store again and again: a quarter of a cold
 * 1,000-page build's CPU in our profiles. Held entries mean one save at the end of the load.
 * Reads see held entries, so digests and duplicate ids are checked as before. After `flush()` the
 * store writes through (the dev server's file watcher keeps using it).
 */
export function deferStoreWrites(real: Store): DeferredStore {
  let held: Map<string, DataEntry> | undefined = new Map();
  const store: Store = {
    ...real,
    get: ((key: string) => held?.get(key) ?? real.get(key)) as Store['get'],
    has: (key) => Boolean(held?.has(key)) || real.has(key),
    keys: () => (held?.size ? [...new Set([...real.keys(), ...held.keys()])] : real.keys()),
    values: () => store.keys().map((key) => store.get(key) as DataEntry),
    entries: () => store.keys().map((key) => [key, store.get(key) as DataEntry]),
    set: ((entry: DataEntry) => {
      if (!held) return real.set(entry);
      const id = String(entry.id);
      // The real store's own rule: an unchanged digest is no change.
      const existing = store.get(id);
      if (entry.digest && existing?.digest === entry.digest) return false;
      held.delete(id);
      held.set(id, entry);
      return true;
    }) as Store['set'],
    delete: (key) => {
      held?.delete(key);
      real.delete(key);
    },
    clear: () => {
      held?.clear();
      real.clear();
    },
  };
  return {
    store,
    flush() {
      const entries = held;
      held = undefined;
      for (const entry of entries?.values() ?? []) real.set(entry);
    },
  };
}
