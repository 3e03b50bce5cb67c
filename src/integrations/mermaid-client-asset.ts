import { copyFileSync, createReadStream, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CLIENT_DIAGRAM_MARKUP, MERMAID_CLIENT_FILE } from '../lib/mermaid/client-asset.ts';
import { readHtmlFiles } from './built-html.ts';

const mermaidBundle = () => createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');

/** True when a built page has a diagram left for the reader's browser to draw. */
function siteDrawsInBrowser(dir: string): boolean {
  return readHtmlFiles(dir).some((file) => file.html.includes(CLIENT_DIAGRAM_MARKUP));
}

/**
 * Publishes Mermaid's browser bundle (3 MB) only when a page needs it: when the build had no
 * Chromium and left diagrams for the reader's browser (MermaidClientScript.astro loads it on
 * demand). A site whose diagrams are all SVG carries no Mermaid code at all. Register it before
 * `atomicDist`; `astro dev` serves the bundle from node_modules.
 */
export function mermaidClientAsset(): AstroIntegration {
  let base = '/';
  return {
    name: 'labbook:mermaid-client-asset',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0];
          if (path !== `/${MERMAID_CLIENT_FILE}` && path !== `${base}${MERMAID_CLIENT_FILE}`) return next();
          res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          createReadStream(mermaidBundle()).pipe(res);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        if (!siteDrawsInBrowser(out)) return;
        const target = join(out, MERMAID_CLIENT_FILE);
        mkdirSync(dirname(target), { recursive: true });
        copyFileSync(mermaidBundle(), target);
        logger.info(`diagrams drawn in the browser: published ${MERMAID_CLIENT_FILE}`);
      },
    },
  };
}
