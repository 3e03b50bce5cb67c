import { existsSync } from 'node:fs';
import { CliError, displayPath, EXIT, type StepContext } from './context.ts';
import { FileChangedError, replaceFile } from './replace-file.ts';
import { FileExistsError, writeNewFile } from './write-file.ts';

/** A file a command wants to create. */
export interface NewFile {
  /** Absolute path of the file to create. */
  path: string;
  content: string;
  /** Other paths that would clash with it (the `.mdx` twin of a `.md` page has the same URL). */
  clashes: string[];
  /** What to do when it exists, e.g. `pick another title or edit that file`. */
  whenExists: string;
  /** Lines printed after the path, e.g. what the file holds. */
  notes: string[];
}

/**
 * Create the file, or print it under `--dry-run`; either way fail with exit 1 when it, or a clash,
 * exists. Prints the path (relative to cwd) first, alone on its line, then the notes.
 */
export function outputNewFile(ctx: StepContext, file: NewFile): void {
  const taken = [file.path, ...file.clashes].find((path) => existsSync(path));
  if (taken) throw existsError(ctx, taken, file.whenExists);
  const shown = displayPath(ctx, file.path);
  const notes = file.notes.map((note) => `${note}\n`).join('');
  if (ctx.dryRun) {
    ctx.stdout(`Dry run, nothing written. Would write ${shown}\n${notes}\n${file.content}`);
    return;
  }
  try {
    writeNewFile(file.path, file.content);
  } catch (error) {
    // Created by someone else between the check above and the write.
    if (error instanceof FileExistsError) throw existsError(ctx, file.path, file.whenExists);
    throw error;
  }
  ctx.stdout(`${shown}\n${notes}`);
}

/** Text a command adds at the end of a file a person wrote (a new entry of a daily log). */
export interface FileAddition {
  /** Absolute path of the existing file. */
  path: string;
  /** The bytes read from it: the file is replaced only if it still holds exactly these. */
  before: Uint8Array;
  /** The whole new text: the old text unchanged, then the addition. */
  content: string;
  /** What is added, shown under `--dry-run`. */
  added: string;
  notes: string[];
}

/**
 * Add to a file (or print the addition under `--dry-run`): everything it held stays as it was, the
 * new text comes after it, and the file is swapped in one step (replace-file.ts), only if nobody
 * changed it since it was read. Prints the path first, alone on its line, then the notes.
 */
export function outputAddition(ctx: StepContext, file: FileAddition): void {
  const shown = displayPath(ctx, file.path);
  const notes = file.notes.map((note) => `${note}\n`).join('');
  if (ctx.dryRun) {
    ctx.stdout(`Dry run, nothing written. Would add to ${shown}\n${notes}\n${file.added}`);
    return;
  }
  try {
    replaceFile(file.path, file.before, file.content);
  } catch (error) {
    if (error instanceof FileChangedError) throw new CliError(`${shown} changed while the command ran; nothing written, run it again`, EXIT.failure);
    throw error;
  }
  ctx.stdout(`${shown}\n${notes}`);
}

function existsError(ctx: StepContext, path: string, whenExists: string): CliError {
  return new CliError(`${displayPath(ctx, path)} already exists; ${whenExists}`, EXIT.failure);
}
