import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseSiteConfig } from '../../../src/config/site-config.ts';
import type { Site } from '../../../src/config/site.ts';

/** The collections Astro would hold, by name; set per test. */
const collections = vi.hoisted(() => ({ entries: {} as Record<string, { id: string; data: Record<string, unknown>; digest?: string }[]> }));
const site = vi.hoisted(() => ({ value: undefined as Site | undefined }));

vi.mock('astro:content', () => ({
  getCollection: vi.fn(async (name: string, filter?: (entry: unknown) => boolean) => (collections.entries[name] ?? []).filter((entry) => !filter || filter(entry))),
}));
vi.mock('virtual:labbook/site', () => ({
  get default() {
    return site.value;
  },
}));

/** A wiki folder with til/ and weekly/, so the data stage asks for both collections. */
function wikiSite(yaml: string): Site {
  const contentDir = mkdtempSync(join(tmpdir(), 'labbook-data-'));
  mkdirSync(join(contentDir, 'til'));
  mkdirSync(join(contentDir, 'weekly'));
  const { config } = parseSiteConfig(yaml);
  if (!config) throw new Error('bad test config');
  return { ...config, contentDir };
}

function til(id: string, data: { title: string; date: string; tags?: string[]; category?: string; draft?: boolean }) {
  return { id, digest: id, data: { tags: [], keywords: [], issues: [], authors: [], draft: false, ...data } };
}

async function freshWiki() {
  vi.resetModules();
  const { getWiki } = await import('../../../src/data/wiki.ts');
  const { getCollection } = await import('astro:content');
  return { getWiki, getCollection: vi.mocked(getCollection) };
}

describe('getWiki (src/data/wiki.ts) over fake entries', () => {
  beforeEach(() => {
    site.value = wikiSite('title: Test wiki\ntagAliases:\n  pytorch: [torch]\n');
    collections.entries = {
      til: [
        til('old', { title: 'Old note', date: '2026-01-05', tags: ['torch'], category: 'Training' }),
        til('new', { title: 'New note', date: '2026-03-02', tags: ['pytorch', 'cuda'], category: 'Training' }),
        til('hidden', { title: 'Draft', date: '2026-04-01', draft: true }),
      ],
      weekly: [{ id: '2026-W10', data: { draft: false } }],
    };
  });
  afterEach(() => vi.unstubAllEnvs());

  it('lists published TILs newest first, folds tag aliases from labbook.yaml, and keys summaries by week', async () => {
    const { getWiki } = await freshWiki();
    const wiki = await getWiki();
    expect(wiki.tils.map((t) => t.slug)).toEqual(['new', 'old']);
    expect(wiki.tags.map((t) => [t.name, t.tils.map((x) => x.slug)])).toEqual([
      ['pytorch', ['new', 'old']],
      ['cuda', ['new']],
    ]);
    expect(wiki.tagsOf({ tags: ['torch'] })).toEqual(['pytorch']);
    expect(wiki.tagSlug('pytorch')).toBe('pytorch');
    expect(wiki.categories.map((c) => c.name)).toEqual(['Training']);
    expect([...wiki.summaries.keys()]).toEqual(['2026-W10']);
    expect(wiki.related.get('old')?.map((t) => t.slug)).toEqual(['new']);
  });

  it('reads the collections once per build, however many pages ask', async () => {
    vi.stubEnv('DEV', false);
    const { getWiki, getCollection } = await freshWiki();
    const first = await getWiki();
    expect(await getWiki()).toBe(first);
    expect(getCollection).toHaveBeenCalledTimes(2);
  });

  it('does not ask for a kind the wiki does not have', async () => {
    const noWeekly = wikiSite('title: Test wiki\n');
    rmSync(join(noWeekly.contentDir, 'weekly'), { recursive: true });
    site.value = noWeekly;
    const { getWiki, getCollection } = await freshWiki();
    await getWiki();
    expect(getCollection.mock.calls.map((call) => (call as unknown[])[0])).toEqual(['til']);
  });
});
