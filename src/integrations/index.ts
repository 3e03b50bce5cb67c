import mdx from '@astrojs/mdx';
import type { AstroIntegration } from 'astro';
import { kindFolders, type SiteConfig } from '../config/site-config.ts';
import { atomicDist } from './atomic-dist.ts';
import { buildLock } from './build-lock.ts';
import { pageCacheCheck } from './page-cache-check.ts';
import type { UnknownLanguages } from '../lib/highlight/unknown-languages.ts';
import type { RenderReport } from '../lib/dev/render-report.ts';
import { codeLanguages } from './code-languages.ts';
import { contentSecurityPolicy } from './csp.ts';
import { failCleanly } from './fail-cleanly.ts';
import { linkCheck } from './link-check.ts';
import { searchIndex } from './search-index.ts';
import { siteModule } from './site-module.ts';
import { sitemap } from './sitemap.ts';
import { validateContent } from './validate-content.ts';
import { vendorAssets } from './vendor-assets.ts';

export interface LabbookOptions {
  /** The wiki's content folder. */
  contentDir: string;
  /** Where the finished site goes. */
  outDir: string;
  /** The validated labbook.yaml. */
  site: SiteConfig;
  /** The tally the highlighter fills (the same object given to the Markdown processor), printed once after the build. */
  unknownLanguages?: UnknownLanguages;
  /** Where the Markdown processor reports a note's problems under `astro dev` (the same object given to it). */
  renderReport?: RenderReport;
}

/**
 * Labbook as Astro integrations, in the one order that works: one build at a time per checkout,
 * the page-cache check, the content check (it fails before Astro starts), MDX, then the post-build
 * steps over the finished site: search index (in the background), vendor assets (KaTeX, Mermaid's browser bundle), link check, sitemap, CSP (after everything that writes HTML),
 * and last the swap into the output folder, which waits for the background work. Each step's
 * failure ends the build with Labbook's message only (fail-cleanly.ts).
 */
export function labbook({ contentDir, outDir, site, unknownLanguages, renderReport }: LabbookOptions): AstroIntegration[] {
  const steps = [
    // First: a second build in this checkout waits here, before it touches .astro/ or the caches.
    buildLock(),
    // Before Astro copies cached pages: a page that differs from what was recorded is rendered again.
    pageCacheCheck(),
    // virtual:labbook/site: the config validated in astro.config.mjs, for pages and content.config.ts.
    siteModule({ ...site, contentDir }),
    validateContent(contentDir, site, renderReport),
    mdx(),
    searchIndex({ outDir }),
    // KaTeX's CSS and fonts, Mermaid's browser bundle: each published only when a page needs it.
    vendorAssets(),
    codeLanguages(unknownLanguages),
    linkCheck({ contentDir, mode: site.brokenLinks, folders: kindFolders(site) }),
    sitemap(),
    contentSecurityPolicy(),
    atomicDist(outDir, { contentDir }),
  ];
  return steps.map((step) => failCleanly(step));
}
