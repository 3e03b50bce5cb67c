import { kindFolders } from '../config/site-config.ts';
import { backlinkIndex, type Backlink } from '../lib/backlinks.ts';
import { contentUrlIndex } from '../lib/content-urls.ts';
import { readContentFiles } from '../lib/validate-content.ts';
import { site } from './site.ts';

let cached: Map<string, Backlink[]> | undefined;

/**
 * Page URL (without base) -> the pages that link to it (src/lib/backlinks.ts), built once per build
 * from the content folder's files; in `astro dev` again on each request, as notes change.
 */
export function getBacklinks(): Map<string, Backlink[]> {
  if (cached && !import.meta.env.DEV) return cached;

  const folders = kindFolders(site);
  cached = backlinkIndex(readContentFiles(site.contentDir, folders), { lookup: contentUrlIndex(site.contentDir, folders).lookup });
  return cached;
}

/**
 * A lookup of the pages that link to the page at `url` (without base), for its "Linked from"
 * section and its cache key. Call it once per `getStaticPaths()`: in `astro dev` each call reads
 * the wiki again, so the lookups of one request share one index.
 */
export function backlinkLookup(): (url: string) => Backlink[] {
  const index = getBacklinks();
  return (url) => index.get(url) ?? [];
}
