import { parseArgs } from 'node:util';
import { usageError } from './context.ts';

/** One option of a command, as shown in its help and parsed from argv. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  /** Placeholder for the value in help and errors, e.g. `<YYYY-MM-DD>`; string options only. */
  value?: string;
  /** One line for the help text. */
  description: string;
  /** A string option that may be given several times; its values are collected in order. */
  repeatable?: boolean;
}

/** Option specs of one command, keyed by long name without dashes. */
export type OptionSpecs = Record<string, OptionSpec>;

/** Parsed option values: booleans, one string, or every string of a repeatable option. */
export type OptionValues<O extends OptionSpecs> = {
  [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : O[K]['repeatable'] extends true ? string[] : string;
};

/** What a command needs to parse and explain its arguments. */
export interface CommandSpec<O extends OptionSpecs> {
  /** `new til`, `weekly`. */
  name: string;
  /** Positional part of the synopsis, e.g. `"<title>"`; empty when the command takes none. */
  positionals: string;
  options: O;
}

/** `--category <name>`. */
function optionLabel(name: string, spec: OptionSpec): string {
  return spec.type === 'string' && spec.value ? `--${name} ${spec.value}` : `--${name}`;
}

/** The options in brackets: `[--category <name>] ... [--dry-run]`. */
export function optionSynopsis<O extends OptionSpecs>(command: CommandSpec<O>): string {
  return Object.entries(command.options)
    .map(([name, spec]) => `[${optionLabel(name, spec)}]`)
    .join(' ');
}

/** The synopsis: `Usage: labbook new til "<title>" [--category <name>] ... [--dry-run]`. */
export function synopsis<O extends OptionSpecs>(command: CommandSpec<O>): string {
  return ['Usage: labbook', command.name, command.positionals, optionSynopsis(command)].filter(Boolean).join(' ');
}

/** The options as aligned help rows, `-h, --help` last. */
export function optionRows<O extends OptionSpecs>(command: CommandSpec<O>): string {
  const rows: [string, string][] = Object.entries(command.options).map(([name, spec]) => [
    optionLabel(name, spec),
    spec.description,
  ]);
  rows.push(['-h, --help', 'Show this help']);
  return alignRows(rows);
}

/** The synopsis and where to read more, printed under every usage error of the command. */
export function usageText<O extends OptionSpecs>(command: CommandSpec<O>): string {
  return `${synopsis(command)}\nRun "labbook ${command.name} --help" for details.`;
}

/** Two aligned columns, indented by two spaces. */
export function alignRows(rows: [string, string][]): string {
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  return rows.map(([left, right]) => `  ${left.padEnd(width)}${right}`).join('\n');
}

/** True when argv (before a `--` terminator) asks for help. */
export function wantsHelp(argv: string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).some((arg) => arg === '-h' || arg === '--help');
}

/**
 * Parse a command's arguments with `node:util` `parseArgs`, strictly, and turn its errors into
 * usage errors that name the option and what it expects.
 */
export function parseCommandArgs<O extends OptionSpecs>(
  argv: string[],
  command: CommandSpec<O>,
): { values: OptionValues<O>; positionals: string[] } {
  const usage = usageText(command);
  const options = Object.fromEntries(
    Object.entries(command.options).map(([name, spec]) => [
      name,
      // Every string option is collected as a list so that a repeated one can be reported.
      spec.type === 'string' ? { type: 'string' as const, multiple: true } : { type: 'boolean' as const },
    ]),
  );
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageError(`labbook ${command.name}: ${describeParseError(error, command.options)}`, usage);
  }
  const values: Record<string, string | string[] | boolean> = {};
  for (const [name, value] of Object.entries(parsed.values)) {
    const spec = command.options[name];
    if (!spec || value === undefined) continue;
    if (!Array.isArray(value)) {
      values[name] = value;
      continue;
    }
    const strings = value.map(String);
    if (spec.repeatable) {
      values[name] = strings;
      continue;
    }
    if (strings.length > 1) {
      throw usageError(`labbook ${command.name}: --${name} was given ${strings.length} times; give it once`, usage);
    }
    values[name] = strings[0] ?? '';
  }
  return { values: values as OptionValues<O>, positionals: parsed.positionals };
}

function describeParseError(error: unknown, options: OptionSpecs): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const flag = /'(-[^' ]*)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const known = Object.keys(options).map((name) => `--${name}`);
    return `unknown option ${flag}; expected one of ${[...known, '--help'].join(', ')}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const name = flag.replace(/^--?/, '');
    const spec = options[name];
    if (spec?.type === 'boolean') return `${flag} takes no value`;
    const expects = `${flag} expects a value ${spec?.value ?? '<value>'}`;
    // parseArgs calls a value starting with "-" ambiguous: most often the value was forgotten.
    return message.includes('ambiguous') ? `${expects} (for a value starting with "-", write ${flag}=-...)` : expects;
  }
  return message;
}
