import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { KATEX_CSS, KATEX_DIR, woff2Only } from '../lib/math/stylesheet.ts';
import { readHtmlFiles } from './built-html.ts';

/** KaTeX's dist folder (katex.min.css, fonts/). */
const katexDist = () => dirname(createRequire(import.meta.url).resolve('katex/dist/katex.min.css'));

/** True when a built page links KaTeX's stylesheet (only pages with math do, MathStyles.astro). */
function siteHasMath(dir: string): boolean {
  return readHtmlFiles(dir).some((file) => file.html.includes(KATEX_CSS));
}

/**
 * Publishes KaTeX's stylesheet and its woff2 fonts under `_labbook/katex-<version>/` when a page
 * has math; the CSP allows no CDN. A site without math carries none of it. Register it before
 * `atomicDist`; `astro dev` serves the same files from node_modules.
 */
export function mathAssets(): AstroIntegration {
  let base = '/';
  return {
    name: 'labbook:math-assets',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0] ?? '';
          const prefix = [`/${KATEX_DIR}/`, `${base}${KATEX_DIR}/`].find((start) => path.startsWith(start));
          const name = prefix && path.slice(prefix.length);
          if (name === 'katex.css') {
            res.setHeader('Content-Type', 'text/css; charset=utf-8');
            res.end(woff2Only(readFileSync(join(katexDist(), 'katex.min.css'), 'utf8')));
          } else if (name && /^fonts\/KaTeX_[\w-]+\.woff2$/.test(name)) {
            res.setHeader('Content-Type', 'font/woff2');
            res.end(readFileSync(join(katexDist(), name)));
          } else next();
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        if (!siteHasMath(out)) return;
        const target = join(out, KATEX_DIR);
        mkdirSync(join(target, 'fonts'), { recursive: true });
        writeFileSync(join(target, 'katex.css'), woff2Only(readFileSync(join(katexDist(), 'katex.min.css'), 'utf8')));
        for (const font of readdirSync(join(katexDist(), 'fonts')).filter((name) => name.endsWith('.woff2'))) {
          copyFileSync(join(katexDist(), 'fonts', font), join(target, 'fonts', font));
        }
        logger.info(`pages with math: published ${KATEX_DIR}/`);
      },
    },
  };
}
