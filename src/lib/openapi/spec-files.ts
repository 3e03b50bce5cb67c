/**
 * How the files of a spec are read: the spec itself and every file it `$ref`s. Symlinks and `../`
 * are resolved (fs.realpath) before anything is read, and a file whose real path leaves the content
 * folder is refused unread; URLs are never fetched; YAML is parsed by Labbook's own reader (alias
 * limits, duplicate keys refused) instead of the parser's js-yaml, whose aliases are unlimited.
 */
import { readFile, realpath } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { location } from '../errors.ts';
import { readSpecText } from './read-spec.ts';

/** A `$ref` with a scheme other than `file:` (https:, http:, ftp:...): a URL, not a file. */
const URL_REF = /^[a-z][a-z\d+.-]+:/i;

/** What a read of a file outside the content folder throws; its code survives the parser's wrapping. */
export const OUTSIDE_CODE = 'LABBOOK_OUTSIDE_CONTENT';

/** True when `real` (a real path) is the folder `realRoot` or inside it. */
export function isInside(realRoot: string, real: string): boolean {
  return real === realRoot || real.startsWith(realRoot.endsWith(sep) ? realRoot : `${realRoot}${sep}`);
}

/**
 * The real path of `path` when it is inside `realRoot`; undefined when it leads outside. A file
 * that does not exist throws, as a read would.
 */
export async function realPathInside(realRoot: string, path: string): Promise<string | undefined> {
  const real = await realpath(path);
  return isInside(realRoot, real) ? real : undefined;
}

function toPath(url: string): string {
  return url.startsWith('file:') ? fileURLToPath(url) : url;
}

/** The parser's file resolver, replaced: any local path, read only after its real path is checked. */
export function contentFileResolver(realRoot: string) {
  return {
    order: 100,
    canRead: ({ url }: { url: string }) => url.startsWith('file:') || !URL_REF.test(url),
    read: async ({ url }: { url: string }): Promise<Buffer> => {
      const path = toPath(url).replace(/[/\\]$/, '');
      let real: string | undefined;
      try {
        real = await realPathInside(realRoot, path);
      } catch (error) {
        // The parser's own wording, which spec-problems turns into "does not exist".
        throw Object.assign(new Error(`Error opening file ${path}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`), {
          code: (error as NodeJS.ErrnoException).code,
        });
      }
      if (!real) throw Object.assign(new Error('leads outside the content folder'), { code: OUTSIDE_CODE });
      return readFile(real);
    },
  };
}

/**
 * The parser's YAML and JSON parsers, replaced by {@link readSpecText}: a referenced file that is a
 * billion-laughs bomb or has duplicate keys fails with its own name and line.
 */
export function contentFileParser(contentDir: string) {
  return {
    order: 200,
    allowEmpty: true,
    canParse: ['.yaml', '.yml', '.json'],
    parse: ({ url, data }: { url: string; data: unknown }): unknown => {
      if (!Buffer.isBuffer(data) && typeof data !== 'string') return data;
      const name = relative(contentDir, toPath(url)).split(sep).join('/');
      const read = readSpecText(name, String(data));
      if (read.problem) throw new Error(`${location(read.problem)}: ${read.problem.message}`);
      return read.spec.data;
    },
  };
}
