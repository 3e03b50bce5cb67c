import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignRows, optionSynopsis, wantsHelp } from './args.ts';
import { packageRoot } from './astro-process.ts';
import { CliError, EXIT, usageError, type CliContext } from './context.ts';
import { tagCloseness } from './tag-suggestions.ts';

export type { CliContext } from './context.ts';

/**
 * The command modules, loaded when their command runs: `labbook dev` starts Astro sooner when it
 * does not first load every template and check of the other commands (a third of a second).
 */
const commands = {
  build: () => import('./commands/build.ts'),
  dev: () => import('./commands/serve.ts'),
  check: () => import('./commands/check.ts'),
  init: () => import('./commands/init.ts'),
  newTil: () => import('./commands/new-til.ts'),
  newModel: () => import('./commands/new-model.ts'),
  newDataset: () => import('./commands/new-dataset.ts'),
  newExperiment: () => import('./commands/new-experiment.ts'),
  newPlaybook: () => import('./commands/new-playbook.ts'),
  readme: () => import('./commands/readme.ts'),
  weekly: () => import('./commands/weekly.ts'),
};

/** `labbook --help`: one line per command, then every option, generated from the command specs. */
export async function mainHelp(): Promise<string> {
  const [build, serve, check, init, newTil, newModel, newDataset, newExperiment, newPlaybook, readme, weekly] = await Promise.all([
    commands.build(),
    commands.dev(),
    commands.check(),
    commands.init(),
    commands.newTil(),
    commands.newModel(),
    commands.newDataset(),
    commands.newExperiment(),
    commands.newPlaybook(),
    commands.readme(),
    commands.weekly(),
  ]);
  return `Usage: labbook <command> [options]

Commands:
${alignRows([
  ['build [DIR]', build.buildSummary],
  ['dev [DIR]', serve.devSummary],
  ['preview [DIR]', serve.previewSummary],
  ['check [DIR]', check.checkSummary],
  ['init [DIR]', init.initSummary],
  ['new til "<title>"', newTil.newTilSummary],
  ['new model "<title>"', newModel.newModelSummary],
  ['new dataset "<title>"', newDataset.newDatasetSummary],
  ['new playbook "<title>"', newPlaybook.newPlaybookSummary],
  ['new experiment "<name>"', newExperiment.newExperimentSummary],
  ['weekly', weekly.weeklySummary],
  ['readme', readme.readmeSummary],
])}

Options:
${alignRows([
  ['build', optionSynopsis(build.buildCommand)],
  ['dev', optionSynopsis(serve.devCommand)],
  ['preview', optionSynopsis(serve.previewCommand)],
  ['check', optionSynopsis(check.checkCommand)],
  ['init', optionSynopsis(init.initCommand)],
  ['new til', optionSynopsis(newTil.newTilCommand)],
  ['new model', optionSynopsis(newModel.newModelCommand)],
  ['new dataset', optionSynopsis(newDataset.newDatasetCommand)],
  ['new playbook', optionSynopsis(newPlaybook.newPlaybookCommand)],
  ['new experiment', optionSynopsis(newExperiment.newExperimentCommand)],
  ['weekly', optionSynopsis(weekly.weeklyCommand)],
  ['readme', optionSynopsis(readme.readmeCommand)],
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
}

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

async function dispatch(argv: string[], ctx: CliContext): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help') return help(ctx, await mainHelp());
  if (command === '-v' || command === '--version') return help(ctx, `${version()}\n`);
  const asked = wantsHelp(rest);
  switch (command) {
    case 'build': {
      const { build, buildHelp } = await commands.build();
      return asked ? help(ctx, buildHelp) : build(rest, ctx);
    }
    case 'dev': {
      const { dev, devHelp } = await commands.dev();
      return asked ? help(ctx, devHelp) : dev(rest, ctx);
    }
    case 'preview': {
      const { preview, previewHelp } = await commands.dev();
      return asked ? help(ctx, previewHelp) : preview(rest, ctx);
    }
    case 'check': {
      const { check, checkHelp } = await commands.check();
      return asked ? help(ctx, checkHelp) : check(rest, ctx);
    }
    case 'init': {
      const { init, initHelp } = await commands.init();
      return asked ? help(ctx, initHelp) : init(rest, ctx);
    }
    case 'help':
      return rest.length === 0 ? help(ctx, await mainHelp()) : dispatch([...rest, '--help'], ctx);
    case 'new': {
      const [kind, ...args] = rest;
      const wants = wantsHelp(args);
      if (kind === 'til') {
        const { newTil, newTilHelp } = await commands.newTil();
        return wants ? help(ctx, newTilHelp) : newTil(args, ctx);
      }
      if (kind === 'model') {
        const { newModel, newModelHelp } = await commands.newModel();
        return wants ? help(ctx, newModelHelp) : newModel(args, ctx);
      }
      if (kind === 'dataset') {
        const { newDataset, newDatasetHelp } = await commands.newDataset();
        return wants ? help(ctx, newDatasetHelp) : newDataset(args, ctx);
      }
      if (kind === 'playbook') {
        const { newPlaybook, newPlaybookHelp } = await commands.newPlaybook();
        return wants ? help(ctx, newPlaybookHelp) : newPlaybook(args, ctx);
      }
      if (kind === 'experiment') {
        const { newExperiment, newExperimentHelp } = await commands.newExperiment();
        return wants ? help(ctx, newExperimentHelp) : newExperiment(args, ctx);
      }
      const newUsage = 'Usage: labbook new til|model|dataset|playbook|experiment "<title>" [options]\nRun "labbook new <kind> --help" for the options of one kind.';
      if (kind === '-h' || kind === '--help') {
        const summaries = await Promise.all([commands.newTil(), commands.newModel(), commands.newDataset(), commands.newPlaybook(), commands.newExperiment()]);
        const [til, model, dataset, playbook, experiment] = summaries;
        const kinds = alignRows([['til', til.newTilSummary], ['model', model.newModelSummary], ['dataset', dataset.newDatasetSummary], ['playbook', playbook.newPlaybookSummary], ['experiment', experiment.newExperimentSummary]]);
        return help(ctx, `${newUsage}\n\nKinds:\n${kinds}\n`);
      }
      const problem = kind === undefined ? 'expected what to create' : `unknown kind "${kind}"`;
      throw usageError(`labbook new: ${problem}; expected one of: til, model, dataset, playbook, experiment`, newUsage);
    }
    case 'weekly': {
      const { weekly, weeklyHelp } = await commands.weekly();
      return asked ? help(ctx, weeklyHelp) : weekly(rest, ctx);
    }
    case 'readme': {
      const { readme, readmeHelp } = await commands.readme();
      return asked ? help(ctx, readmeHelp) : readme(rest, ctx);
    }
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
