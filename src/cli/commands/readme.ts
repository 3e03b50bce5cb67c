import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import { kindFolders, loadSiteConfig, type SiteConfig } from '../../config/site-config.ts';
import { LabbookError } from '../../lib/errors.ts';
import { fetchFeed, FEED_TIMEOUT_MS, type FeedFailure, type FetchLike } from '../../lib/readme-feed/fetch-feed.ts';
import { DEFAULT_LIMIT, selectFeedItems, tilReadmeItems } from '../../lib/readme-feed/items.ts';
import { END_MARKER, readmeMessages, START_MARKER } from '../../lib/readme-feed/messages.ts';
import type { MarkerProblem } from '../../lib/readme-feed/markers.ts';
import type { ReadmeItem } from '../../lib/readme-feed/snippet.ts';
import { checkMarkers, updateReadme } from '../../lib/readme-feed/transform.ts';
import { readTilSummaries } from '../../lib/til-source.ts';
import { knownAuthors, writtenBy } from '../../lib/readme-feed/authors.ts';
import { optionRows, parseCommandArgs, synopsis, usageText, type CommandSpec, type OptionSpecs } from '../args.ts';
import { CliError, displayPath, EXIT, requireContentDir, usageError, type CliContext } from '../context.ts';
import { FileChangedError, replaceFile } from '../replace-file.ts';

/** Arguments of `labbook readme`. */
export const readmeCommand = {
  name: 'readme',
  positionals: '',
  options: {
    target: { type: 'string', value: '<file>', description: 'The Markdown file to update (required), e.g. README.md' },
    limit: { type: 'string', value: '<n>', description: `How many TILs to list (default: ${DEFAULT_LIMIT})` },
    feed: { type: 'string', value: '<url>', description: "Read the TILs from the site's feed (JSON Feed, RSS or Atom)" },
    author: { type: 'string', value: '<handle>', description: "List only this person's TILs (their `authors` or `author`; any case, @ optional)" },
    'dry-run': { type: 'boolean', description: 'Print a unified diff instead of writing the file' },
  },
} as const satisfies CommandSpec<OptionSpecs>;

/** Exit codes of `labbook readme`: the CLI's, plus 3 for "nothing to do" so a workflow commits only on 0. */
export const README_EXIT = { ...EXIT, upToDate: 3 } as const;

/** One line for `labbook --help`. */
export const readmeSummary = 'Update the list of latest TILs between the labbook markers in a README';

/** `labbook readme --help`. */
export const readmeHelp = `${synopsis(readmeCommand)}

${readmeSummary}.
Only the lines between ${START_MARKER} and ${END_MARKER} change, and a second run
changes nothing. One line per TIL, newest first, drafts left out:
  - [Title](https://acme.github.io/wiki/til/slug/) · 2026-11-02 · Training
The TILs come from the content folder (links need \`url\` in its labbook.yaml) or, with --feed, from
the published site's /feed.json (RSS 2.0 and Atom 1.0 work too; 10 s time limit).
With --author, only the TILs whose \`authors\` (or \`author\`) name that handle, any case, @
optional (from a feed: the item's authors); none is a failure naming the authors there are.

Options:
${optionRows(readmeCommand)}

Exit codes:
  0  the file was updated (with --dry-run: would be)
  1  failed, nothing written: markers missing, repeated or out of order, file missing, feed unreachable
  2  bad arguments
  3  already up to date, nothing written

Example:
  labbook readme --target README.md --feed https://acme.github.io/wiki/feed.json
  labbook readme --target README.md --author mira-k
`;

/** The run's context, plus the fetch function to reach a feed with (tests pass a fake one). */
export interface ReadmeContext extends CliContext {
  /** Default: the global `fetch`. */
  fetch?: FetchLike;
}

/** What `labbook readme` was asked to do. */
export interface ReadmeArgs {
  /** The file to update, as given (relative to cwd or absolute). */
  target: string;
  limit: number;
  /** Published feed to read instead of the content folder. */
  feed?: string;
  /** Only TILs whose authors include this handle. */
  author?: string;
  dryRun: boolean;
}

const usage = usageText(readmeCommand);
const fail = (message: string) => usageError(`labbook readme: ${message}`, usage);

/** Turn argv (after `readme`) into {@link ReadmeArgs}, or throw a usage error (exit 2). */
export function parseReadmeArgs(argv: string[]): ReadmeArgs {
  const { values, positionals } = parseCommandArgs(argv, readmeCommand);
  if (positionals.length > 0) {
    throw fail(`expected no arguments, got "${positionals.join(' ')}"; name the file with --target README.md`);
  }
  if (!values.target) throw fail('--target is required: the Markdown file to update, e.g. --target README.md');
  let limit = DEFAULT_LIMIT;
  if (values.limit !== undefined) {
    limit = /^[1-9]\d*$/.test(values.limit) ? Number(values.limit) : 0;
    if (!Number.isSafeInteger(limit) || limit === 0) throw fail(`--limit expects a positive whole number, e.g. ${DEFAULT_LIMIT}; got "${values.limit}"`);
  }
  if (values.feed !== undefined && !isHttpUrl(values.feed)) {
    throw fail(`--feed expects an http(s) URL, e.g. https://acme.github.io/wiki/feed.json; got "${values.feed}"`);
  }
  const author = values.author?.trim();
  if (author === '' || author === '@') throw fail('--author expects a GitHub handle, e.g. --author mira-k; got an empty one');
  return { target: values.target, limit, feed: values.feed, ...(author ? { author } : {}), dryRun: values['dry-run'] ?? false };
}

function isHttpUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** The file's bytes and text, or a CliError when it is missing or not UTF-8. */
function readTarget(path: string, shown: string): { bytes: Buffer; source: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') throw new CliError(readmeMessages.targetMissing(shown), EXIT.failure);
    throw error;
  }
  try {
    // Fatal decoding: a Latin-1 README would otherwise come back with U+FFFD where its accents were.
    return { bytes, source: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    throw new CliError(readmeMessages.targetNotUtf8(shown), EXIT.failure);
  }
}

function markerError(shown: string, problem: MarkerProblem): CliError {
  return new CliError(`${shown}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`, EXIT.failure);
}

/** The wiki's settings, or a CliError listing what is wrong with labbook.yaml. */
function siteConfig(contentDir: string): SiteConfig {
  try {
    return loadSiteConfig(contentDir);
  } catch (error) {
    if (error instanceof LabbookError) throw new CliError(readmeMessages.siteConfig(error.message), EXIT.failure);
    throw error;
  }
}

/** The README items from the content folder, linked under the site's `url` and `base`. */
function localItems(args: ReadmeArgs, ctx: CliContext, shown: string): ReadmeItem[] {
  const contentDir = requireContentDir(ctx);
  const config = siteConfig(contentDir);
  if (!config.url) throw new CliError(readmeMessages.noSiteUrl(displayPath(ctx, join(contentDir, 'labbook.yaml'))), EXIT.failure);
  const published = readTilSummaries(contentDir, kindFolders(config)).filter((til) => !til.draft);
  const tils = args.author ? published.filter((til) => writtenBy(til, args.author ?? '')) : published;
  if (args.author && tils.length === 0) {
    throw new CliError(readmeMessages.noAuthor(args.author, 'the content folder', knownAuthors(published), shown), EXIT.failure);
  }
  return tilReadmeItems(tils, { url: config.url, base: config.base }, args.limit);
}

function feedError(url: string, failure: FeedFailure, shown: string): CliError {
  const message =
    failure.kind === 'unreachable'
      ? readmeMessages.feedUnreachable(url, failure.reason, shown)
      : failure.kind === 'timeout'
        ? readmeMessages.feedTimeout(url, failure.seconds, shown)
        : failure.kind === 'http'
          ? readmeMessages.feedHttp(url, failure.status, shown)
          : failure.kind === 'too-large'
            ? readmeMessages.feedTooLarge(url, failure.megabytes, shown)
            : readmeMessages.notAFeed(url, failure.reason, shown);
  return new CliError(message, EXIT.failure);
}

/** The README items from a published feed; items left out are reported as warnings. */
async function feedItems(feed: string, args: ReadmeArgs, ctx: ReadmeContext, shown: string): Promise<ReadmeItem[]> {
  const fetched = await fetchFeed(feed, { fetch: ctx.fetch, timeoutMs: FEED_TIMEOUT_MS });
  if (!fetched.ok) throw feedError(feed, fetched.failure, shown);
  const entries = args.author ? fetched.entries.filter((entry) => writtenBy({ authors: entry.authors }, args.author ?? '')) : fetched.entries;
  if (args.author && entries.length === 0) {
    throw new CliError(readmeMessages.noAuthor(args.author, feed, knownAuthors(fetched.entries.map((entry) => ({ authors: entry.authors }))), shown), EXIT.failure);
  }
  const { items, warnings } = selectFeedItems(entries, fetched.url, args.limit);
  for (const warning of warnings) ctx.stderr(`labbook readme: warning: ${warning}\n`);
  return items;
}

/** A unified diff with `--- a/README.md` / `+++ b/README.md` headers, as git shows it. */
function diffOf(shown: string, before: string, after: string): string {
  return createTwoFilesPatch(`a/${shown}`, `b/${shown}`, before, after, undefined, undefined, { headerOptions: FILE_HEADERS_ONLY });
}

const count = (n: number) => (n === 1 ? '1 TIL' : `${n} TILs`);

/** `labbook readme ...`: returns 0 updated, 1 failed, 2 bad arguments, 3 already up to date. */
export async function readme(argv: string[], ctx: ReadmeContext): Promise<number> {
  const args = parseReadmeArgs(argv);
  const path = resolve(ctx.cwd, args.target);
  const shown = displayPath(ctx, path);
  const { bytes, source } = readTarget(path, shown);
  // Check the markers before reaching for TILs: a README that is not ready fails without the network.
  const problem = checkMarkers(source);
  if (problem) throw markerError(shown, problem);
  const items = args.feed ? await feedItems(args.feed, args, ctx, shown) : localItems(args, ctx, shown);
  if (items.length === 0) ctx.stderr(`labbook readme: warning: ${readmeMessages.noItems()}\n`);
  const update = updateReadme(source, items);
  if (!update.ok) throw markerError(shown, update.problem);
  const from = args.feed ?? 'the content folder';
  if (!update.changed) {
    ctx.stdout(`${shown} is already up to date (${count(items.length)} from ${from}); nothing written.\n`);
    return README_EXIT.upToDate;
  }
  if (args.dryRun) {
    ctx.stdout(`Dry run, nothing written. ${shown} would change:\n${diffOf(shown, source, update.text)}`);
    return README_EXIT.ok;
  }
  try {
    replaceFile(path, bytes, update.text);
  } catch (error) {
    if (error instanceof FileChangedError) throw new CliError(readmeMessages.targetChanged(shown), EXIT.failure);
    throw error;
  }
  ctx.stdout(`${shown}\nUpdated with the newest ${count(items.length)} from ${from}.\n`);
  return README_EXIT.ok;
}
