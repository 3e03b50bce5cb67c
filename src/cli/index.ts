import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignRows, optionSynopsis, wantsHelp } from './args.ts';
import { packageRoot } from './astro-process.ts';
import { build, buildCommand, buildHelp, buildSummary } from './commands/build.ts';
import { init, initCommand, initHelp, initSummary } from './commands/init.ts';
import { check, checkCommand, checkHelp, checkSummary } from './commands/check.ts';
import { dev, devCommand, devHelp, devSummary, preview, previewCommand, previewHelp, previewSummary } from './commands/serve.ts';
import { newTil, newTilCommand, newTilHelp, newTilSummary } from './commands/new-til.ts';
import { newModel, newModelCommand, newModelHelp, newModelSummary } from './commands/new-model.ts';
import { newDataset, newDatasetCommand, newDatasetHelp, newDatasetSummary } from './commands/new-dataset.ts';
import { newExperiment, newExperimentCommand, newExperimentHelp, newExperimentSummary } from './commands/new-experiment.ts';
import { newPlaybook, newPlaybookCommand, newPlaybookHelp, newPlaybookSummary } from './commands/new-playbook.ts';
import { readme, readmeCommand, readmeHelp, readmeSummary } from './commands/readme.ts';
import { weekly, weeklyCommand, weeklyHelp, weeklySummary } from './commands/weekly.ts';
import { CliError, EXIT, usageError, type CliContext } from './context.ts';
import { tagCloseness } from './tag-suggestions.ts';

export type { CliContext } from './context.ts';

/** `labbook --help`: one line per command, then every option, generated from the command specs. */
export const mainHelp = `Usage: labbook <command> [options]

Commands:
${alignRows([
  ['build [DIR]', buildSummary],
  ['dev [DIR]', devSummary],
  ['preview [DIR]', previewSummary],
  ['check [DIR]', checkSummary],
  ['init [DIR]', initSummary],
  ['new til "<title>"', newTilSummary],
  ['new model "<title>"', newModelSummary],
  ['new dataset "<title>"', newDatasetSummary],
  ['new playbook "<title>"', newPlaybookSummary],
  ['new experiment "<name>"', newExperimentSummary],
  ['weekly', weeklySummary],
  ['readme', readmeSummary],
])}

Options:
${alignRows([
  ['build', optionSynopsis(buildCommand)],
  ['dev', optionSynopsis(devCommand)],
  ['preview', optionSynopsis(previewCommand)],
  ['check', optionSynopsis(checkCommand)],
  ['init', optionSynopsis(initCommand)],
  ['new til', optionSynopsis(newTilCommand)],
  ['new model', optionSynopsis(newModelCommand)],
  ['new dataset', optionSynopsis(newDatasetCommand)],
  ['new playbook', optionSynopsis(newPlaybookCommand)],
  ['new experiment', optionSynopsis(newExperimentCommand)],
  ['weekly', optionSynopsis(weeklyCommand)],
  ['readme', optionSynopsis(readmeCommand)],
  ['-h, --help', 'Show help; "labbook <command> --help" explains one command'],
  ['-v, --version', "Print Labbook's version"],
])}

Environment:
  LABBOOK_CONTENT  The wiki's content folder when DIR is not given, absolute or relative to here
                   (default: here when it holds labbook.yaml, else content)
  LABBOOK_OUT      Where build puts the site when --out is not given (default: dist)

Files are never overwritten; readme rewrites only the lines between its markers.
Exit codes: 0 done, 1 failed (problems in the wiki, build failed, file exists, no content folder),
2 bad arguments, 3 nothing to do (readme: already up to date; init: already set up).
`;

const COMMANDS = ['build', 'dev', 'preview', 'check', 'init', 'new til', 'weekly', 'readme'];

/** Labbook's version, from its package.json. */
export function version(): string {
  return (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
}
const mainUsage = 'Usage: labbook <command> [options]\nRun "labbook --help" for the commands.';

/**
 * Run the CLI: parse argv (without the node and script paths), dispatch to a command, print
 * through the context and return the exit code. Never calls process.exit, so tests can call it.
 */
export async function run(argv: string[], ctx: CliContext): Promise<number> {
  try {
    // Awaited here so that errors of async commands (readme) are caught below too.
    return await dispatch(argv, ctx);
  } catch (error) {
    if (error instanceof CliError) {
      ctx.stderr(`${error.message}\n${error.usage ? `${error.usage}\n` : ''}`);
      return error.exitCode;
    }
    // File system failures (permissions, a full disk) are the user's to fix; anything else is a bug.
    if (error instanceof Error && typeof (error as { code?: unknown }).code === 'string') {
      ctx.stderr(`labbook: ${error.message}\n`);
      return EXIT.failure;
    }
    throw error;
  }
}

function dispatch(argv: string[], ctx: CliContext): number | Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help') return help(ctx, mainHelp);
  if (command === '-v' || command === '--version') return help(ctx, `${version()}\n`);
  switch (command) {
    case 'build':
      return wantsHelp(rest) ? help(ctx, buildHelp) : build(rest, ctx);
    case 'dev':
      return wantsHelp(rest) ? help(ctx, devHelp) : dev(rest, ctx);
    case 'preview':
      return wantsHelp(rest) ? help(ctx, previewHelp) : preview(rest, ctx);
    case 'check':
      return wantsHelp(rest) ? help(ctx, checkHelp) : check(rest, ctx);
    case 'init':
      return wantsHelp(rest) ? help(ctx, initHelp) : init(rest, ctx);
    case 'help':
      return rest.length === 0 ? help(ctx, mainHelp) : dispatch([...rest, '--help'], ctx);
    case 'new': {
      const [kind, ...args] = rest;
      if (kind === 'til') return wantsHelp(args) ? help(ctx, newTilHelp) : newTil(args, ctx);
      if (kind === 'model') return wantsHelp(args) ? help(ctx, newModelHelp) : newModel(args, ctx);
      if (kind === 'dataset') return wantsHelp(args) ? help(ctx, newDatasetHelp) : newDataset(args, ctx);
      if (kind === 'playbook') return wantsHelp(args) ? help(ctx, newPlaybookHelp) : newPlaybook(args, ctx);
      if (kind === 'experiment') return wantsHelp(args) ? help(ctx, newExperimentHelp) : newExperiment(args, ctx);
      const newUsage = 'Usage: labbook new til|model|dataset|playbook|experiment "<title>" [options]\nRun "labbook new <kind> --help" for the options of one kind.';
      if (kind === '-h' || kind === '--help') {
        const kinds = alignRows([['til', newTilSummary], ['model', newModelSummary], ['dataset', newDatasetSummary], ['playbook', newPlaybookSummary], ['experiment', newExperimentSummary]]);
        return help(ctx, `${newUsage}\n\nKinds:\n${kinds}\n`);
      }
      const problem = kind === undefined ? 'expected what to create' : `unknown kind "${kind}"`;
      throw usageError(`labbook new: ${problem}; expected one of: til, model, dataset, playbook, experiment`, newUsage);
    }
    case 'weekly':
      return wantsHelp(rest) ? help(ctx, weeklyHelp) : weekly(rest, ctx);
    case 'readme':
      return wantsHelp(rest) ? help(ctx, readmeHelp) : readme(rest, ctx);
    default:
      throw usageError(unknownCommand(command), mainUsage);
  }
}

function help(ctx: CliContext, text: string): number {
  ctx.stdout(text);
  return EXIT.ok;
}

function unknownCommand(command: string): string {
  if (command.startsWith('-')) return `labbook: unknown option ${command}; expected a command first: ${COMMANDS.join(', ')}`;
  const close = COMMANDS.find((name) => tagCloseness(command, name.split(' ')[0] ?? name) !== undefined);
  const hint = close ? `; did you mean "${close}"?` : `; expected one of: ${COMMANDS.join(', ')}`;
  return `labbook: unknown command "${command}"${hint}`;
}
