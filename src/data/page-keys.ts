/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key and
 * code are unchanged since the last build is copied from Astro's cache instead of rendered again.
 *
 * A key must change whenever anything the page shows could change. It hashes:
 * - the site digest: labbook.yaml, which page kinds exist, and every entry's front matter (titles,
 *   tags, dates feed the header, related notes, tag lists and previous/next links of other pages),
 *   model cards and playbooks whole (their bodies feed other pages), the playbooks' review state
 *   (it depends on the day of the build);
 * - the page's own props, with each content entry as its digest (front matter and body), its file
 *   and the file's last git commit (the page footer shows it).
 * Bodies of TILs and docs are left out of the site digest on purpose: editing one note's text then
 * renders that note again and the pages that list it, not the whole wiki. Pages that derive data
 * from other notes' bodies get it through their props (the issue pages), so it is still keyed.
 */
import { getCollection } from 'astro:content';
import { site } from './site.ts';
import { gitInfo } from './git.ts';
import { hasKind, wikiKinds } from './collections.ts';
import { getPlaybooks } from './playbooks.ts';
import { stableDigest, type EntryLike } from '../lib/incremental/stable-digest.ts';
import { resolve } from 'node:path';

/** Bump when what pages show starts to depend on something not hashed here. */
const KEY_VERSION = 1;

/** An entry by what decides its page: digest of front matter and body, file, last commit. */
function describeEntry(entry: EntryLike): unknown {
  const file = entry.filePath && resolve(process.cwd(), entry.filePath);
  const git = gitInfo(site.contentDir);
  return {
    collection: entry.collection,
    id: entry.id,
    // Entries without a digest (none of Labbook's loaders) are described by their content.
    digest: entry.digest ?? { data: entry.data, body: entry.body },
    filePath: entry.filePath,
    updated: file && git.lastUpdated(file),
    repoPath: file && git.repoPath(file),
  };
}

/** An entry by its front matter only: what other pages show of it. */
const frontMatter = (entry: EntryLike) => ({ collection: entry.collection, id: entry.id, filePath: entry.filePath, data: entry.data });

let digest: Promise<string> | undefined;

/** The digest of everything many pages read (see the top of this file), computed once per build. */
function siteDigest(): Promise<string> {
  digest ??= (async () => {
    const [tils, weekly, docs, models, datasets, playbooks, api, notebooks, experiments] = await Promise.all([
      hasKind('til') ? getCollection('til') : [],
      hasKind('weekly') ? getCollection('weekly') : [],
      hasKind('docs') ? getCollection('docs') : [],
      // The catalog and the playbook list are built from these entries (and the day, for reviews).
      hasKind('models') ? getCollection('models') : [],
      // Dataset pages list the model cards that use them, model cards link to dataset cards.
      hasKind('datasets') ? getCollection('datasets') : [],
      getPlaybooks(),
      wikiKinds().api ? getCollection('api') : [],
      // The list at /notebooks/ shows titles; each notebook's page is keyed by its own file digest.
      wikiKinds().notebooks ? getCollection('notebooks') : [],
      // Every file of every run: leaderboards, baselines' diffs and model cards' run lists read them.
      wikiKinds().experiments ? getCollection('experiments') : [],
    ]);
    const skeleton = stableDigest([tils, weekly, docs, notebooks.map((entry) => ({ ...entry, data: { ...entry.data, images: entry.data.images.map((image) => image.name) } }))], frontMatter);
    const whole = stableDigest({ models, datasets, playbooks, api, experiments }, describeEntry);
    return stableDigest({ version: KEY_VERSION, site, kinds: wikiKinds(), skeleton, whole });
  })();
  return digest;
}

/** The page's cache key from its props (see the top of this file). */
export async function pageCacheKey(props: unknown): Promise<string> {
  return stableDigest({ site: await siteDigest(), props }, describeEntry);
}

/**
 * `getStaticPaths()` results with a `cacheKey` each, for Astro's incremental build. In `astro dev`
 * nothing is cached, and content changes between requests, so the paths are returned as they are.
 */
export async function withCacheKeys<P extends { props?: unknown }>(paths: P[]): Promise<(P & { cacheKey?: string })[]> {
  if (import.meta.env.DEV) return paths;
  return Promise.all(paths.map(async (path) => ({ ...path, cacheKey: await pageCacheKey(path.props ?? null) })));
}
