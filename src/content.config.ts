import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { resolveContentDir } from './config/content-dir.ts';
import { PAGE_PATTERN } from './lib/validate-content.ts';
import { IGNORED_PATTERNS } from './lib/content/files.ts';
import { docSlug } from './lib/routes.ts';
import { strictGlob } from './loaders/strict-glob.ts';
import { tilLoader } from './loaders/til-loader.ts';
import { openapiLoader } from './loaders/openapi-loader.ts';
import { apiSpecSchema } from './schemas/api-spec.ts';
import { docSchema } from './schemas/doc.ts';
import { tilSchema } from './schemas/til.ts';
import { weeklySchema } from './schemas/weekly.ts';
import { modelCardSchema } from './schemas/model-card.ts';
import { playbookSchema } from './schemas/playbook.ts';
import { folderPageSlug } from './lib/models/routes.ts';

const contentDir = resolveContentDir(process.env, process.cwd());

const til = defineCollection({
  loader: tilLoader(join(contentDir, 'til')),
  schema: tilSchema,
});

const docs = defineCollection({
  loader: strictGlob({
    folder: 'docs',
    pattern: PAGE_PATTERN,
    base: join(contentDir, 'docs'),
    generateId: ({ entry }) => ['docs', docSlug(entry)].filter(Boolean).join('/'),
  }),
  schema: docSchema,
});

const weekly = defineCollection({
  loader: strictGlob({
    folder: 'weekly',
    pattern: ['*.{md,mdx}', ...IGNORED_PATTERNS],
    base: join(contentDir, 'weekly'),
    generateId: ({ entry }) => entry.replace(/\.mdx?$/i, ''),
  }),
  schema: weeklySchema,
});

const models = defineCollection({
  loader: strictGlob({ folder: 'models', pattern: PAGE_PATTERN, base: join(contentDir, 'models'), generateId: ({ entry }) => folderPageSlug(entry) }),
  schema: modelCardSchema,
});

const playbooks = defineCollection({
  loader: strictGlob({ folder: 'playbooks', pattern: PAGE_PATTERN, base: join(contentDir, 'playbooks'), generateId: ({ entry }) => folderPageSlug(entry) }),
  schema: playbookSchema,
});

// OpenAPI / Swagger files in api/, one page each (src/loaders/openapi-loader.ts).
const api = defineCollection({ loader: openapiLoader(contentDir), schema: apiSpecSchema });

export const collections = { til, docs, weekly, models, playbooks, api };
