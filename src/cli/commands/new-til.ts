import { join } from 'node:path';
import { listWiki } from '../../lib/content/files.ts';
import { LAYOUTS } from '../../lib/content/layouts.ts';
import { parseTilFileName, slugSegment } from '../../lib/routes.ts';
import { shortenSlug } from '../../lib/short-slug.ts';
import { readTilSummaries } from '../../lib/til-source.ts';
import { isCalendarDate } from '../../schemas/base.ts';
import { optionRows, parseCommandArgs, synopsis, usageText, type CommandSpec, type OptionSpecs } from '../args.ts';
import { CliError, EXIT, localDay, requireContentDir, usageError, type CliContext, type StepContext } from '../context.ts';
import { outputNewFile } from '../output-file.ts';
import { suggestTags, type TagSuggestion } from '../tag-suggestions.ts';
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
    yes: { type: 'boolean', description: 'Take the suggested spelling of a tag that looks like a typo of an existing one, without asking' },
    'keep-tags': { type: 'boolean', description: 'Write the tags as given, even one that looks like a typo of an existing one' },
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
Sections: Symptoms, Diagnosis, Root cause, Key takeaway; \`takeaway:\` and \`authors:\` in the
front matter (authors: your git config github.user, else user.name, when set). Never overwrites a file.
A tag the wiki does not use that looks like a typo of one it does ("dataloder" for "dataloader") is
not written as is: at a terminal you are asked; elsewhere the command fails unless --yes (take the
suggestion) or --keep-tags (keep it as written) says what to do.

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
): { input: NewTilInput; dryRun: boolean; typos: TypoPolicy } {
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
  const input: NewTilInput = { title, slug: `${date}-${slug}`, date, category, tags, authors: [], format: values.mdx ? 'mdx' : 'md' };
  if (values.yes && values['keep-tags']) throw fail('--yes takes the suggested tags and --keep-tags keeps them as written; pass one of them');
  const typos: TypoPolicy = values.yes ? 'suggested' : values['keep-tags'] ? 'as-written' : 'ask';
  return { input, dryRun: values['dry-run'] ?? false, typos };
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

/** What to do with a tag that looks like a typo: ask (or fail when nobody can answer), take the suggestion, keep it. */
export type TypoPolicy = 'ask' | 'suggested' | 'as-written';

/** `dataloder` -> `dataloader` in place, each tag once, order kept. */
function replaceTags(tags: string[], replace: ReadonlyMap<string, string>): string[] {
  return [...new Set(tags.map((tag) => replace.get(tag) ?? tag))];
}

/** An answer to "did you mean ...?": yes (the default, an empty line), no, or quit. */
export function readAnswer(line: string): 'yes' | 'no' | 'quit' | undefined {
  const answer = line.trim().toLowerCase();
  if (answer === '' || answer === 'y' || answer === 'yes') return 'yes';
  if (answer === 'n' || answer === 'no') return 'no';
  if (answer === 'q' || answer === 'quit') return 'quit';
  return undefined;
}

/**
 * The tags to write: each tag that looks like a typo of an existing one is replaced by the
 * suggestion or kept, as `policy` says or as the person at the terminal answers. Nothing is written
 * when nobody can answer (not a terminal) or the person quits.
 */
export async function settleTags(tags: string[], suggestions: TagSuggestion[], policy: TypoPolicy, ctx: Pick<CliContext, 'ask' | 'stderr'>): Promise<string[]> {
  if (suggestions.length === 0 || policy === 'as-written') return tags;
  const replace = new Map<string, string>();
  if (policy === 'suggested') {
    for (const { tag, suggestion } of suggestions) {
      ctx.stderr(`tag "${tag}" is new; using "${suggestion}", which the wiki already has (--yes)\n`);
      replace.set(tag, suggestion);
    }
    return replaceTags(tags, replace);
  }
  if (!ctx.ask) {
    const list = suggestions.map(({ tag, suggestion }) => `"${tag}" (did you mean "${suggestion}"?)`).join(', ');
    throw new CliError(
      `labbook new til: ${suggestions.length === 1 ? 'tag' : 'tags'} ${list} ${suggestions.length === 1 ? 'is' : 'are'} new and ${suggestions.length === 1 ? 'looks' : 'look'} like a typo; nothing written. ` +
        'Run again with --yes to use the suggested spelling, with --keep-tags to keep the tags as written, or fix --tags.',
      EXIT.failure,
    );
  }
  for (const { tag, suggestion } of suggestions) {
    let answer: ReturnType<typeof readAnswer>;
    do {
      answer = readAnswer(await ctx.ask(`tag "${tag}" is new; did you mean "${suggestion}"? [Y]es, use "${suggestion}" / [n]o, keep "${tag}" / [q]uit: `));
      if (answer === undefined) ctx.stderr('answer y, n or q\n');
    } while (answer === undefined);
    if (answer === 'quit') throw new CliError('labbook new til: stopped; nothing written', EXIT.failure);
    if (answer === 'yes') replace.set(tag, suggestion);
  }
  return replaceTags(tags, replace);
}

/**
 * Who writes the note, for `authors:`: the GitHub handle git knows (`github.user`), else the name
 * (`user.name`); none when git knows neither (left empty, never guessed).
 */
export function authorFromGit(gitConfig: CliContext['gitConfig']): string[] {
  const known = gitConfig?.('github.user') ?? gitConfig?.('user.name');
  return known?.trim() ? [known.trim()] : [];
}

/** Write the new TIL (or print it under --dry-run), after settling tags that look like typos of existing ones. */
export async function createTil(request: NewTilInput, ctx: StepContext, typos: TypoPolicy = 'ask'): Promise<void> {
  const tilDir = join(ctx.contentDir, 'til');
  const existing = readTilSummaries(ctx.contentDir);
  const suggestions = suggestTags(request.tags, existing.flatMap((til) => til.tags));
  const input = { ...request, tags: await settleTags(request.tags, suggestions, typos, ctx), authors: request.authors.length ? request.authors : authorFromGit(ctx.gitConfig) };
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
export async function newTil(argv: string[], ctx: CliContext): Promise<number> {
  const { input, dryRun, typos } = parseNewTilArgs(argv, ctx);
  await createTil(input, { ...ctx, contentDir: requireContentDir(ctx), dryRun }, typos);
  return 0;
}
