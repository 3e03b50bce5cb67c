import { kindFolders, loadSiteConfig } from '../config/site-config.ts';
import { detectLayout, LAYOUTS, type KindFolders, type LayoutName } from '../lib/content/layouts.ts';
import { LabbookError } from '../lib/errors.ts';
import { CliError, EXIT, type CliContext } from './context.ts';

/** Where a wiki keeps each kind: the layout's name and its folders (src/lib/content/layouts.ts). */
export interface WikiLayout {
  name: LayoutName;
  folders: KindFolders;
}

/**
 * The layout of the wiki in `contentDir` as a build reads it: labbook.yaml's `layout`, else the one
 * the folder suggests. Commands that write pages put them where this layout reads them. Without a
 * labbook.yaml the folder decides, and a warning says so; a labbook.yaml with problems stops the
 * command (its `layout` may be the wrong one), listing them, rather than writing to a guessed folder.
 */
export function wikiLayout(contentDir: string, ctx: Pick<CliContext, 'env' | 'stderr'>): WikiLayout {
  try {
    const site = loadSiteConfig(contentDir, ctx.env);
    return { name: site.layout ?? 'labbook', folders: kindFolders(site) };
  } catch (error) {
    if (!(error instanceof LabbookError)) throw error;
    if (!error.problems.every((problem) => problem.code === 'config-missing')) {
      throw new CliError(`${error.message}\nFix labbook.yaml first: where a page goes depends on its layout; nothing written.`, EXIT.failure);
    }
    const name = detectLayout(contentDir);
    ctx.stderr(`⚠ no labbook.yaml: writing where the ${name} layout the folder suggests keeps pages\n`);
    return { name, folders: LAYOUTS[name] };
  }
}
