import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { LabbookError, location, problems } from '../lib/errors.ts';
import { listApiFiles } from '../lib/openapi/api-files.ts';
import { collectSpecs } from '../lib/openapi/collect-specs.ts';
import { loadSpec } from '../lib/openapi/load-spec.ts';

/**
 * Load every `api/**\/*.{yaml,yml,json}` of the content folder as one API spec entry: validated,
 * dereferenced and normalised into the page's view model (src/schemas/api-spec.ts). Every spec is
 * checked on every load (a spec may `$ref` a shared file, so its own text alone says nothing
 * about whether it changed); all problems of all specs fail the build together.
 */
export function openapiLoader(contentDir: string): Loader {
  const load = async (context: LoaderContext) => {
    const root = fileURLToPath(context.config.root);
    const { specs, outside, problems: refused } = listApiFiles(contentDir);
    // Specs are independent: check them in parallel, report them in file order.
    const loaded = await Promise.all(specs.map((file) => loadSpec(contentDir, file)));
    const collected = collectSpecs(specs, loaded);
    for (const warning of collected.warnings) context.logger.warn(`${location(warning)}: ${warning.message}`);
    const found = [...outside.map((link) => problems.openapiOutside(link, undefined, '', undefined)), ...refused, ...collected.problems];
    const seen = new Set<string>();
    for (const { file, spec } of collected.pages) {
      const id = spec.slug;
      seen.add(id);
      const data = await context.parseData({ id, data: spec });
      const filePath = relative(root, resolve(contentDir, file)).split(sep).join('/');
      context.store.set({ id, data, filePath, digest: context.generateDigest(data) });
    }
    for (const id of context.store.keys()) if (!seen.has(id)) context.store.delete(id);
    if (found.length) throw new LabbookError(found);
  };
  let watching = false;
  return {
    name: 'labbook-openapi',
    load: async (context) => {
      await load(context);
      // `astro dev`: a changed spec (or a file it $refs) reloads them all. Listeners are added
      // once, however often Astro calls load.
      if (!context.watcher || watching) return;
      watching = true;
      const api = resolve(contentDir, 'api') + sep;
      context.watcher.add(api);
      for (const event of ['add', 'change', 'unlink'] as const) {
        context.watcher.on(event, (path) => {
          if (!resolve(path).startsWith(api)) return;
          load(context).catch((error: unknown) => context.logger.error(error instanceof Error ? error.message : String(error)));
        });
      }
    },
  };
}
