import { getCollection } from 'astro:content';
import type { ApiSpec } from '../schemas/api-spec.ts';
import { site } from './site.ts';
import { listApiFiles } from '../lib/openapi/api-files.ts';

/**
 * Every API spec of the wiki, by title then file. Astro warns on every read of an empty
 * collection, so a wiki without specs is not asked.
 */
export async function getApiSpecs(): Promise<ApiSpec[]> {
  if (listApiFiles(site.contentDir).specs.length === 0) return [];
  const entries = await getCollection('api');
  return entries.map((entry) => entry.data).sort((a, b) => a.title.localeCompare(b.title) || a.file.localeCompare(b.file));
}
