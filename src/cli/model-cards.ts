import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listWiki } from '../lib/content/files.ts';
import { FrontmatterSyntaxError, parseFrontmatter } from '../lib/frontmatter.ts';

/** A model card already in the wiki, as far as its front matter can be read. */
export interface ExistingCard {
  /** Path relative to the content folder, forward slashes. */
  file: string;
  modelName?: string;
  version?: string;
}

/**
 * Every model card file under `models/`, as the one reader of the wiki lists them (`_` and `.` names
 * left out), with its `model_name` and `version` when they are text.
 */
export function readModelCards(contentDir: string): ExistingCard[] {
  const cards: ExistingCard[] = [];
  // What the listing refuses (a link out of the wiki) is the build's to report, like a broken card.
  for (const file of listWiki(contentDir, { kinds: ['models'] }).paths) {
    const path = join(contentDir, file);
    let data: Record<string, unknown> = {};
    try {
      data = parseFrontmatter(readFileSync(path, 'utf8')).data;
    } catch (error) {
      // A broken card is the build's to report; it still occupies its file name.
      if (!(error instanceof FrontmatterSyntaxError)) throw error;
    }
    const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
    cards.push({ file, modelName: text(data.model_name), version: text(data.version) });
  }
  return cards.sort((a, b) => a.file.localeCompare(b.file));
}
