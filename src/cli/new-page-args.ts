import { slugSegment } from '../lib/routes.ts';
import type { CliError } from './context.ts';

/**
 * Argument rules shared by `labbook new model` and `labbook new playbook`: one quoted title that
 * gives a file name, and comma-separated lists.
 */

/** The one title among the positionals, trimmed, or a usage error made by `fail`. */
export function readTitle(positionals: string[], example: string, fail: (message: string) => CliError): string {
  if (positionals.length === 0) throw fail(`expected a title, e.g. ${example}`);
  if (positionals.length > 1) throw fail(`expected one title, got ${positionals.length} arguments; quote it: "${positionals.join(' ')}"`);
  const title = (positionals[0] ?? '').trim();
  if (!title) throw fail('expected a title, got an empty one');
  if (/\p{Cc}/u.test(title)) throw fail('expected the title on one line, without control characters');
  if (!/[\p{L}\p{N}]/u.test(slugSegment(title))) throw fail(`the title "${title}" gives an empty file name; use some letters or digits`);
  return title;
}

/** `--owners a,b --owners c` as `[a, b, c]`, each once; an empty item is a usage error. */
export function readList(values: string[], option: string, example: string, fail: (message: string) => CliError): string[] {
  const items: string[] = [];
  for (const value of values) {
    for (const part of value.split(',')) {
      const item = part.trim();
      if (!item) throw fail(`--${option} has an empty item in "${value}"; separate them with commas, e.g. --${option} ${example}`);
      if (!items.includes(item)) items.push(item);
    }
  }
  return items;
}
