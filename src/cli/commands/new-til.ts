import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText, isIgnoredName, logicalOf, type SourceFile } from '../../lib/content/files.ts';
import { joinFolder, nestedKindFolders, TOOL_FOLDERS, TOP_OUTPUT_FOLDERS, topicsOnly, type KindFolders } from '../../lib/content/layouts.ts';
import { splitDailyLog } from '../../lib/daily-log.ts';
import { parseTilFileName, slugSegment } from '../../lib/routes.ts';
import { shortenSlug } from '../../lib/short-slug.ts';
import { topicNote } from '../../lib/til/topic-notes.ts';
import { tilSummariesFromFiles } from '../../lib/til-source.ts';
import { isDailyLog, readContentFiles } from '../../lib/validate-content.ts';
import { isCalendarDate } from '../../schemas/base.ts';
import { optionRows, parseCommandArgs, synopsis, usageText, type CommandSpec, type OptionSpecs } from '../args.ts';
import { CliError, displayPath, EXIT, localDay, requireContentDir, usageError, type CliContext, type StepContext } from '../context.ts';
import { outputAddition, outputNewFile } from '../output-file.ts';
import { suggestTags, type TagSuggestion } from '../tag-suggestions.ts';
import { renderDailyLog, renderTil, renderTilEntry, type TilTemplateInput } from '../templates/til.ts';
import { wikiLayout } from '../wiki-layout.ts';

/** Arguments of `labbook new til`. */
export const newTilCommand = {
  name: 'new til',
  positionals: '"<title>"',
  options: {
    category: { type: 'string', value: '<name>', description: 'Category, e.g. Training (in a TIL repository: the topic folder)' },
    tags: {
      type: 'string',
      value: '<a,b>',
      repeatable: true,
      description: 'Comma-separated tags, e.g. pytorch,cuda; new ones get close existing tags suggested',
    },
    yes: { type: 'boolean', description: 'Take the suggested spelling of a tag that looks like a typo of an existing one, without asking' },
    'keep-tags': { type: 'boolean', description: 'Write the tags as given, even one that looks like a typo of an existing one' },
    date: { type: 'string', value: '<YYYY-MM-DD>', description: 'Day of the lesson (default: today, local time)' },
    mdx: { type: 'boolean', description: 'Write .mdx instead of .md (to use components; in a diary, a note of its own)' },
    'dry-run': { type: 'boolean', description: 'Print the file instead of writing it' },
  },
} as const satisfies CommandSpec<OptionSpecs>;

/** One line for `labbook --help`. */
export const newTilSummary = 'Start a TIL note: til/<date>-<slug>.md (or where the layout keeps TILs) with front matter and section prompts';

/** `labbook new til --help`. */
export const newTilHelp = `${synopsis(newTilCommand)}

${newTilSummary}.
Sections: Symptoms, Diagnosis, Root cause, Key takeaway; \`takeaway:\` and \`authors:\` in the
front matter (authors: your git config github.user, else user.name, when set). Never overwrites a file.
Where the note goes follows the wiki's layout (labbook.yaml \`layout\`, else the one the folder suggests):
  labbook, docs-root  til/<date>-<slug>.md
  diary               a new ### entry of the day's log TILs/<date>.md, created if the day has none and
                      else added at its end, the rest of the file unchanged; its tags on a Tags: line,
                      its takeaway on a **Key Takeaway:** line (--mdx: a note of its own, TILs/<date>-<slug>.mdx)
  til-repo            <topic>/<slug>.md: the topic folder is the note's category, from --category, else
                      the first tag (an existing folder of that name, in any case, else a new one); at a
                      terminal you are asked for it when neither is given, elsewhere the command fails
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
  /** `gradscaler-nan-after-resume`: the title as a file name (cut to fit), without day or extension. */
  name: string;
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
  const input: NewTilInput = { title, name: slug, date, category, tags, authors: [], format: values.mdx ? 'mdx' : 'md' };
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

/**
 * Write the new TIL where the wiki's layout keeps TILs (or print it under --dry-run), after settling
 * tags that look like typos of existing ones: a note of its own in the TIL folder, an entry of the
 * day's log in a diary, a note in a topic folder in a TIL repository.
 */
export async function createTil(request: NewTilInput, ctx: StepContext, typos: TypoPolicy = 'ask'): Promise<void> {
  const layout = wikiLayout(ctx.contentDir, ctx);
  const files = readContentFiles(ctx.contentDir, layout.folders);
  const suggestions = suggestTags(request.tags, tilSummariesFromFiles(files).flatMap((til) => til.tags));
  const input = { ...request, tags: await settleTags(request.tags, suggestions, typos, ctx), authors: request.authors.length ? request.authors : authorFromGit(ctx.gitConfig) };
  const taken = takenSlugs(files);
  if (layout.name === 'diary' && input.format === 'md') return addToDailyLog(input, ctx, layout.folders.til, taken);
  if (topicsOnly('til', layout.folders)) {
    const topic = await topicOf(input, topicsOf(files), layout.folders, ctx);
    // The folder is the category; stating it again could only disagree with the other notes in it.
    return writeNote({ ...input, category: undefined }, ctx, layout.folders.til, `${topic.folder}/${input.name}`, taken, [topic.note]);
  }
  return writeNote(input, ctx, layout.folders.til, `${input.date}-${input.name}`, taken, []);
}

/** Where a TIL of the wiki already is: a file, or an entry of a daily log (its line). */
type TilPlace = { file: string; line?: number };

/** The URL slug of every TIL of the wiki, each with where it is; files whose front matter does not validate count too. */
function takenSlugs(files: SourceFile[]): Map<string, TilPlace> {
  const taken = new Map<string, TilPlace>();
  for (const file of files) {
    const logical = logicalOf(file);
    if (!logical.startsWith('til/')) continue;
    if (isDailyLog(logical)) {
      for (const entry of splitDailyLog(file.source, file.path).entries) taken.set(entry.slug, { file: file.path, line: entry.line });
      continue;
    }
    const name = logical.slice('til/'.length);
    const slug = name.includes('/') ? topicNote(logical)?.slug : parseTilFileName(name)?.slug;
    if (slug && !taken.has(slug)) taken.set(slug, { file: file.path });
  }
  return taken;
}

/** Refuse a TIL whose URL an entry of a daily log already has (a file of that URL is a clash of outputNewFile). */
function refuseTakenEntry(ctx: StepContext, place: TilPlace | undefined, slug: string): void {
  if (place?.line === undefined) return;
  throw new CliError(`${displayPath(ctx, join(ctx.contentDir, place.file))}:${place.line} is already the TIL at /til/${slug}/; pick another title or edit that entry`, EXIT.failure);
}

/**
 * A note in a file of its own: `name` is its path inside the TIL folder `folder`, without extension
 * (`2026-11-18-gradscaler-nan`, or `vim/buffers` in a topic folder).
 */
function writeNote(input: NewTilInput, ctx: StepContext, folder: string, name: string, taken: Map<string, TilPlace>, notes: string[]): void {
  const slug = (name.includes('/') ? topicNote(`til/${name}.md`)?.slug : parseTilFileName(`${name}.md`)?.slug) ?? name;
  const place = taken.get(slug);
  refuseTakenEntry(ctx, place, slug);
  outputNewFile(ctx, {
    path: join(ctx.contentDir, `${joinFolder(folder, name)}.${input.format}`),
    content: renderTil(input),
    // Any file whose name gives the same slug (other extension, case or folder) would take the same URL.
    clashes: place ? [join(ctx.contentDir, place.file)] : [],
    whenExists: 'pick another title or edit that file',
    notes,
  });
}

/** The topic folders of a TIL repository that hold notes (`vim` of `vim/buffers.md`), sorted. */
function topicsOf(files: SourceFile[]): string[] {
  const topics = new Set<string>();
  for (const file of files) {
    const topic = topicNote(logicalOf(file))?.topic;
    if (topic) topics.add(topic);
  }
  return [...topics].sort((a, b) => a.localeCompare(b, 'en'));
}

/** A topic folder for a new note, and the line that says which. */
interface Topic {
  folder: string;
  note: string;
}

/**
 * The topic folder of a new note in a TIL repository, where the folder is the category: `--category`,
 * else the first tag; an existing topic of that name in any case (`Vim` -> `vim/`), else a new folder
 * named like TIL repositories name theirs (`Machine Learning` -> `machine-learning/`). With neither,
 * the person at the terminal is asked; a script fails, naming the topics there are, rather than
 * guessing one: a note in the wrong folder has the wrong category and URL.
 */
async function topicOf(input: NewTilInput, topics: string[], folders: KindFolders, ctx: StepContext): Promise<Topic> {
  const known = topics.length ? ` (this wiki has ${topics.map((topic) => `${topic}/`).join(', ')})` : '';
  let wanted = input.category ?? input.tags[0];
  if (wanted === undefined) {
    if (!ctx.ask) {
      throw usageError(
        `labbook new til: this wiki is a TIL repository (layout til-repo): each note is in a topic folder, which is its category${known}; pass --category <topic>, or --tags (the first tag is the topic); nothing written`,
        usage,
      );
    }
    wanted = (await ctx.ask(`Topic folder of the note, which is its category${known}: `)).trim();
    if (!wanted) throw new CliError('labbook new til: no topic given; nothing written', EXIT.failure);
  }
  const from = input.category !== undefined ? '--category' : input.tags[0] !== undefined ? 'the first tag' : 'your answer';
  const lower = wanted.toLowerCase();
  const existing = topics.find((topic) => topic.toLowerCase() === lower) ?? topics.find((topic) => slugSegment(topic) === slugSegment(wanted));
  if (existing) return { folder: existing, note: `topic ${existing}/ (from ${from}): the note's category` };
  const folder = shortenSlug(slugSegment(wanted));
  const refuse = (why: string) => usageError(`labbook new til: the topic "${wanted}" (from ${from}) would be the folder ${folder}/, ${why}; pick another topic with --category`, usage);
  if (!/[\p{L}\p{N}]/u.test(folder)) throw refuse('which has no letters or digits');
  if (nestedKindFolders('til', folders).includes(folder)) throw refuse('which holds another kind of page, not notes');
  if (isIgnoredName(folder) || TOOL_FOLDERS.has(folder) || TOP_OUTPUT_FOLDERS.has(folder)) throw refuse('which the wiki does not read');
  return { folder, note: `new topic folder ${folder}/ (from ${from}): the note's category` };
}

/**
 * The diary's convention: the day's notes are `###` entries of one daily log, `TILs/<date>.md`.
 * The note is added at the end of that file, everything before it unchanged, or starts it when the
 * day has none. The entry is read back with the daily-log splitter, so what is written is what the
 * build will read: the title asked for, at a URL no other TIL has.
 */
function addToDailyLog(input: NewTilInput, ctx: StepContext, folder: string, taken: Map<string, TilPlace>): void {
  const fail = (message: string) => usageError(`labbook new til: ${message}`, usage);
  if (input.category !== undefined && /[[\]]/.test(input.category)) {
    throw fail(`a diary entry names its category in brackets (### [Category] Title), so --category cannot contain [ or ]; got "${input.category}"`);
  }
  if (input.category === undefined && input.title.startsWith('[')) {
    throw fail(`in a daily log a title starting with [ reads as the entry's [Category]; pass --category, or start the title differently`);
  }
  const file = joinFolder(folder, `${input.date}.md`);
  const path = join(ctx.contentDir, file);
  const before = existsSync(path) ? readFileSync(path) : undefined;
  const decoded = before && decodeText(before);
  if (decoded && !('text' in decoded)) {
    throw new CliError(`${displayPath(ctx, path)}${decoded.line ? `:${decoded.line}` : ''} is ${decoded.encoding}; a note can only be added to a UTF-8 daily log; nothing written`, EXIT.failure);
  }
  // Buffer's decoding keeps a byte order mark, so the old text is written back byte for byte.
  const old = before?.toString('utf8');
  // The entry takes the file's line endings.
  const eol = old?.includes('\r\n') ? '\r\n' : '\n';
  const entry = renderTilEntry(input).replace(/\n/g, eol);
  const separator = old === undefined || old.trim() === '' ? '' : `${old.endsWith('\n') ? '' : eol}${eol}`;
  const content = old === undefined ? renderDailyLog(input.date, input.authors, entry) : `${old}${separator}${entry}`;
  const line = content.slice(0, content.length - entry.length).split('\n').length;

  // The entry as the build reads it: alone (for its URL), then in the file (same-day duplicates, problems).
  const alone = splitDailyLog(`## ${input.date}\n\n${renderTilEntry(input)}`, file).entries[0];
  const shown = alone && `${alone.icon ? `${alone.icon} ` : ''}${alone.title}`;
  if (!alone || shown !== input.title.trim().replace(/\s+/g, ' ') || alone.category !== input.category) {
    throw fail(`the title "${input.title}" cannot be written as a daily-log heading as it is; reword it, or write a note of its own with --mdx`);
  }
  const place = taken.get(alone.slug);
  if (place) {
    const at = `${displayPath(ctx, join(ctx.contentDir, place.file))}${place.line === undefined ? '' : `:${place.line}`}`;
    throw new CliError(`${at} is already the TIL at /til/${alone.slug}/; pick another title or edit that ${place.line === undefined ? 'file' : 'entry'}`, EXIT.failure);
  }
  const added = splitDailyLog(content, file);
  const problem = added.problems.find((p) => (p.line ?? 0) >= line);
  if (problem) throw new CliError(`labbook new til: the new entry of ${file} would not build (${problem.message}); nothing written`, EXIT.failure);
  const entries = added.entries.length;
  const notes = [old === undefined ? `a new daily log for ${input.date}; the note is its ### entry` : `entry ${entries} of the day's log, at line ${line}`];
  const logAuthors = added.entries.find((e) => e.line === line)?.authors ?? [];
  if (old !== undefined && input.authors.length && !input.authors.some((author) => logAuthors.includes(author))) {
    notes.push(`authors: a daily log's front matter names the day's authors (${logAuthors.length ? logAuthors.join(', ') : 'none yet'}); add ${input.authors.join(', ')} there if the note is yours`);
  }
  if (before === undefined) {
    outputNewFile(ctx, { path, content, clashes: [], whenExists: 'run the command again to add the note to it', notes });
  } else {
    outputAddition(ctx, { path, before, content, added: renderTilEntry(input), notes });
  }
}

/** `labbook new til ...`: returns the exit code. */
export async function newTil(argv: string[], ctx: CliContext): Promise<number> {
  const { input, dryRun, typos } = parseNewTilArgs(argv, ctx);
  await createTil(input, { ...ctx, contentDir: requireContentDir(ctx), dryRun }, typos);
  return 0;
}
