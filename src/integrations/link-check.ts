import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pageSources } from '../lib/content-urls.ts';
import type { KindFolders } from '../lib/content/layouts.ts';
import { LabbookFailure } from '../lib/errors.ts';
import { readHtmlFiles } from './built-html.ts';
import { brokenLinks, lineOfLink, pageFacts, type BrokenLink, type PageFacts } from '../lib/link-check.ts';

export interface Options {
  /** The wiki's content folder, to name the file a broken link is written in. */
  contentDir: string;
  /** Where each kind lives in the wiki, to name the file a broken link is written in. */
  folders?: KindFolders;
  /** `error` fails the build listing every broken link; `warn` lists them once, as warnings. */
  mode: 'error' | 'warn';
}

/** Read the built site: HTML pages parsed for ids and links, every other file by path. */
function readSite(dir: string, base: string) {
  const pages = new Map<string, PageFacts>();
  const files = new Set<string>();
  for (const { path, html } of readHtmlFiles(dir)) pages.set(path, pageFacts(html));
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && !entry.name.endsWith('.html')) files.add(relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
  }
  return { pages, files, base };
}

/** `til/x/index.html` -> `/til/x/`. */
const urlOfPage = (page: string) => (page === 'index.html' ? '/' : `/${page.replace(/index\.html$/, '')}`);

/** One line per broken link: `docs/guide.md:14: link "..." leads to ...` or, for generated pages, the page. */
export function describeBrokenLinks(found: BrokenLink[], contentDir: string, base: string, folders?: KindFolders): string[] {
  const sources = pageSources(contentDir, folders);
  const texts = new Map<string, string>();
  const read = (path: string) => {
    if (!texts.has(path)) texts.set(path, readFileSync(join(contentDir, path), 'utf8'));
    return texts.get(path) ?? '';
  };
  return found.map(({ page, url, reason }) => {
    const source = sources.get(urlOfPage(page));
    if (!source) return `page ${urlOfPage(page)}: link "${url}" ${reason}`;
    const line = lineOfLink(read(source), url, base);
    return `${source}${line ? `:${line}` : ''}: link "${url}" ${reason}`;
  });
}

/**
 * Checks every internal link, asset and anchor of the finished site. Register it after everything
 * that writes files (search index, feeds, sitemap) and before `atomicDist`, so a site with broken
 * links never replaces dist/ (unless `brokenLinks: warn`, which lists them once at the end).
 */
export function linkCheck({ contentDir, mode, folders }: Options): AstroIntegration {
  let base = '/';
  return {
    name: 'labbook:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const site = readSite(fileURLToPath(dir), base);
        const found = brokenLinks(site);
        const ms = Math.round(performance.now() - started);
        if (found.length === 0) {
          logger.info(`links: ${site.pages.size} pages checked, no broken links (${ms} ms)`);
          return;
        }
        const lines = describeBrokenLinks(found, contentDir, base, folders);
        const summary = `${found.length} broken link${found.length === 1 ? '' : 's'} in the built site`;
        if (mode === 'warn') {
          logger.warn(`${summary} (brokenLinks: warn):\n  ${lines.join('\n  ')}`);
          return;
        }
        throw new LabbookFailure(`${summary}:\n  ${lines.join('\n  ')}\nFix them, or set "brokenLinks: warn" in labbook.yaml to publish anyway.`, 'BrokenLinks');
      },
    },
  };
}
