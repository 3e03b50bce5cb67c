import { getCollection, type CollectionEntry } from 'astro:content';
import { docSlug } from './routes.ts';

export type TilEntry = CollectionEntry<'til'>;
export type DocEntry = CollectionEntry<'docs'>;

/** Published TILs, newest first (same day: by title). Drafts never reach the site. */
export async function getTils(): Promise<TilEntry[]> {
  const all = await getCollection('til', ({ data }) => !data.draft);
  return all.sort((a, b) => b.data.date.localeCompare(a.data.date) || a.data.title.localeCompare(b.data.title));
}

/** Published docs pages. */
export async function getDocs(): Promise<DocEntry[]> {
  return getCollection('docs', ({ data }) => !data.draft);
}

/** The URL slug of a docs entry inside /docs/ (`` for the root page). */
export function slugOfDoc(entry: DocEntry): string {
  return entry.id === 'docs' ? '' : entry.id.slice('docs/'.length);
}

export { docSlug };
