import { spawnAstro } from '../astro-process.ts';
import { optionRows, parseCommandArgs, synopsis, usageText, type CommandSpec, type OptionSpecs } from '../args.ts';
import type { CliContext } from '../context.ts';
import { astroEnv, sitePaths } from '../site-paths.ts';
import { oneDir } from './build.ts';

const serverOptions = {
  port: { type: 'string', value: '<n>', description: 'Port to listen on (default: 4321, or the next free one)' },
  host: { type: 'string', value: '<address>', description: 'Address to listen on, e.g. 127.0.0.1 or 0.0.0.0 (default: localhost)' },
} as const satisfies OptionSpecs;

/** Arguments of `labbook dev`. */
export const devCommand = { name: 'dev', positionals: '[DIR]', options: serverOptions } as const satisfies CommandSpec<OptionSpecs>;

/** Arguments of `labbook preview`. */
export const previewCommand = {
  name: 'preview',
  positionals: '[DIR]',
  options: { ...serverOptions, out: { type: 'string', value: '<dir>', description: 'The built site to serve (default: $LABBOOK_OUT or dist)' } },
} as const satisfies CommandSpec<OptionSpecs>;

export const devSummary = 'Serve the wiki in DIR while you write; pages reload when a note changes';
export const previewSummary = 'Serve the last build (dist/) as GitHub Pages would';

export const devHelp = `${synopsis(devCommand)}

${devSummary}. Runs until stopped (Ctrl-C).

Options:
${optionRows(devCommand)}
`;

export const previewHelp = `${synopsis(previewCommand)}

${previewSummary}. Runs until stopped (Ctrl-C). DIR is the wiki the site was built from.

Options:
${optionRows(previewCommand)}
`;

/** `--port` and `--host` as Astro's flags. */
function serverFlags(values: { port?: string; host?: string }): string[] {
  return [...(values.port ? ['--port', values.port] : []), ...(values.host ? ['--host', values.host] : [])];
}

/** `labbook dev [DIR]`: Astro's dev server over the wiki. */
export async function dev(argv: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, devCommand);
  const paths = sitePaths(ctx, oneDir('dev', positionals, usageText(devCommand)));
  return (ctx.runAstro ?? spawnAstro)(['dev', ...serverFlags(values)], astroEnv(ctx.env, paths));
}

/** `labbook preview [DIR] [--out <dir>]`: serve the built site. */
export async function preview(argv: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, previewCommand);
  const paths = sitePaths(ctx, oneDir('preview', positionals, usageText(previewCommand)), values.out);
  return (ctx.runAstro ?? spawnAstro)(['preview', ...serverFlags(values)], astroEnv(ctx.env, paths));
}
