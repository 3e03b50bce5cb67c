import { listFileFolders } from '../content/files.ts';
import { runIdOf, RUN_MARKERS } from './run.ts';
import { slugSegment } from '../routes.ts';

/**
 * Which words in a note mean an experiment run. The rule: a run's folder name (`exp-003_lr-warmup`)
 * or its id (`exp-003`), written as a whole word, case as written. A name links only when it has a
 * letter and a digit (`exp-003`, `run42`) or an underscore (`exp_baseline`), so an ordinary word
 * (a folder named `baseline`) never does; an id links only when no other run has the same id. Code,
 * links and headings are left alone (the plugin).
 */

/** A run a note may mention, and its page. */
export interface RunTarget {
  id: string;
  dirName: string;
  /** Site-relative URL without base. */
  url: string;
}

export interface RunMention {
  start: number;
  end: number;
  url: string;
}

/** Characters that continue a word or a path: a mention must not touch them. */
const WORD = /[\p{L}\p{N}_\-/.@#]/u;
/** But a sentence may end right after a mention: `see exp-003.` */
const WORD_AFTER = /[\p{L}\p{N}_\-/@#]/u;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The names that mention each run, longest first so a folder name wins over its id. */
export function mentionNames(targets: readonly RunTarget[]): Map<string, string> {
  const names = new Map<string, string>();
  const idCount = new Map<string, number>();
  for (const target of targets) idCount.set(target.id, (idCount.get(target.id) ?? 0) + 1);
  const distinctive = (name: string) => name.includes('_') || (/\p{L}/u.test(name) && /\p{N}/u.test(name));
  for (const target of targets) {
    if (distinctive(target.dirName)) names.set(target.dirName, target.url);
    if (target.id !== target.dirName && idCount.get(target.id) === 1 && distinctive(target.id)) names.set(target.id, target.url);
  }
  return names;
}

/** A matcher for text: the mentions in one text node, in order. */
export function runMentionFinder(targets: readonly RunTarget[]): (text: string) => RunMention[] {
  const names = mentionNames(targets);
  if (names.size === 0) return () => [];
  const pattern = new RegExp([...names.keys()].sort((a, b) => b.length - a.length).map(escape).join('|'), 'gu');
  return (text) => {
    const found: RunMention[] = [];
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      const before = text[start - 1];
      const after = text[end];
      if ((before && WORD.test(before)) || (after && WORD_AFTER.test(after)) || (after === '.' && text[end + 1] && WORD.test(text[end + 1] as string))) continue;
      found.push({ start, end, url: names.get(match[0]) as string });
    }
    return found;
  };
}

/** The runs of a wiki by folder name only (no file is read), for the Markdown plugin at config time. */
export function listRunTargets(contentDir: string, folder: string): RunTarget[] {
  const { folders } = listFileFolders(contentDir, folder, (names) => names.some((name) => RUN_MARKERS.includes(name)));
  return folders.map(({ folder: path }) => {
    const dirName = path.split('/').pop() ?? path;
    const inside = path === folder ? dirName : path.slice(folder.length + 1);
    return { id: runIdOf(dirName).id, dirName, url: `/experiments/${inside.split('/').map(slugSegment).join('/')}/` };
  });
}
