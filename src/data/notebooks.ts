import { getCollection, type CollectionEntry } from 'astro:content';
import { hasKind } from './collections.ts';

export type NotebookEntry = CollectionEntry<'notebooks'>;

/**
 * Every notebook of the wiki, by title then file. Astro warns on every read of an empty
 * collection, so a wiki without notebooks/ is not asked.
 */
export async function getNotebooks(): Promise<NotebookEntry[]> {
  if (!hasKind('notebooks')) return [];
  const entries = await getCollection('notebooks');
  return entries.sort((a, b) => a.data.title.localeCompare(b.data.title) || a.data.file.localeCompare(b.data.file));
}
