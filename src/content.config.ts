import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { resolveContentDir } from './config/content-dir.ts';
import { PAGE_PATTERN } from './lib/validate-content.ts';
import { docSlug } from './lib/routes.ts';
import { strictGlob } from './loaders/strict-glob.ts';
import { tilLoader } from './loaders/til-loader.ts';
import { docSchema } from './schemas/doc.ts';
import { tilSchema } from './schemas/til.ts';
import { weeklySchema } from './schemas/weekly.ts';

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
    pattern: '[^_.]*.{md,mdx}',
    base: join(contentDir, 'weekly'),
    generateId: ({ entry }) => entry.replace(/\.mdx?$/i, ''),
  }),
  schema: weeklySchema,
});

export const collections = { til, docs, weekly };
