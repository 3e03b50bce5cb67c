import { randomBytes } from 'node:crypto';
import { closeSync, constants, copyFileSync, fsyncSync, linkSync, mkdirSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The target of {@link writeNewFile} exists already; nothing was written. */
export class FileExistsError extends Error {
  readonly path: string;

  constructor(path: string) {
    super(`${path} already exists`);
    this.name = 'FileExistsError';
    this.path = path;
  }
}

/** Errors of `link` on file systems without hard links (some network and FAT mounts). */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

function errorCode(error: unknown): unknown {
  return (error as { code?: unknown } | null)?.code;
}

/**
 * Write a new file atomically, never replacing one: the content goes to a temp file in the same
 * folder, which is then hard-linked to the target. `link` fails with EEXIST where `rename` would
 * silently replace a file another process created meanwhile, and readers never see half a file.
 * Missing folders are created. Throws {@link FileExistsError} when the target exists.
 */
export function writeNewFile(path: string, content: string): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  // A leading dot keeps a temp file left by a crash out of the site (page files never start with ".").
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(temp, 'wx');
  try {
    writeFileSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(temp, path);
  } catch (error) {
    if (errorCode(error) === 'EEXIST') throw new FileExistsError(path);
    if (!NO_HARD_LINKS.has(String(errorCode(error)))) throw error;
    // No hard links here: an exclusive copy still never replaces a file, at the cost of atomicity.
    try {
      copyFileSync(temp, path, constants.COPYFILE_EXCL);
    } catch (copyError) {
      if (errorCode(copyError) === 'EEXIST') throw new FileExistsError(path);
      throw copyError;
    }
  } finally {
    rmSync(temp, { force: true });
  }
}
