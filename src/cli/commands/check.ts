import { existsSync } from 'node:fs';
import type { SiteConfig } from '../../config/site-config.ts';
import { kindFolders, loadSiteConfig } from '../../config/site-config.ts';
import { detectLayout } from '../../lib/content/layouts.ts';
import { contentWarnings } from '../../integrations/validate-content.ts';
import { formatProblems, LabbookError, problems as problemText, type Problem } from '../../lib/errors.ts';
import { checkContentDir } from '../../lib/validate-content.ts';
import { readExperiments } from '../../lib/experiments/read-experiments.ts';
import { location } from '../../lib/errors.ts';
import { optionRows, parseCommandArgs, synopsis, usageText, type CommandSpec, type OptionSpecs } from '../args.ts';
import { displayPath, EXIT, usageError, type CliContext } from '../context.ts';
import { sitePaths } from '../site-paths.ts';
import { oneDir } from './build.ts';

/** Arguments of `labbook check`. */
export const checkCommand = {
  name: 'check',
  positionals: '[DIR]',
  options: {
    format: { type: 'string', value: '<text|json>', description: 'json: one object {problems, warnings} on stdout, for editors and scripts' },
  },
} as const satisfies CommandSpec<OptionSpecs>;

export const checkSummary = 'Check the wiki as the build does, without rendering (seconds)';

export const checkHelp = `${synopsis(checkCommand)}

${checkSummary}.
Problems name the file and line, as the build prints them; warnings do not fail the check.
JSON: {"problems": [{"code", "file", "line", "message"}], "warnings": ["..."]}; line is null when unknown.

Options:
${optionRows(checkCommand)}

Exit codes: 0 no problems (warnings allowed), 1 problems found, 2 bad arguments.
`;

/** What the build checks before it renders anything. */
export interface CheckResult {
  problems: Problem[];
  warnings: string[];
  files: number;
}

/**
 * Every up-front check of the build, in its order: labbook.yaml (astro.config.mjs), then every
 * file (checkContentDir), then the warnings (contentWarnings, which need the settings).
 */
export function checkWiki(contentDir: string, env: CliContext['env']): CheckResult {
  // A missing folder is one problem, not one from each reader.
  if (!existsSync(contentDir)) return { problems: [problemText.contentDirMissing(contentDir)], warnings: [], files: 0 };
  const problems: Problem[] = [];
  let site: SiteConfig | undefined;
  try {
    site = loadSiteConfig(contentDir, env);
  } catch (error) {
    if (!(error instanceof LabbookError)) throw error;
    problems.push(...error.problems);
  }
  // Without valid settings, the layout is the one the folder suggests (as loadSiteConfig would pick).
  const folders = kindFolders(site ?? { layout: detectLayout(contentDir) });
  const { files, problems: found } = checkContentDir(contentDir, folders);
  problems.push(...found);
  // Experiment runs are read by their loader in a build; the same reader here.
  const experiments = readExperiments(contentDir, folders.experiments);
  problems.push(...experiments.problems);
  const warnings = [...(site ? contentWarnings(files, site) : []), ...experiments.warnings.map((warning) => `${location(warning)}: ${warning.message}`)];
  return { problems, warnings, files: files.length + experiments.runs.length };
}

/** `labbook check [DIR] [--format json]`. */
export function check(argv: string[], ctx: CliContext): number {
  const { values, positionals } = parseCommandArgs(argv, checkCommand);
  const usage = usageText(checkCommand);
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw usageError(`labbook check: --format expects text or json; got "${format}"`, usage);
  const { contentDir } = sitePaths(ctx, oneDir('check', positionals, usage));
  const result = checkWiki(contentDir, ctx.env);
  if (format === 'json') {
    const problems = result.problems.map(({ code, file, line, message }) => ({ code, file, line: line ?? null, message }));
    ctx.stdout(`${JSON.stringify({ problems, warnings: result.warnings }, null, 2)}\n`);
  } else {
    for (const warning of result.warnings) ctx.stderr(`⚠ ${warning}\n`);
    if (result.problems.length) ctx.stderr(`${formatProblems(result.problems, `Labbook found problems in ${displayPath(ctx, contentDir)}`)}\n`);
    else ctx.stdout(`${displayPath(ctx, contentDir)}: ${result.files} files checked, no problems\n`);
  }
  return result.problems.length ? EXIT.failure : EXIT.ok;
}
