import { join } from 'node:path';
import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
import { repoFileUrl, type RepoFiles } from '../lib/links/repo-files.ts';
import { isWithin } from '../lib/safety/within.ts';

export interface Options {
  /** The run's folder on disk. */
  folder: string;
  /** The wiki's repository on disk and on GitHub (src/lib/links/repo-files.ts); without it links stay as written. */
  repoFiles?: RepoFiles;
}

/** A URL with a scheme (`https:`, `mailto:`), an absolute path or a fragment: not a file of the run. */
const NOT_RELATIVE = /^(?:[a-z][a-z\d+.-]*:|\/|#)/i;

/**
 * A run README's links to files beside it (`[log](train_log.csv)`, `[script](../../train.py)`), as
 * GitHub shows them from a README: they open the file on GitHub when the repository is known. A
 * link to nothing, or without a known repository, stays as written and the link check names it.
 */
export function runFileLinks(options: Options): MdastPluginEntry {
  const { folder, repoFiles } = options;
  return defineMdastPlugin({
    name: 'labbook-run-file-links',
    link(node, ctx) {
      if (!repoFiles || NOT_RELATIVE.test(node.url)) return;
      const [path = '', fragment] = node.url.split('#', 2);
      let decoded: string;
      try {
        decoded = decodeURIComponent(path.split('?')[0] ?? '');
      } catch {
        return;
      }
      const target = join(folder, decoded);
      if (!isWithin(target, repoFiles.root)) return;
      const url = repoFileUrl(target, repoFiles);
      if (url) ctx.setProperty(node, 'url', fragment ? `${url}#${fragment}` : url);
    },
  });
}
