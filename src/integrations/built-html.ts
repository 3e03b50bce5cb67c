import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** A built page: path relative to the site folder with forward slashes, and its text. */
export interface HtmlFile {
  path: string;
  html: string;
}

// The post-build hooks (search index, Mermaid asset, link check, sitemap, CSP) all read every page;
// read once per build (a 1,000-page site is ~30 MB, a fifth of a second per read).
const read = new Map<string, HtmlFile[]>();

/**
 * Every `.html` file below a built site with its text: what the post-build integrations read.
 * Read once and shared; a hook that rewrites pages calls {@link forgetHtmlFiles} after.
 */
export function readHtmlFiles(site: string): HtmlFile[] {
  let files = read.get(site);
  if (!files) {
    files = readdirSync(site, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
      .map((entry) => {
        const file = join(entry.parentPath, entry.name);
        return { path: relative(site, file).split(sep).join('/'), html: readFileSync(file, 'utf8') };
      });
    read.set(site, files);
  }
  return files;
}

/** The pages below `site` changed on disk (or are no longer needed): the next read goes to disk. */
export function forgetHtmlFiles(site: string): void {
  read.delete(site);
}
