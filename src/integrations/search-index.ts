import { createReadStream, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { BUNDLE_FOLDER, bundleContentType, bundleFilePath, UNUSED_BUNDLE_FILE } from '../lib/search/bundle-files.ts';
import { contentPages, describeCounts, indexedPageCount, indexShortfall } from '../lib/search/content-pages.ts';
import { LabbookFailure } from '../lib/errors.ts';
import { runInBackground } from './background-work.ts';
import { readHtmlFiles } from './built-html.ts';

/** Options of {@link searchIndex}. */
export interface Options {
  /** The finished site folder (`dist/` or `$LABBOOK_OUT`); the dev server serves its `pagefind/`. Required. */
  outDir: string;
}

/** The built pages, without Pagefind's own files. */
function readSitePages(site: string): { path: string; html: string }[] {
  return readHtmlFiles(site).filter((file) => !file.path.startsWith(`${BUNDLE_FOLDER}/`));
}

/** A build error that says what to do; a stack trace into Labbook would only hide the message. */
function searchIndexError(message: string): Error {
  return new LabbookFailure(message, 'SearchIndexError');
}

/** Total bytes of the files below `dir`. */
function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

/** Index the pages of `site` with Pagefind into its `pagefind/`, and check it holds all of `pages`. */
async function buildIndex(site: string, pages: ReturnType<typeof contentPages>, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex();
  if (!index) throw searchIndexError(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    // Pagefind reads the files itself (faster than handing it 1,000s of pages one message each);
    // the CSP pass rewrites pages meanwhile, by rename, so it reads a whole page, before or after.
    const added = await index.addDirectory({ path: site });
    if (added.errors.length) throw searchIndexError(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
    const bundleDir = join(site, BUNDLE_FOLDER);
    const written = await index.writeFiles({ outputPath: bundleDir });
    if (written.errors.length) throw searchIndexError(`Pagefind could not write ${bundleDir}: ${written.errors.join('; ')}`);
    // The entry file counts the pages that made it into the index.
    const indexed = indexedPageCount(readFileSync(join(bundleDir, 'pagefind-entry.json'), 'utf8'));
    const shortfall = indexShortfall(pages, indexed);
    if (shortfall) throw searchIndexError(shortfall);
    for (const name of readdirSync(bundleDir)) if (UNUSED_BUNDLE_FILE.test(name)) rmSync(join(bundleDir, name));
    const kilobytes = Math.round(folderBytes(bundleDir) / 1024);
    const ms = Math.round(performance.now() - started);
    logger.info(`indexed ${indexed} pages (${describeCounts(pages)}) in ${ms} ms; ${BUNDLE_FOLDER}/ is ${kilobytes} KB`);
  } finally {
    await pagefind.close();
  }
}

/**
 * Builds the Pagefind index of the finished pages (the markup decides what is indexed: see
 * `data-pagefind-*` in the page templates) into `pagefind/` of the build folder, and fails the
 * build when it holds fewer pages than the site has content pages. It runs in the background
 * (background-work.ts) while the later hooks run; register it before `atomicDist`, which waits
 * for it, so the index lands in the staging folder that is swapped into `dist/`.
 *
 * In `astro dev` it serves `pagefind/` of the last build, so search works while writing.
 */
export function searchIndex({ outDir }: Options): AstroIntegration {
  let base = '/';
  return {
    name: 'labbook:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:server:setup': ({ server, logger }) => {
        const bundleDir = join(outDir, BUNDLE_FOLDER);
        const inProject = relative(process.cwd(), bundleDir);
        const shown = inProject && !inProject.startsWith('..') ? inProject : bundleDir;
        const entry = join(bundleDir, 'pagefind-entry.json');
        if (existsSync(entry)) {
          const built = statSync(entry).mtime.toISOString().slice(0, 16).replace('T', ' ');
          logger.info(`search uses the index of the last build (${shown}/, ${built} UTC); npm run build refreshes it`);
        } else {
          logger.info(`search has no index yet (${shown}/ is missing): run npm run build once to enable search in dev`);
        }
        // Checked per request, so a build made while the dev server runs is picked up.
        server.middlewares.use((req, res, next) => {
          // Astro's dev server strips the base from the URL before middlewares like this one run.
          const file = bundleFilePath(req.url ?? '', base, bundleDir) ?? bundleFilePath(req.url ?? '', '/', bundleDir);
          if (!file) return next();
          if (!existsSync(file) || !statSync(file).isFile()) {
            res.statusCode = 404;
            res.setHeader('Content-Type', 'text/plain; charset=utf-8');
            res.end('No search index: run npm run build once to enable search in dev.');
            return;
          }
          res.setHeader('Content-Type', bundleContentType(file));
          res.setHeader('Cache-Control', 'no-cache');
          createReadStream(file).pipe(res);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        // Counted now, before later hooks (the CSP pass) rewrite the pages.
        const pages = contentPages(readSitePages(site));
        runInBackground('search index', () => buildIndex(site, pages, logger));
      },
    },
  };
}
