import { existsSync, readdirSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, parse, resolve } from 'node:path';
import { isWithin } from './within.ts';

/**
 * The file that marks a folder as a site Labbook wrote. A build replaces the output folder whole,
 * so it may only ever replace a folder that holds nothing else of value: one that does not exist,
 * is empty, or carries this mark from an earlier build.
 */
export const SITE_MARK = '.labbook-site';
const SITE_MARK_TEXT = 'This folder was written by Labbook and is replaced whole by every build. Keep nothing else here.\n';


/** The path with symlinks resolved as far as it exists, so `out -> content` is seen through. */
function realish(path: string): string {
  let head = resolve(path);
  const tail: string[] = [];
  while (!existsSync(head)) {
    const parent = dirname(head);
    if (parent === head) break;
    tail.unshift(head.slice(parent.length).replace(/^[\\/]/, ''));
    head = parent;
  }
  try {
    return join(realpathSync(head), ...tail);
  } catch {
    return resolve(path);
  }
}

export interface OutputDirFacts {
  /** Where the site would go. */
  outDir: string;
  /** The wiki's content folder. */
  contentDir: string;
  /** The project (Astro root) the build runs in. */
  projectDir: string;
}

/**
 * Why a build must not write its site to `outDir`, or undefined when it may. The rule: never the
 * content folder, the project or a folder holding either (a build replaces its output whole), never
 * a file system root, and otherwise a folder that does not exist, is empty, or holds a site an
 * earlier build marked with {@link SITE_MARK}.
 */
export function outputDirProblem(facts: OutputDirFacts): string | undefined {
  const out = realish(facts.outDir);
  const advice = 'Set LABBOOK_OUT to a folder of its own, such as dist/.';
  if (parse(out).root === out) return `the output folder ${facts.outDir} is the root of the file system. ${advice}`;
  for (const [name, dir] of [
    ['content folder', facts.contentDir],
    ['project', facts.projectDir],
  ] as const) {
    const real = realish(dir);
    if (isWithin(real, out)) {
      const what = real === out ? `is the ${name}` : `holds the ${name} (${dir})`;
      return `the output folder ${facts.outDir} ${what}; a build replaces its output folder whole and would delete it. ${advice}`;
    }
  }
  if (!existsSync(out)) return undefined;
  if (!statSync(out).isDirectory()) return `the output folder ${facts.outDir} is a file, not a folder. ${advice}`;
  const names = readdirSync(out);
  if (names.length === 0 || names.includes(SITE_MARK)) return undefined;
  return `the output folder ${facts.outDir} is not empty and was not written by Labbook (it has no ${SITE_MARK} file), so a build will not replace it. Move what is in it, delete it, or ${advice.charAt(0).toLowerCase()}${advice.slice(1)}`;
}

/** Mark a freshly built site so the next build may replace it. */
export function markSite(dir: string): void {
  writeFileSync(join(dir, SITE_MARK), SITE_MARK_TEXT);
}
