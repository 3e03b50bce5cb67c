// @ts-check
// The baseline for `npm run bench -- --baseline`: a plain Astro 7 + MDX + Shiki site over the same
// generated Markdown, with nothing of Labbook's. Same Shiki themes as Labbook, so the highlighting
// work is the same. Paths come from the bench (BENCH_CONTENT, BENCH_OUT, BENCH_CACHE).
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.BENCH_OUT,
  cacheDir: process.env.BENCH_CACHE,
  markdown: {
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false },
  },
  integrations: [mdx()],
});
