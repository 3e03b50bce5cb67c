// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { resolveAstroCacheDir, resolveContentDir, resolveOutDir } from './src/config/content-dir.ts';
import { kindFolders, loadSiteConfig } from './src/config/site-config.ts';
import { createUnknownLanguages } from './src/lib/highlight/unknown-languages.ts';
import { createRenderReport } from './src/lib/dev/render-report.ts';
import { repoFilesOf } from './src/lib/links/repo-files.ts';
import { exitOnFailure } from './src/integrations/fail-cleanly.ts';
import { labbook } from './src/integrations/index.ts';
import { markdownProcessor } from './src/markdown/index.ts';
import { listRunTargets } from './src/lib/experiments/mentions.ts';

const contentDir = resolveContentDir(process.env, process.cwd());
const outDir = resolveOutDir(process.env, process.cwd());
const site = exitOnFailure(() => loadSiteConfig(contentDir));
const cacheDir = resolveAstroCacheDir(process.env, process.cwd(), contentDir);
// Filled by the highlighter while pages render, printed once by labbook() at the end of the build.
const unknownLanguages = createUnknownLanguages();
// Under `astro dev`, where notes' problems go instead of failing them; labbook() starts it and shows them.
const renderReport = createRenderReport();

export default defineConfig({
  site: site.url,
  base: site.base,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  // Pages render one at a time by default, and each waits for its own file writes (twice with the
  // incremental cache): four at once keep the CPU busy meanwhile. 1.3 s less for 1,534 pages,
  // byte-identical output (measured, docs/performance.md); more gained nothing.
  build: { concurrency: 4 },
  // Two files for one URL must fail, not win silently (the validator names both files first).
  prerenderConflictBehavior: 'error',
  markdown: {
    processor: markdownProcessor({
      repo: site.repo,
      mermaid: site.mermaid,
      mermaidTimeout: site.mermaidTimeout,
      math: site.math,
      contentDir,
      base: site.base,
      brokenLinks: site.brokenLinks,
      folders: kindFolders(site),
      repoFiles: repoFilesOf(site, contentDir),
      unknownLanguages,
      renderReport,
      // Run ids and folder names in notes link to the runs' pages (folder names only: no file is read here).
      runs: listRunTargets(contentDir, kindFolders(site).experiments),
    }),
    // Code is highlighted by src/markdown/highlight.ts (the same Shiki output, cached by content
    // hash across builds): Astro's own highlighter would run first and redo every block.
    syntaxHighlight: false,
  },
  integrations: [labbook({ contentDir, outDir, site, unknownLanguages, renderReport })],
  vite: {
    // Vite's own cache goes with Astro's: into the wiki's cache, not into Labbook's folder, which an
    // installed Labbook may share with other repositories (`labbook dev` writes optimized deps there).
    cacheDir: `${cacheDir}/vite`,
    // Build output of other runs (tests, staging folders) is not source: don't reload on it.
    server: { watch: { ignored: ['**/.labbook/**', '**/dist/**'] } },
    // `import { Tabs } from 'labbook/components'` in a wiki's MDX: an alias, because the content
    // folder ($LABBOOK_CONTENT) can be anywhere, where no node_modules would find the package.
    resolve: { alias: { 'labbook/components': fileURLToPath(new URL('./src/components/mdx/index.ts', import.meta.url)) } },
    // The table of contents' marker script (src/components/TocMarker.astro) is a file of its own,
    // cached once for every page, instead of 490 bytes inlined into each article (and a hash in
    // each page's CSP): it kept the heaviest TIL page over its 7 KB budget (docs/performance.md).
    // Anything else keeps the default rule (inlined under 4 KB).
    build: { assetsInlineLimit: (file) => (/TocMarker\.astro_astro_type_script/.test(file) ? false : undefined) },
  },
  // Pages whose cache key (src/data/page-keys.ts) and code did not change are copied
  // from the last build instead of rendered again. `astro build --force` renders everything.
  experimental: { incrementalBuild: true },
});
