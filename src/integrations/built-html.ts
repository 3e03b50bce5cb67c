import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every `.html` file below a built site with its text, paths relative with forward slashes: what the
 * post-build integrations (search index, sitemap) read.
 */
export function readHtmlFiles(site: string): { path: string; html: string }[] {
  return readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => {
      const file = join(entry.parentPath, entry.name);
      return { path: relative(site, file).split(sep).join('/'), html: readFileSync(file, 'utf8') };
    });
}
