import type { Problem } from '../errors.ts';
import { listWiki } from '../content/files.ts';
import type { KindFolders } from '../content/layouts.ts';
import { slugSegment } from '../routes.ts';

/** An API spec file: YAML or JSON. */
export const SPEC_FILE = /\.(?:ya?ml|json)$/i;

/** A Markdown or MDX file: a page written in the wrong folder when it is in api/. */
const MARKDOWN_FILE = /\.mdx?$/i;

/** What the api/ folder holds that Labbook looks at: specs, and pages that belong in docs/. */
const LISTED_FILE = /\.(?:ya?ml|json|mdx?)$/i;

/** What listApiFiles found in `api/`: paths relative to the content folder (forward slashes, sorted). */
export interface ApiFiles {
  specs: string[];
  markdown: string[];
  /** Symbolic links (to a folder or a spec) that lead outside the content folder: the loader refuses them. */
  outside: string[];
  /** What else the one reader refused there (broken links, loops, unsafe names), with its own message. */
  problems: Problem[];
}

/**
 * The files of `api/`, listed by the one reader of the content folder (src/lib/content/files.ts)
 * under its rules: names starting with `_` or `.` (files and folders, at any depth) are left out, so
 * `api/_shared/errors.yaml` can hold parts that specs `$ref`; symbolic links are followed only when
 * they stay inside the content folder.
 */
export function listApiFiles(contentDir: string, folders?: KindFolders): ApiFiles {
  const listing = listWiki(contentDir, { kinds: ['api'], files: LISTED_FILE, folders });
  const outside = listing.problems.filter((problem) => problem.code === 'symlink-outside').map((problem) => problem.file);
  return {
    specs: listing.paths.filter((path) => SPEC_FILE.test(path)),
    markdown: listing.paths.filter((path) => MARKDOWN_FILE.test(path)),
    outside: outside.sort(),
    problems: listing.problems.filter((problem) => problem.code !== 'symlink-outside'),
  };
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
