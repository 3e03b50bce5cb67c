import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { absoluteUrl } from '../lib/feeds/til-items.ts';
import { buildSitemap } from '../lib/publishing/sitemap.ts';
import { readHtmlFiles } from './built-html.ts';

/** The one warning of a wiki without `url` (feeds and sitemap need absolute URLs). */
export const NO_URL_WARNING =
  'labbook.yaml: `url` is not set, so no feeds (rss.xml, atom.xml, feed.json) and no sitemap.xml were published: they need absolute links. Add the address the site is served at, e.g. `url: https://acme.github.io`.';

/**
 * After the build: writes `sitemap.xml` over the built HTML pages (every kind of page, minus
 * 404.html and `noindex` pages). Without the site's `url` it publishes no sitemap and prints the
 * one warning that also covers the feeds. (`.nojekyll`, which keeps GitHub Pages from dropping
 * `_astro/`, needs no code: Astro copies it from public/ like any file.) Register it before `atomicDist`, so it writes into
 * the staging folder.
 */
export function sitemap(): AstroIntegration {
  let site: string | undefined;
  let base = '/';
  return {
    name: 'labbook:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        if (!site) {
          logger.warn(NO_URL_WARNING);
          return;
        }
        const xml = buildSitemap(absoluteUrl({ url: site, base }, '/'), readHtmlFiles(out));
        writeFileSync(join(out, 'sitemap.xml'), xml);
        logger.info(`sitemap.xml lists ${xml.split('<url>').length - 1} pages`);
      },
    },
  };
}
