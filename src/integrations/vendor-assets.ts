import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { KATEX_CSS, KATEX_DIR, woff2Only } from '../lib/math/stylesheet.ts';
import { CLIENT_DIAGRAM_MARKUP, MERMAID_CLIENT_FILE } from '../lib/mermaid/client-asset.ts';
import { readHtmlFiles } from './built-html.ts';

/** A file served in `astro dev`: its type and its bytes. */
export interface ServedFile {
  type: string;
  body: Buffer | string;
}

/**
 * A vendor file (or folder) the site publishes itself, the CSP allowing no CDN, and only when a
 * built page needs it. `astro dev` serves it from node_modules.
 */
export interface VendorAsset {
  /** For the build log. */
  label: string;
  /** Where it goes under the site's base: a file or a folder. */
  path: string;
  /** Text every built page that needs it contains. */
  neededBy: string;
  /** The file at `name` (a path below {@link path}; '' for the path itself), for the dev server; undefined: not one of ours. */
  serve(name: string): ServedFile | undefined;
  /** Writes it into the built site `out`. */
  publish(out: string): void;
}

const resolve = (specifier: string) => createRequire(import.meta.url).resolve(specifier);
/** KaTeX's dist folder (katex.min.css, fonts/). */
const katexDist = () => dirname(resolve('katex/dist/katex.min.css'));
const katexCss = () => woff2Only(readFileSync(join(katexDist(), 'katex.min.css'), 'utf8'));
const mermaidBundle = () => resolve('mermaid/dist/mermaid.min.js');

/** KaTeX's stylesheet and its woff2 fonts, for pages with math (they link it, MathStyles.astro). */
export const KATEX_ASSET: VendorAsset = {
  label: 'pages with math',
  path: KATEX_DIR,
  neededBy: KATEX_CSS,
  serve(name) {
    if (name === 'katex.css') return { type: 'text/css; charset=utf-8', body: katexCss() };
    if (/^fonts\/KaTeX_[\w-]+\.woff2$/.test(name)) return { type: 'font/woff2', body: readFileSync(join(katexDist(), name)) };
    return undefined;
  },
  publish(out) {
    const target = join(out, KATEX_DIR);
    mkdirSync(join(target, 'fonts'), { recursive: true });
    writeFileSync(join(target, 'katex.css'), katexCss());
    for (const font of readdirSync(join(katexDist(), 'fonts')).filter((name) => name.endsWith('.woff2'))) {
      copyFileSync(join(katexDist(), 'fonts', font), join(target, 'fonts', font));
    }
  },
};

/**
 * Mermaid's browser bundle (3 MB), for diagrams a build without Chromium left for the reader's
 * browser (MermaidClientScript.astro loads it on demand). A site whose diagrams are all SVG
 * carries no Mermaid code at all.
 */
export const MERMAID_CLIENT_ASSET: VendorAsset = {
  label: 'diagrams drawn in the browser',
  path: MERMAID_CLIENT_FILE,
  neededBy: CLIENT_DIAGRAM_MARKUP,
  serve: (name) => (name === '' ? { type: 'text/javascript; charset=utf-8', body: readFileSync(mermaidBundle()) } : undefined),
  publish(out) {
    const target = join(out, MERMAID_CLIENT_FILE);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(mermaidBundle(), target);
  },
};

/** `name` below `asset` for a request path, or undefined when the path is not the asset's. */
function nameIn(asset: VendorAsset, path: string, base: string): string | undefined {
  for (const root of [`/${asset.path}`, `${base}${asset.path}`]) {
    if (path === root) return '';
    if (path.startsWith(`${root}/`)) return path.slice(root.length + 1);
  }
  return undefined;
}

/**
 * Publishes each vendor asset (KaTeX, Mermaid's browser bundle) into the built site only when a
 * page needs it, and serves them all in `astro dev`. Register it before `atomicDist`.
 */
export function vendorAssets(assets: readonly VendorAsset[] = [KATEX_ASSET, MERMAID_CLIENT_ASSET]): AstroIntegration {
  let base = '/';
  return {
    name: 'labbook:vendor-assets',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0] ?? '';
          for (const asset of assets) {
            const name = nameIn(asset, path, base);
            const file = name === undefined ? undefined : asset.serve(name);
            if (!file) continue;
            res.setHeader('Content-Type', file.type);
            res.end(file.body);
            return;
          }
          next();
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = readHtmlFiles(out);
        for (const asset of assets) {
          if (!pages.some((page) => page.html.includes(asset.neededBy))) continue;
          asset.publish(out);
          logger.info(`${asset.label}: published ${asset.path}`);
        }
      },
    },
  };
}
