import { structuredPatch } from 'diff';

/** One built site as the comparison sees it: its files (paths relative to the site's root, `/`-separated) and a reader. */
export interface BuiltSite {
  paths: readonly string[];
  read: (path: string) => string;
}

/** How two builds differ at one path. */
export type SiteDifference =
  | { path: string; change: 'only-before' | 'only-after' }
  | { path: string; change: 'changed'; diff: string };

export interface CompareOptions {
  /** Which files are compared by content; the others only by presence. Default: HTML pages. */
  compareContent?: (path: string) => boolean;
  /** Lines of the diff shown per file before it is cut. */
  maxDiffLines?: number;
}

/** Enough to see what changed in a page without printing the page. */
const DEFAULT_MAX_DIFF_LINES = 12;

const isHtml = (path: string): boolean => path.endsWith('.html');

/**
 * Every path present in only one build, and every page whose text differs, sorted by path. Built HTML
 * is mostly one long line, so the diff breaks it after each tag first: the short diff shows the tags
 * that changed, not the whole page.
 */
export function compareSites(before: BuiltSite, after: BuiltSite, options: CompareOptions = {}): SiteDifference[] {
  const compareContent = options.compareContent ?? isHtml;
  const maxDiffLines = options.maxDiffLines ?? DEFAULT_MAX_DIFF_LINES;
  const inBefore = new Set(before.paths);
  const inAfter = new Set(after.paths);
  const differences: SiteDifference[] = [];
  for (const path of [...new Set([...inBefore, ...inAfter])].sort()) {
    if (!inAfter.has(path)) differences.push({ path, change: 'only-before' });
    else if (!inBefore.has(path)) differences.push({ path, change: 'only-after' });
    else if (compareContent(path)) {
      const [a, b] = [before.read(path), after.read(path)];
      if (a !== b) differences.push({ path, change: 'changed', diff: shortDiff(a, b, maxDiffLines) });
    }
  }
  return differences;
}

/** A unified diff of two texts broken after each tag, cut to `maxLines` changed or context lines. */
export function shortDiff(before: string, after: string, maxLines: number): string {
  const patch = structuredPatch('before', 'after', breakAfterTags(before), breakAfterTags(after), undefined, undefined, { context: 1 });
  const lines = patch.hunks.flatMap((hunk) => [`@@ -${hunk.oldStart} +${hunk.newStart} @@`, ...hunk.lines]);
  const cut = lines.length > maxLines ? [...lines.slice(0, maxLines), `… ${lines.length - maxLines} more lines`] : lines;
  return cut.join('\n');
}

function breakAfterTags(text: string): string {
  return text.replace(/>(?!\n)/g, '>\n');
}

/** The report `scripts/compare-builds.ts` prints: one block per difference, then a count. */
export function formatDifferences(differences: readonly SiteDifference[]): string {
  if (differences.length === 0) return 'Same files, same HTML.\n';
  const blocks = differences.map((d) =>
    d.change === 'changed' ? `changed: ${d.path}\n${indent(d.diff)}` : `${d.change === 'only-before' ? 'only in the first build' : 'only in the second build'}: ${d.path}`,
  );
  return `${blocks.join('\n')}\n${differences.length} difference${differences.length === 1 ? '' : 's'}.\n`;
}

function indent(text: string): string {
  return text.split('\n').map((line) => `    ${line}`).join('\n');
}
