import site from 'virtual:labbook/site';

export type { Site } from '../config/site.ts';

/** The wiki's config, validated once by astro.config.mjs and served by the labbook() integration. */
export { site };
