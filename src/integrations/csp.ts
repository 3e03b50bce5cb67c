import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withCspMeta } from '../lib/csp.ts';
import { forgetHtmlFiles, readHtmlFiles } from './built-html.ts';

/**
 * Gives every built page its Content-Security-Policy `<meta>` (src/lib/csp.ts). Astro's own
 * `security.csp` hashes its scripts and styles but then forbids inline `style` attributes and the
 * `<style>` of Mermaid's SVG, which code highlighting and diagrams need; so the policy is written
 * here, after the build, with the exact hashes of each page's inline scripts. Register it after
 * every integration that writes HTML and before `atomicDist`.
 */
export function contentSecurityPolicy(): AstroIntegration {
  return {
    name: 'labbook:csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = readHtmlFiles(out);
        for (const { path, html } of pages) {
          const secured = withCspMeta(html);
          if (secured === html) continue;
          // By rename: Pagefind may be reading this page right now (search-index.ts runs beside us).
          const file = join(out, path);
          writeFileSync(`${file}.csp-tmp`, secured);
          renameSync(`${file}.csp-tmp`, file);
        }
        forgetHtmlFiles(out);
        logger.info(`content security policy written into ${pages.length} pages`);
      },
    },
  };
}
