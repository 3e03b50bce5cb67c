import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { slugSegment } from '../routes.ts';
import { isInside } from './spec-files.ts';

/** An API spec file: YAML or JSON. */
export const SPEC_FILE = /\.(?:ya?ml|json)$/i;

/** A Markdown or MDX file: a page written in the wrong folder when it is in api/. */
const MARKDOWN_FILE = /\.mdx?$/i;

/** A name Labbook leaves out in every folder: `_shared/`, `.draft.yaml`. */
const isHidden = (name: string) => name.startsWith('_') || name.startsWith('.');

/**
 * The files of `api/` relative to the content folder (forward slashes, sorted): its specs, and
 * Markdown pages that belong in docs/. Names starting with `_` or `.` (files and folders, at any
 * depth) are left out, as everywhere in Labbook: `api/_shared/errors.yaml` can hold parts that
 * specs `$ref`. Symlinks are followed by real path: a symlinked spec file is listed (the loader
 * refuses it if it leads elsewhere), a symlinked folder is walked only if its real path stays in
 * the content folder, and one that leaves it is listed in `outside`.
 */
export function listApiFiles(contentDir: string): { specs: string[]; markdown: string[]; outside: string[] } {
  const root = join(contentDir, 'api');
  const specs: string[] = [];
  const markdown: string[] = [];
  const outside: string[] = [];
  if (!existsSync(root)) return { specs, markdown, outside };
  const realRoot = realpathSync(contentDir);
  const walked = new Set<string>();
  const walk = (dir: string) => {
    const real = realpathSync(dir);
    if (walked.has(real)) return; // a symlink loop, or a folder linked twice
    walked.add(real);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (isHidden(entry.name)) continue;
      const full = join(dir, entry.name);
      const path = relative(contentDir, full).split(sep).join('/');
      if (entry.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(full);
        } catch {
          continue; // a dangling link: nothing to read
        }
        if (statSync(target).isDirectory()) {
          if (isInside(realRoot, target)) walk(full);
          else outside.push(path);
          continue;
        }
      } else if (entry.isDirectory()) {
        walk(full);
        continue;
      } else if (!entry.isFile()) continue;
      if (SPEC_FILE.test(entry.name)) specs.push(path);
      else if (MARKDOWN_FILE.test(entry.name)) markdown.push(path);
    }
  };
  walk(root);
  return { specs: specs.sort(), markdown: markdown.sort(), outside: outside.sort() };
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
