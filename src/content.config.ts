import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { kindFolders } from './config/site-config.ts';
import { site } from './data/site.ts';
import { IGNORED_PATTERNS, ignoredPatternsIn } from './lib/content/files.ts';
import { kind, type KindName } from './lib/content/kinds.ts';
import { nestedKindFolders } from './lib/content/layouts.ts';
import { PAGE_PATTERN } from './lib/validate-content.ts';
import { docSlug } from './lib/routes.ts';
import { withDocTitle } from './lib/docs/title.ts';
import { parseFrontmatter } from './lib/frontmatter.ts';
import { folderPageSlug } from './lib/models/routes.ts';
import { strictGlob } from './loaders/strict-glob.ts';
import { tilLoader } from './loaders/til-loader.ts';
import { openapiLoader } from './loaders/openapi-loader.ts';
import { notebookLoader } from './loaders/notebook-loader.ts';
import { experimentsLoader } from './loaders/experiments-loader.ts';

/**
 * One collection per kind of the registry (src/lib/content/kinds.ts), with the kind's schema. The
 * loaders are listed by kind name, so a kind added to the registry without a loader does not compile.
 */
// Astro imports this file through Vite with the integrations' plugins (astro/dist/core/sync/index.js:
// createTempViteServer → createVite(settings); content/utils.js: environment.runner.import), so the
// config astro.config.mjs validated arrives as virtual:labbook/site, not by reading labbook.yaml again.
const { contentDir } = site;
// Where each kind lives in this wiki (labbook.yaml's layout).
const folders = kindFolders(site);

const loaders: Record<KindName, Loader> = {
  til: tilLoader(contentDir, folders),
  docs: strictGlob({
    folder: folders.docs,
    // Other kinds' folders inside docs (when the docs are the whole folder: docs-root) are theirs.
    pattern: [...PAGE_PATTERN, ...ignoredPatternsIn(folders.docs), ...nestedKindFolders('docs', folders).map((folder) => `!${folder}/**`)],
    base: join(contentDir, folders.docs),
    generateId: ({ entry }) => ['docs', docSlug(entry)].filter(Boolean).join('/'),
    // A page without `title` gets its first heading or file name, as the content check gives it.
    prepareData: (data, filePath) =>
      filePath ? withDocTitle(data, parseFrontmatter(readFileSync(filePath, 'utf8')).body, relative(join(contentDir, folders.docs), filePath).split(sep).join('/')) : data,
  }),
  weekly: strictGlob({
    folder: folders.weekly,
    pattern: ['*.{md,mdx}', ...IGNORED_PATTERNS],
    base: join(contentDir, folders.weekly),
    generateId: ({ entry }) => entry.replace(/\.mdx?$/i, ''),
  }),
  models: strictGlob({ folder: folders.models, pattern: PAGE_PATTERN, base: join(contentDir, folders.models), generateId: ({ entry }) => folderPageSlug(entry) }),
  datasets: strictGlob({ folder: folders.datasets, pattern: PAGE_PATTERN, base: join(contentDir, folders.datasets), generateId: ({ entry }) => folderPageSlug(entry) }),
  playbooks: strictGlob({ folder: folders.playbooks, pattern: PAGE_PATTERN, base: join(contentDir, folders.playbooks), generateId: ({ entry }) => folderPageSlug(entry) }),
  // OpenAPI / Swagger files in api/, one page each (src/loaders/openapi-loader.ts).
  api: openapiLoader(contentDir),
  // Jupyter notebooks in notebooks/, one page each (src/loaders/notebook-loader.ts).
  notebooks: notebookLoader(contentDir, folders, site.notebookMaxSize),
  // Run folders in experiments/ (params, metrics, README, step logs), one page each (src/lib/experiments/).
  experiments: experimentsLoader(contentDir, folders.experiments),
};

export const collections = {
  til: defineCollection({ loader: loaders.til, schema: kind('til').schema }),
  docs: defineCollection({ loader: loaders.docs, schema: kind('docs').schema }),
  weekly: defineCollection({ loader: loaders.weekly, schema: kind('weekly').schema }),
  models: defineCollection({ loader: loaders.models, schema: kind('models').schema }),
  datasets: defineCollection({ loader: loaders.datasets, schema: kind('datasets').schema }),
  playbooks: defineCollection({ loader: loaders.playbooks, schema: kind('playbooks').schema }),
  api: defineCollection({ loader: loaders.api, schema: kind('api').schema }),
  notebooks: defineCollection({ loader: loaders.notebooks, schema: kind('notebooks').schema }),
  experiments: defineCollection({ loader: loaders.experiments, schema: kind('experiments').schema }),
} satisfies Record<KindName, unknown>;
