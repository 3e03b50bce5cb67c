import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { FrontmatterSyntaxError, parseFrontmatter } from '../lib/frontmatter.ts';

/** A model card already in the wiki, as far as its front matter can be read. */
export interface ExistingCard {
  /** Path relative to the content folder, forward slashes. */
  file: string;
  modelName?: string;
  version?: string;
}

/** Every model card file under `models/`, with its `model_name` and `version` when they are text. */
export function readModelCards(contentDir: string): ExistingCard[] {
  const root = join(contentDir, 'models');
  if (!existsSync(root)) return [];
  const cards: ExistingCard[] = [];
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/^[^_.].*\.mdx?$/i.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    const file = relative(contentDir, path).split(sep).join('/');
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
