import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import type { Site } from '../config/site.ts';

/** The module runtime code imports the site from (through src/data/site.ts); declared in src/virtual-modules.d.ts. */
export const SITE_MODULE_ID = 'virtual:labbook/site';
// Vite's convention for virtual modules: a leading NUL keeps other plugins from treating the id as a file.
const RESOLVED_ID = `\0${SITE_MODULE_ID}`;

/** The module's source: the site as one JSON literal (labbook.yaml is YAML, so its values are JSON's too). */
export function siteModuleSource(site: Site): string {
  return `export default ${JSON.stringify(site)};\n`;
}

/** The Vite plugin that serves `virtual:labbook/site` (as Starlight serves `virtual:starlight/user-config`). */
export function siteModulePlugin(site: Site): Plugin {
  return {
    name: 'labbook:site-module',
    resolveId: (id) => (id === SITE_MODULE_ID ? RESOLVED_ID : undefined),
    load: (id) => (id === RESOLVED_ID ? siteModuleSource(site) : undefined),
  };
}

/**
 * Hands the labbook.yaml that astro.config.mjs validated to pages, components and content.config.ts
 * (Astro imports that file through the same Vite config): nothing reads labbook.yaml a second time.
 */
export function siteModule(site: Site): AstroIntegration {
  return {
    name: 'labbook:site-module',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [siteModulePlugin(site)] } });
      },
    },
  };
}
