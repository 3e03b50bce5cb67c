import { existsSync, realpathSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { gitRootOf } from '../../lib/links/repo-files.ts';
import { KINDS } from '../../lib/content/kinds.ts';
import { detectLayout, LAYOUTS, type LayoutName } from '../../lib/content/layouts.ts';
import { optionRows, parseCommandArgs, synopsis, usageText, type CommandSpec, type OptionSpecs } from '../args.ts';
import { CliError, displayPath, EXIT, type CliContext } from '../context.ts';
import { githubRepoOf, originBranch, originUrl } from '../github-origin.ts';
import { readmeTitle } from '../readme-title.ts';
import { renderPagesWorkflow } from '../templates/pages-workflow.ts';
import { renderSiteConfig } from '../templates/site-config.ts';
import { surveyWiki, type WikiSurvey } from '../wiki-survey.ts';
import { FileExistsError, writeNewFile } from '../write-file.ts';
import { oneDir } from './build.ts';

/** Arguments of `labbook init`. */
export const initCommand = {
  name: 'init',
  positionals: '[DIR]',
  options: {
    'dry-run': { type: 'boolean', description: 'Print the files instead of writing them' },
  },
} as const satisfies CommandSpec<OptionSpecs>;

/** Exit codes of `labbook init`: the CLI's, plus 3 when both files were there already (as `readme`'s "up to date"). */
export const INIT_EXIT = { ...EXIT, alreadySetUp: 3 } as const;

/** What the first line says of each layout after its name. */
const LAYOUT_NOTES: Record<LayoutName, string> = {
  labbook: '',
  diary: ' (TILs/ and TILs/WEEKLY/)',
  'til-repo': ' (a TIL repository: notes in topic folders, each topic a category)',
  'docs-root': ' (docs from the whole folder tree)',
};

/** How many unplaced files are named; the rest are counted. */
const SHOWN_UNPLACED = 10;

export const initSummary = 'Set up DIR (default: here) for Labbook: labbook.yaml and a GitHub Pages workflow';

export const initHelp = `${synopsis(initCommand)}

${initSummary}.
Recognises the layout (labbook: til/, docs/...; diary: TILs/ with TILs/WEEKLY/; til-repo: topic
folders of notes; docs-root: any other folder of Markdown, as docs), counts the notes of
each kind and names Markdown files outside the folders Labbook reads. Writes:
  labbook.yaml                   title from the README's first "# " heading (else the folder's name),
                                 repo from a GitHub remote "origin", layout when it is not labbook
  .github/workflows/labbook.yml  npm ci, npx labbook build, publish to GitHub Pages; at the top of
                                 the git repository when DIR is inside one
A file that exists is left as it is, so a second run changes nothing.

Options:
${optionRows(initCommand)}

Exit codes:
  0  written (with --dry-run: would be), or one of the two files
  1  failed: DIR is not a folder
  2  bad arguments
  3  already set up: both files exist, nothing written
`;

/** A file init would create. */
interface Planned {
  path: string;
  content: string;
}

const plural = (n: number, [one, many]: readonly [string, string]) => `${n} ${n === 1 ? one : many}`;

/** `3 TILs (1 note file, 2 entries of 1 daily log), 1 weekly page, ...`, in the registry's order and nouns. */
export function surveyLines(survey: WikiSurvey): string[] {
  const { tils } = survey;
  const counts = KINDS.map(({ name, search }) => {
    const text = plural(survey.counts[name], search.nouns);
    if (name === 'til' && survey.topics > 0) return `${text} in ${plural(survey.topics, ['topic folder', 'topic folders'])}`;
    if (name !== 'til' || tils.dailyLogs === 0) return text;
    return `${text} (${plural(tils.single, ['note file', 'note files'])}, ${plural(tils.entries, ['entry', 'entries'])} of ${plural(tils.dailyLogs, ['daily log', 'daily logs'])})`;
  });
  const lines = [`Found: ${counts.join(', ')}.`];
  if (survey.unplaced.length > 0) {
    const shown = survey.unplaced.slice(0, SHOWN_UNPLACED).join(', ');
    const more = survey.unplaced.length > SHOWN_UNPLACED ? ` and ${survey.unplaced.length - SHOWN_UNPLACED} more` : '';
    const folders = layoutFolders(survey);
    lines.push(`Not placed, so not published (${plural(survey.unplaced.length, ['Markdown file', 'Markdown files'])} outside ${folders}): ${shown}${more}.`);
  }
  if (survey.readme && !survey.readmeIsPage) lines.push(`${survey.readme} stays the repository's front page on GitHub; it is not a page of the site.`);
  return lines;
}

/** `TILs/, docs/, models/, ...`: the layout's top-level folders (a TIL repository's topic folders). */
function layoutFolders(survey: WikiSurvey): string {
  const tops = new Set(Object.values(LAYOUTS[survey.layout]).map((folder) => folder.split('/')[0]));
  return [...tops].map((folder) => (folder === '' ? 'the topic folders' : `${folder}/`)).join(', ');
}

function requireFolder(ctx: CliContext, dir: string): void {
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    // Missing or unreadable: nothing to set up.
  }
  if (!isDir) throw new CliError(`labbook init: ${displayPath(ctx, dir)} is not a folder; name the folder that holds your notes`, EXIT.failure);
}

/**
 * The files to create: labbook.yaml in the wiki, the workflow at the top of its git repository
 * (`root`), the only place GitHub reads workflows from; the build then names the wiki's folder.
 */
function plan(dir: string, root: string, survey: WikiSurvey): Planned[] {
  const title = (survey.readme && readmeTitle(join(dir, survey.readme))) || basename(dir);
  const url = originUrl(dir);
  const repo = url ? githubRepoOf(url) : undefined;
  // git names the root by its real path (/private/tmp on macOS), so compare real paths.
  const contentDir = relative(root, realpathSync(dir)).split(sep).join('/') || '.';
  return [
    { path: join(dir, 'labbook.yaml'), content: renderSiteConfig({ title, repo, branch: repo ? originBranch(dir) : undefined, layout: survey.layout }) },
    { path: join(root, '.github', 'workflows', 'labbook.yml'), content: renderPagesWorkflow({ contentDir }) },
  ];
}

/** `labbook init [DIR] [--dry-run]`: returns 0 written, 1 failed, 2 bad arguments, 3 already set up. */
export function init(argv: string[], ctx: CliContext): number {
  const { values, positionals } = parseCommandArgs(argv, initCommand);
  const dir = resolve(ctx.cwd, oneDir('init', positionals, usageText(initCommand)) ?? '.');
  requireFolder(ctx, dir);
  const dryRun = values['dry-run'] ?? false;
  const layout = detectLayout(dir);
  const survey = surveyWiki(dir, layout);
  const out = [`Layout: ${layout}${LAYOUT_NOTES[layout]}.`, ...surveyLines(survey)];
  const root = gitRootOf(dir) ?? dir;
  let written = 0;
  for (const file of plan(dir, root, survey)) {
    const shown = displayPath(ctx, file.path);
    if (existsSync(file.path)) {
      out.push(`${shown} exists; left as it is.`);
      continue;
    }
    written += 1;
    if (dryRun) {
      out.push(`Would write ${shown}:`, '', file.content);
      continue;
    }
    try {
      writeNewFile(file.path, file.content);
      out.push(`Wrote ${shown}`);
    } catch (error) {
      // Created by someone else since the check above: theirs stays.
      if (!(error instanceof FileExistsError)) throw error;
      written -= 1;
      out.push(`${shown} exists; left as it is.`);
    }
  }
  if (dryRun && written > 0) out.unshift('Dry run, nothing written.');
  if (written > 0 && !existsSync(join(root, 'package-lock.json'))) {
    out.push('The workflow installs with npm ci: add Labbook to package.json (npm i -D ...) and commit package-lock.json.');
  }
  if (written === 0) out.push('Already set up; nothing written.');
  ctx.stdout(`${out.join('\n')}\n`);
  return written === 0 ? INIT_EXIT.alreadySetUp : INIT_EXIT.ok;
}
