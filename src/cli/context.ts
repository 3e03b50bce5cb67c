import { statSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import { findContentDir } from '../config/content-dir.ts';
import type { AstroRunner } from './astro-process.ts';

/** Everything a CLI run may touch of the outside world; tests pass a temp folder and a fixed clock. */
export interface CliContext {
  /** Folder the command was started from; relative paths resolve against it. */
  cwd: string;
  /** Environment variables; `LABBOOK_CONTENT` names the content folder. */
  env: Record<string, string | undefined>;
  /** The current time. "Today" is its calendar day in the local time zone. */
  now: Date;
  /** Receives results: the path written, dry-run output, help. Text ends with `\n`. */
  stdout: (text: string) => void;
  /** Receives errors, warnings and hints. Text ends with `\n`. */
  stderr: (text: string) => void;
  /**
   * Asks the person at the terminal and resolves with the line they type. Absent when standard
   * input is not a terminal (a script, CI): a command that would ask fails with what to pass instead.
   */
  ask?: (question: string) => Promise<string>;
  /** `git config --get <key>` in `cwd`: the value, or undefined when unset or git is missing. Absent: nothing is known. */
  gitConfig?: (key: string) => string | undefined;
  /** Runs Astro for build, dev and preview; default: Astro's CLI in a child process (astro-process.ts). */
  runAstro?: AstroRunner;
}

/** The context of one command step: the run's context plus the flags every writing command shares. */
export interface StepContext extends CliContext {
  /** The content folder, already checked to exist. */
  contentDir: string;
  /** Print what would be written instead of writing it. */
  dryRun: boolean;
}

/** Exit codes: 0 done, 1 runtime failure (file exists, no content folder), 2 usage error. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** A failure that ends the run with a message and an exit code, without a stack trace. */
export class CliError extends Error {
  readonly exitCode: number;
  /** Usage line printed under the message for usage errors. */
  readonly usage: string | undefined;

  constructor(message: string, exitCode: number, usage?: string) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
    this.usage = usage;
  }
}

/** A bad command line: exit code 2, with the command's usage line. */
export function usageError(message: string, usage: string): CliError {
  return new CliError(message, EXIT.usage, usage);
}

/** The local calendar day of `now`, `YYYY-MM-DD` (a TIL written at 00:30 belongs to that day, not UTC's). */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A path as the user should see it: relative to `cwd` when inside it, absolute otherwise. */
export function displayPath(ctx: Pick<CliContext, 'cwd'>, path: string): string {
  const rel = relative(ctx.cwd, path);
  if (rel === '') return '.';
  const outside = rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  return outside ? path : rel.split(sep).join('/');
}

/** The content folder (`$LABBOOK_CONTENT`, `.` when it holds a labbook.yaml, else `content/`), or a CliError when it is not a folder. */
export function requireContentDir(ctx: CliContext): string {
  const dir = findContentDir(ctx.env, ctx.cwd);
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    // Missing or unreadable: both mean there is no wiki to write into.
  }
  if (!isDir) {
    throw new CliError(
      `no content folder at ${displayPath(ctx, dir)}: run from your wiki repository or set LABBOOK_CONTENT`,
      EXIT.failure,
    );
  }
  return dir;
}
