import { resolveContentDir } from '../config/content-dir.ts';
import { loadSiteConfig, type SiteConfig } from '../config/site-config.ts';

/** What pages need to know about the wiki being built. */
export interface Site extends SiteConfig {
  /** Absolute path of the content folder. */
  contentDir: string;
}

let cached: Site | undefined;

/** The wiki's config, read once per build (astro.config.mjs has already validated it). */
export function getSite(): Site {
  if (!cached) {
    const contentDir = resolveContentDir(process.env, process.cwd());
    cached = { ...loadSiteConfig(contentDir), contentDir };
  }
  return cached;
}
