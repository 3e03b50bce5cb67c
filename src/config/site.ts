import type { SiteConfig } from './site-config.ts';

/** What pages need to know about the wiki being built: labbook.yaml, validated, and where the wiki is. */
export interface Site extends SiteConfig {
  /** Absolute path of the content folder. */
  contentDir: string;
}
