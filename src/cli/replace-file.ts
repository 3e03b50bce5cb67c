import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, fsyncSync, openSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The file is no longer what the command read: someone edited it meanwhile. Nothing was written. */
export class FileChangedError extends Error {
  readonly path: string;

  constructor(path: string) {
    super(`${path} changed on disk since it was read`);
    this.name = 'FileChangedError';
    this.path = path;
  }
}

/**
 * Replace an existing file atomically, and only if it still holds `expected` (the bytes the caller
 * read): the new content goes to a temp file in the same folder with the old file's mode, the target
 * is read again right before the rename, and `rename` swaps the two in one step, so readers see the
 * old or the new file, never half of one. A symbolic link keeps pointing at the file it named; the
 * file it points to is replaced. Throws {@link FileChangedError} when the content differs.
 *
 * The check and the rename are two steps: an edit landing in that microsecond window would still be
 * lost. Closing it would take a lock every editor honours, which does not exist.
 */
export function replaceFile(path: string, expected: Uint8Array, content: string): void {
  const target = realpathSync(path);
  const { mode } = statSync(target);
  // A leading dot keeps a temp file left by a crash out of listings and out of the site.
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(temp, 'wx', mode & 0o7777);
  try {
    try {
      writeFileSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    // openSync's mode is filtered by the umask; the README keeps exactly the mode it had.
    chmodSync(temp, mode & 0o7777);
    if (!readFileSync(target).equals(expected)) throw new FileChangedError(path);
    renameSync(temp, target);
  } finally {
    rmSync(temp, { force: true });
  }
}
