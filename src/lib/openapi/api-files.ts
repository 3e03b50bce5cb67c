import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { slugSegment } from '../routes.ts';

/** An API spec file: YAML or JSON. */
export const SPEC_FILE = /\.(?:ya?ml|json)$/i;

/** A Markdown or MDX file: a page written in the wrong folder when it is in api/. */
const MARKDOWN_FILE = /\.mdx?$/i;

/**
 * The files of `api/` relative to the content folder (forward slashes, sorted): its specs, and
 * Markdown pages that belong in docs/. Names starting with `_` or `.` (in any folder) are left
 * out, as everywhere in Labbook: `api/_shared/errors.yaml` can hold parts that specs `$ref`.
 */
export function listApiFiles(contentDir: string): { specs: string[]; markdown: string[] } {
  const root = join(contentDir, 'api');
  const specs: string[] = [];
  const markdown: string[] = [];
  if (!existsSync(root)) return { specs, markdown };
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = relative(contentDir, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (path.split('/').some((part) => part.startsWith('_') || part.startsWith('.'))) continue;
    if (SPEC_FILE.test(entry.name)) specs.push(path);
    else if (MARKDOWN_FILE.test(entry.name)) markdown.push(path);
  }
  return { specs: specs.sort(), markdown: markdown.sort() };
}

/**
 * The URL slug of a spec from its path inside `api/`: `payments.yaml` gives `payments`,
 * `ml/Inference Service.json` gives `ml/inference-service`. Unlike docs, `index` is an ordinary
 * name: /api/ itself lists the specs.
 */
export function apiSlug(relativePath: string): string {
  return relativePath
    .replace(SPEC_FILE, '')
    .split('/')
    .map(slugSegment)
    .join('/');
}

/** Site-relative URL (without base) of an API spec page, or of the list of specs for ``. */
export function apiUrl(slug = ''): string {
  return slug ? `/api/${slug}/` : '/api/';
}
