import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { THEME_SCRIPT } from '../components/theme-script.ts';
import { securePage } from '../lib/csp.ts';
import { location, problems } from '../lib/errors.ts';
import { forgetHtmlFiles, readHtmlFiles } from './built-html.ts';

/**
 * Records the final text of every client script bundled from Labbook's own `src/` (the `<script>`s
 * of its components). Astro writes the small ones inline as `<script type="module">` with exactly
 * this text (its `code.trim()`, read at the same stage, before Astro drops the inlined chunks).
 */
function ownBundledScripts(srcDir: string, found: Set<string>): Plugin {
  return {
    name: 'labbook:own-scripts',
    applyToEnvironment: (environment) => environment.name === 'client',
    generateBundle: {
      order: 'pre',
      handler(_options, bundle) {
        for (const output of Object.values(bundle)) {
          if (output.type === 'chunk' && output.facadeModuleId?.startsWith(srcDir)) found.add(output.code.trim());
        }
      },
    },
  };
}

/**
 * Gives every built page its Content-Security-Policy `<meta>` (src/lib/csp.ts). Astro's own
 * `security.csp` hashes its scripts and styles but then forbids inline `style` attributes and the
 * `<style>` of Mermaid's SVG, which code highlighting and diagrams need; so the policy is written
 * here, after the build. Only Labbook's own inline scripts get a hash: the theme script and the
 * component scripts Astro inlined, known from the build itself, never taken from the page. Register
 * it after every integration that writes HTML and before `atomicDist`.
 */
export function contentSecurityPolicy(): AstroIntegration {
  const own = new Set<string>([THEME_SCRIPT]);
  return {
    name: 'labbook:csp',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        updateConfig({ vite: { plugins: [ownBundledScripts(fileURLToPath(new URL('src/', config.root)), own)] } });
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = readHtmlFiles(out);
        for (const { path, html } of pages) {
          const { html: secured, blocked } = securePage(html, own);
          if (blocked.length) {
            const problem = problems.inlineScriptBlocked(path, blocked.length);
            logger.warn(`${location(problem)}: ${problem.message}`);
          }
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
