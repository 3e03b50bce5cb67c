import { alignRows, optionSynopsis, usageText, wantsHelp } from './args.ts';
import { newTil, newTilCommand, newTilHelp, newTilSummary } from './commands/new-til.ts';
import { weekly, weeklyCommand, weeklyHelp, weeklySummary } from './commands/weekly.ts';
import { CliError, EXIT, usageError, type CliContext } from './context.ts';
import { tagCloseness } from './tag-suggestions.ts';

export type { CliContext } from './context.ts';

/** `labbook --help`: one line per command, then every option, generated from the command specs. */
export const mainHelp = `Usage: labbook <command> [options]

Commands:
${alignRows([
  ['new til "<title>"', newTilSummary],
  ['weekly', weeklySummary],
])}

Options:
${alignRows([
  ['new til', optionSynopsis(newTilCommand)],
  ['weekly', optionSynopsis(weeklyCommand)],
  ['-h, --help', 'Show help; "labbook <command> --help" explains one command'],
])}

Environment:
  LABBOOK_CONTENT  The wiki's content folder, absolute or relative to here (default: content)

Files are never overwritten. Exit codes: 0 done, 1 failed (file exists, no content folder), 2 bad arguments.
`;

const COMMANDS = ['new til', 'weekly'];
const mainUsage = 'Usage: labbook <command> [options]\nRun "labbook --help" for the commands.';

/**
 * Run the CLI: parse argv (without the node and script paths), dispatch to a command, print
 * through the context and return the exit code. Never calls process.exit, so tests can call it.
 */
export async function run(argv: string[], ctx: CliContext): Promise<number> {
  try {
    return dispatch(argv, ctx);
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

function dispatch(argv: string[], ctx: CliContext): number {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help') return help(ctx, mainHelp);
  switch (command) {
    case 'help':
      return rest.length === 0 ? help(ctx, mainHelp) : dispatch([...rest, '--help'], ctx);
    case 'new': {
      // `til` is the only kind so far; `labbook new --help` shows its help.
      const [kind, ...args] = rest;
      if (kind === 'til') return wantsHelp(args) ? help(ctx, newTilHelp) : newTil(args, ctx);
      if (kind === '-h' || kind === '--help') return help(ctx, newTilHelp);
      const problem = kind === undefined ? 'expected what to create' : `unknown kind "${kind}"`;
      throw usageError(`labbook new: ${problem}; expected: labbook new til "<title>"`, usageText(newTilCommand));
    }
    case 'weekly':
      return wantsHelp(rest) ? help(ctx, weeklyHelp) : weekly(rest, ctx);
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
