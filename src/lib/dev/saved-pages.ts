import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../errors.ts';
import { listWiki, readPage } from '../content/files.ts';
import { LAYOUTS, type KindFolders } from '../content/layouts.ts';
import { checkFile, duplicateUrls, type CheckedContent, type UrlClaim } from '../validate-content.ts';

/** What the checks found in one saved page, or that it is gone or not a page (a draft, another folder). */
export type SavedPage = { kind: 'page'; path: string; problems: Problem[] } | { kind: 'gone'; path: string } | { kind: 'not-a-page'; path: string };

/** The build's checks of one file, for the files saved while `labbook dev` runs. */
export interface SavedPages {
  /** Read `path` (relative to the content folder, forward slashes) again and check it as the build would. */
  check(path: string): SavedPage;
}

/**
 * The checks of the build that concern one file (src/lib/validate-content.ts `checkFile`: YAML with
 * its line, fields, dates, the file name) and the one that needs the others' URLs (two pages at one
 * address), for each file saved, without reading the rest of the wiki again. Starts from what the
 * build's check of the whole folder found (`checked`). A path it does not know (a new file, a
 * rename) lists the page folders again (names only) to learn whether it is a page.
 */
export function savedPages(contentDir: string, folders: KindFolders = LAYOUTS.labbook, checked: Pick<CheckedContent, 'files' | 'urls'>): SavedPages {
  let pages = new Set(checked.files.map((file) => file.path));
  const urls = new Map<string, UrlClaim[]>(checked.urls);
  return {
    check(path) {
      if (!existsSync(join(contentDir, path))) {
        pages.delete(path);
        urls.delete(path);
        return { kind: 'gone', path };
      }
      if (!pages.has(path)) pages = new Set(listWiki(contentDir, { folders }).paths);
      if (!pages.has(path)) {
        urls.delete(path);
        return { kind: 'not-a-page', path };
      }
      const read = readPage(contentDir, path, folders);
      if (!read.file) {
        urls.delete(path);
        return { kind: 'page', path, problems: [read.problem] };
      }
      const { problems, urls: claims } = checkFile(read.file);
      urls.set(path, claims);
      // Only the URLs this file claims: the others' duplicates are theirs (and were checked at start).
      const mine = new Set(claims.map((claim) => claim.url));
      const others = [...urls].filter(([other]) => other !== path).flatMap(([, list]) => list.filter((claim) => mine.has(claim.url)));
      const duplicates = duplicateUrls([...claims, ...others]).filter((problem) => problem.file.startsWith(path));
      return { kind: 'page', path, problems: [...problems, ...duplicates] };
    },
  };
}
