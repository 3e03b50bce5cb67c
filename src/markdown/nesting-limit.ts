import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
import { problems } from '../lib/errors.ts';
import { MAX_NESTING, tooDeep } from '../lib/markdown-depth.ts';
import { describeLocation } from '../lib/mermaid/source-location.ts';

export interface Options {
  /** The content folder, so errors name files as `til/x.md`. Default: the working directory. */
  contentDir?: string;
  /** Deepest nesting allowed. Default {@link MAX_NESTING}. */
  max?: number;
}

/**
 * Fails a document nested deeper than {@link MAX_NESTING} levels (a 20,000-deep list or quote),
 * naming the file and line, before any recursive walker can overflow the stack on it. Runs first.
 */
export function nestingLimit(options: Options = {}): MdastPluginEntry {
  const contentDir = options.contentDir ?? process.cwd();
  const max = options.max ?? MAX_NESTING;
  return defineMdastPlugin({
    name: 'labbook-nesting-limit',
    // For the line of the error; internal links and Mermaid ask for positions anyway.
    options: { position: true },
    before(root, ctx) {
      const found = tooDeep(root, max);
      if (!found) return;
      // `til/x.md:14` in the file on disk (Astro hands over the body without its front matter).
      const where = describeLocation({ fileURL: ctx.fileURL, documentSource: ctx.source, line: found.line ?? 1, contentDir });
      throw new Error(`${where}: ${problems.tooDeep(where, undefined, found.depth, max).message}`);
    },
  });
}
