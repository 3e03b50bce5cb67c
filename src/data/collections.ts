import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { listApiFiles } from '../lib/openapi/api-files.ts';
import { site } from './site.ts';
import { kindFolders } from '../config/site-config.ts';
import type { KindName } from '../lib/content/kinds.ts';

export type TilEntry = CollectionEntry<'til'>;
export type DocEntry = CollectionEntry<'docs'>;

/**
 * Whether the content folder has this kind at all. Astro warns "collection does not exist or is
 * empty" on every read of an empty collection; a wiki without weekly/ should not see that.
 */
export function hasKind(kind: Exclude<KindName, 'api'>): boolean {
  return existsSync(join(site.contentDir, kindFolders(site)[kind]));
}

/** Published docs pages. */
export async function getDocs(): Promise<DocEntry[]> {
  return hasKind('docs') ? getCollection('docs', ({ data }) => !data.draft) : [];
}

/** The URL slug of a docs entry inside /docs/ (`` for the root page). */
export function slugOfDoc(entry: DocEntry): string {
  return entry.id === 'docs' ? '' : entry.id.slice('docs/'.length);
}


/** Which optional kinds the wiki has, for the header every page renders: read once per build. */
let kinds: { models: boolean; datasets: boolean; playbooks: boolean; api: boolean; notebooks: boolean; experiments: boolean } | undefined;
export function wikiKinds(): { models: boolean; datasets: boolean; playbooks: boolean; api: boolean; notebooks: boolean; experiments: boolean } {
  kinds ??= { models: hasKind('models'), datasets: hasKind('datasets'), playbooks: hasKind('playbooks'), api: listApiFiles(site.contentDir).specs.length > 0, notebooks: hasKind('notebooks'), experiments: hasKind('experiments') };
  return kinds;
}
