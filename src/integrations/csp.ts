import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withCspMeta } from '../lib/csp.ts';

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
        let pages = 0;
        for (const entry of readdirSync(out, { recursive: true, withFileTypes: true })) {
          if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
          const file = join(entry.parentPath, entry.name);
          const html = readFileSync(file, 'utf8');
          const secured = withCspMeta(html);
          if (secured !== html) {
            // By rename: Pagefind may be reading this page right now (search-index.ts runs beside us).
            writeFileSync(`${file}.csp-tmp`, secured);
            renameSync(`${file}.csp-tmp`, file);
          }
          pages += 1;
        }
        logger.info(`content security policy written into ${pages} pages`);
      },
    },
  };
}
