import { describe, expect, it } from 'vitest';
import type { Site } from '../../../src/config/site.ts';
import { parseSiteConfig } from '../../../src/config/site-config.ts';
import { SITE_MODULE_ID, siteModulePlugin, siteModuleSource } from '../../../src/integrations/site-module.ts';

function siteFrom(yaml: string): Site {
  const { config, problems } = parseSiteConfig(yaml);
  if (!config) throw new Error(problems.map((p) => p.message).join('\n'));
  return { ...config, contentDir: '/wiki' };
}

/** The module's default export, as Vite would evaluate the source the plugin serves. */
async function evaluate(source: string): Promise<unknown> {
  const module = (await import(`data:text/javascript,${encodeURIComponent(source)}`)) as { default: unknown };
  return module.default;
}

describe('virtual:labbook/site', () => {
  const site = siteFrom('title: "Team \\"wiki\\" </script>"\nurl: https://example.org\nbase: /wiki\ntagAliases:\n  pytorch: [torch]\n');

  it('serves the validated config and the content folder, equal to what astro.config.mjs validated', async () => {
    const plugin = siteModulePlugin(site);
    const resolveId = plugin.resolveId as (id: string) => string | undefined;
    const load = plugin.load as (id: string) => string | undefined;
    const resolved = resolveId(SITE_MODULE_ID);
    expect(resolved).toBeDefined();
    const source = load(resolved ?? '');
    expect(source).toBe(siteModuleSource(site));
    expect(await evaluate(source ?? '')).toEqual(JSON.parse(JSON.stringify(site)));
  });

  it('leaves every other module to Vite', () => {
    const plugin = siteModulePlugin(site);
    expect((plugin.resolveId as (id: string) => unknown)('virtual:other')).toBeUndefined();
    expect((plugin.load as (id: string) => unknown)('/src/pages/index.astro')).toBeUndefined();
  });
});
