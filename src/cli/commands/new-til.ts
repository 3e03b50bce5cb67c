import { join } from 'node:path';
import { listWiki } from '../../lib/content/files.ts';
import { LAYOUTS } from '../../lib/content/layouts.ts';
import { parseTilFileName, slugSegment } from '../../lib/routes.ts';
import { shortenSlug } from '../../lib/short-slug.ts';
import { readTilSummaries } from '../../lib/til-source.ts';
import { isCalendarDate } from '../../schemas/base.ts';
import { optionRows, parseCommandArgs, synopsis, usageText, type CommandSpec, type OptionSpecs } from '../args.ts';
import { localDay, requireContentDir, usageError, type CliContext, type StepContext } from '../context.ts';
import { outputNewFile } from '../output-file.ts';
import { suggestTags } from '../tag-suggestions.ts';
import { renderTil, type TilTemplateInput } from '../templates/til.ts';

/** Arguments of `labbook new til`. */
export const newTilCommand = {
  name: 'new til',
  positionals: '"<title>"',
  options: {
    category: { type: 'string', value: '<name>', description: 'Category, e.g. Training' },
    tags: {
      type: 'string',
      value: '<a,b>',
      repeatable: true,
      description: 'Comma-separated tags, e.g. pytorch,cuda; new ones get close existing tags suggested',
    },
    date: { type: 'string', value: '<YYYY-MM-DD>', description: 'Day of the lesson (default: today, local time)' },
    mdx: { type: 'boolean', description: 'Write .mdx instead of .md (to use components)' },
    'dry-run': { type: 'boolean', description: 'Print the file instead of writing it' },
  },
} as const satisfies CommandSpec<OptionSpecs>;

/** One line for `labbook --help`. */
export const newTilSummary = 'Start a TIL note: til/<date>-<slug>.md with front matter and section prompts';

/** `labbook new til --help`. */
export const newTilHelp = `${synopsis(newTilCommand)}

${newTilSummary}.
Sections: Symptoms, Diagnosis, Root cause, Key takeaway. Never overwrites a file.

Options:
${optionRows(newTilCommand)}

Example:
  labbook new til "GradScaler: NaN after resume" --category Training --tags pytorch,amp
`;

/** A validated `new til` request. */
export interface NewTilInput extends TilTemplateInput {
  /** `2026-11-02-gradscaler-nan-after-resume`: file name without extension, and the URL slug. */
  slug: string;
}

const usage = usageText(newTilCommand);
const fail = (message: string) => usageError(`labbook new til: ${message}`, usage);

/** Turn argv (after `new til`) into a request, or throw a usage error naming what is expected. */
export function parseNewTilArgs(
  argv: string[],
  ctx: Pick<CliContext, 'now' | 'stderr'>,
): { input: NewTilInput; dryRun: boolean } {
  const { values, positionals } = parseCommandArgs(argv, newTilCommand);
  if (positionals.length === 0) throw fail('expected a title, e.g. labbook new til "GradScaler: NaN after resume"');
  if (positionals.length > 1) {
    throw fail(`expected one title, got ${positionals.length} arguments; quote it: labbook new til "${positionals.join(' ')}"`);
  }
  const title = (positionals[0] ?? '').trim();
  if (!title) throw fail('expected a title, got an empty one');
  if (/\p{Cc}/u.test(title)) throw fail('expected the title on one line, without control characters');
  // A 300-character title would make a file name past the file system's 255 bytes.
  const slug = shortenSlug(slugSegment(title));
  // `🔥 !!` slugs to `-`: a name of dashes alone is as empty as no name.
  if (!/[\p{L}\p{N}]/u.test(slug)) throw fail(`the title "${title}" gives an empty file name; use some letters or digits`);

  const date = values.date ?? localDay(ctx.now);
  if (!isCalendarDate(date)) {
    throw fail(`--date expects a real calendar date written YYYY-MM-DD, e.g. 2026-11-02; got "${date}"`);
  }

  const category = values.category?.trim();
  if (category === '') throw fail('--category expects a name, e.g. --category Training; got an empty one');

  const tags = parseTags(values.tags ?? [], ctx);
  const input: NewTilInput = { title, slug: `${date}-${slug}`, date, category, tags, format: values.mdx ? 'mdx' : 'md' };
  return { input, dryRun: values['dry-run'] ?? false };
}

/** `--tags a,b --tags c` as `[a, b, c]`; an empty tag is an error, a repeated one is kept once with a warning. */
function parseTags(values: string[], ctx: Pick<CliContext, 'stderr'>): string[] {
  const tags: string[] = [];
  for (const value of values) {
    for (const part of value.split(',')) {
      const tag = part.trim();
      if (!tag) throw fail(`--tags has an empty tag in "${value}"; separate tags with commas, e.g. --tags pytorch,cuda`);
      if (tags.includes(tag)) ctx.stderr(`tag "${tag}" is given twice; keeping it once\n`);
      else tags.push(tag);
    }
  }
  return tags;
}

/** Write the new TIL (or print it under --dry-run), after hinting at existing tags the new ones may mean. */
export function createTil(input: NewTilInput, ctx: StepContext): void {
  const tilDir = join(ctx.contentDir, 'til');
  const existing = readTilSummaries(ctx.contentDir);
  for (const { tag, suggestion } of suggestTags(input.tags, existing.flatMap((til) => til.tags))) {
    ctx.stderr(`tag "${tag}" is new; did you mean "${suggestion}"?\n`);
  }
  outputNewFile(ctx, {
    path: join(tilDir, `${input.slug}.${input.format}`),
    content: renderTil(input),
    // Any file whose name gives the same slug (other extension or case) would take the same URL.
    clashes: sameSlugFiles(ctx.contentDir, input.slug),
    whenExists: 'pick another title or edit that file',
    notes: [],
  });
}

/** TIL files directly in til/ whose slug is `slug`'s, as the one reader of the wiki lists them. */
function sameSlugFiles(contentDir: string, slug: string): string[] {
  const folder = `${LAYOUTS.labbook.til}/`;
  return listWiki(contentDir, { kinds: ['til'] })
    .paths.map((path) => path.slice(folder.length))
    .filter((name) => !name.includes('/') && parseTilFileName(name)?.slug === slug)
    .map((name) => join(contentDir, folder, name));
}

/** `labbook new til ...`: returns the exit code. */
export function newTil(argv: string[], ctx: CliContext): number {
  const { input, dryRun } = parseNewTilArgs(argv, ctx);
  createTil(input, { ...ctx, contentDir: requireContentDir(ctx), dryRun });
  return 0;
}
