// One collection over the generated folders, no schema: the baseline does no validation.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const pages = defineCollection({
  loader: glob({ pattern: '{til,docs}/**/*.{md,mdx}', base: process.env.BENCH_CONTENT ?? 'content' }),
});

export const collections = { pages };
