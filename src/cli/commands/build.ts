import { spawnAstro } from '../astro-process.ts';
import { optionRows, parseCommandArgs, synopsis, usageText, type CommandSpec, type OptionSpecs } from '../args.ts';
import { usageError, type CliContext } from '../context.ts';
import { astroEnv, sitePaths } from '../site-paths.ts';

/** Arguments of `labbook build`. */
export const buildCommand = {
  name: 'build',
  positionals: '[DIR]',
  options: {
    out: { type: 'string', value: '<dir>', description: 'Where the site goes (default: $LABBOOK_OUT or dist)' },
    force: { type: 'boolean', description: 'Render every page, not only those whose inputs changed' },
  },
} as const satisfies CommandSpec<OptionSpecs>;

export const buildSummary = 'Build the wiki in DIR into dist/ (DIR: see LABBOOK_CONTENT below)';

export const buildHelp = `${synopsis(buildCommand)}

${buildSummary}.
Checks every file first and stops naming file and line. A failed build leaves the previous
output folder as it was. Caches live in node_modules/.cache/labbook/ of the current folder.

Options:
${optionRows(buildCommand)}

Exit codes: 0 built, 1 the wiki has problems or the build failed, 2 bad arguments.
`;

/** At most one positional, the content folder. */
export function oneDir(command: string, positionals: string[], usage: string): string | undefined {
  if (positionals.length > 1) throw usageError(`labbook ${command}: expected one folder, got "${positionals.join(' ')}"`, usage);
  return positionals[0];
}

/** `labbook build [DIR] [--out <dir>] [--force]`: `astro build` of the wiki, in Labbook's project. */
export async function build(argv: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, buildCommand);
  const paths = sitePaths(ctx, oneDir('build', positionals, usageText(buildCommand)), values.out);
  const runAstro = ctx.runAstro ?? spawnAstro;
  return runAstro(['build', ...(values.force ? ['--force'] : [])], astroEnv(ctx.env, paths));
}
