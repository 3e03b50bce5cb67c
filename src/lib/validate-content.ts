import { existsSync } from 'node:fs';
import type { z } from 'zod';
import { docSchema } from '../schemas/doc.ts';
import { modelReferenceProblems } from './models/references.ts';
import { listApiFiles } from './openapi/api-files.ts';
import { dailyLogOf, isDailyLogFileName } from './daily-log.ts';
import { problems, type Problem } from './errors.ts';
import { FrontmatterSyntaxError, frontmatterOf } from './frontmatter.ts';
import { parseTilFileName, urls } from './routes.ts';
import { schemaProblems } from './schema-problems.ts';
import { IGNORED_PATTERNS, listFileFolders, listWiki, logicalOf, readWiki, type SourceFile } from './content/files.ts';
import { LAYOUTS, type KindFolders } from './content/layouts.ts';
import { RUN_MARKERS } from './experiments/run.ts';
import { KINDS, kindOfPath } from './content/kinds.ts';
import { withDocTitle } from './docs/title.ts';
import { withTopicNoteData } from './til/topic-notes.ts';

export type { SourceFile } from './content/files.ts';

/** Folders Labbook reads: one per kind of the registry (src/lib/content/kinds.ts). */
export const KIND_FOLDERS: readonly string[] = KINDS.map((kind) => kind.name);

/**
 * Page files for Astro's loaders: Markdown or MDX, leaving out what the content reader leaves out
 * (`_` and `.` files and folders at any depth, src/lib/content/files.ts).
 */
export const PAGE_PATTERN = ['**/*.{md,mdx}', ...IGNORED_PATTERNS];

/** All page files under the kinds Labbook renders today, read from disk (problems are the validator's). */
export function readContentFiles(contentDir: string, folders?: KindFolders): SourceFile[] {
  return readWiki(contentDir, { folders }).files.sort((a, b) => a.path.localeCompare(b.path));
}

/** `til/2026-11-02.md`: a day's log holding several TILs. */
export function isDailyLog(path: string): boolean {
  return path.startsWith('til/') && !path.slice(4).includes('/') && isDailyLogFileName(path.slice(4));
}

/** The URL a file would be published at, or a problem when its name cannot give one (rules per kind: src/lib/content/kinds.ts). */
export function urlOf(path: string): { url?: string; problem?: Problem } {
  const kind = kindOfPath(path);
  // api/ holds OpenAPI files; a page there is a mistake.
  if (kind?.files === 'openapi') return { problem: problems.apiMarkdown(path) };
  if (kind?.urlOf) return kind.urlOf(path);
  return { problem: problems.fileName(path, `put pages in one of the wiki's folders: ${KINDS.map((k) => `${k.name}/`).join(', ')}`) };
}

function validateFile(file: SourceFile): Problem[] {
  let parsed;
  try {
    parsed = frontmatterOf(file);
  } catch (error) {
    if (!(error instanceof FrontmatterSyntaxError)) throw error;
    return [problems.yaml('frontmatter-yaml', file.path, error.line, error.message, error.advice)];
  }
  const logical = logicalOf(file);
  const kind = kindOfPath(logical);
  const schema: z.ZodType = kind?.schema ?? docSchema;
  // A docs page may leave its title to its first heading or its file name (as the loader does).
  // A TIL in a topic folder takes its title, day and category from its heading, git and folder.
  const data =
    kind?.name === 'docs'
      ? withDocTitle(parsed.data, parsed.body, logical.slice('docs/'.length))
      : withTopicNoteData(parsed.data, parsed.body, logical, file.created);
  const result = schema.safeParse(data);
  const found = result.success
    ? []
    : schemaProblems(result.error, { code: 'frontmatter-field', file: file.path, data, keyLines: parsed.keyLines, schema });
  const named = logical.startsWith('til/') ? parseTilFileName(logical.slice(4)) : undefined;
  const date = result.success ? (result.data as { date?: string }).date : undefined;
  if (named && date && named.date !== date) {
    found.push(
      problems.field('frontmatter-field', file.path, parsed.keyLines.date, 'date', `is ${date} but the file name says ${named.date}. Make them the same day.`),
    );
  }
  const week = result.success ? (result.data as { week?: string }).week : undefined;
  const fileWeek = logical.replace(/^weekly\//, '').replace(/\.mdx?$/i, '');
  if (logical.startsWith('weekly/') && week !== undefined && week !== fileWeek) {
    found.push(problems.field('frontmatter-field', file.path, parsed.keyLines.week, 'week', `is ${week} but the file name says ${fileWeek}. Make them the same week.`));
  }
  return found;
}

/** A URL one file would be published at, and where it comes from: `til/a.md`, or `til/2026-11-02.md:5` for a daily-log entry. */
export interface UrlClaim {
  url: string;
  where: string;
}

/**
 * The checks of the build that read one file on its own: YAML, fields, dates, file name (the
 * problems), and the URLs it would be published at (for {@link duplicateUrls}). The build runs it on
 * every file; the dev server on each file saved.
 */
export function checkFile(file: SourceFile): { problems: Problem[]; urls: UrlClaim[] } {
  const logical = logicalOf(file);
  if (isDailyLog(logical)) {
    // Each entry of a day's log is a TIL of its own, with its own URL.
    const log = dailyLogOf(file);
    return { problems: log.problems, urls: log.entries.map((entry) => ({ url: urls.til(entry.slug), where: `${file.path}:${entry.line}` })) };
  }
  const found: Problem[] = [];
  const { url, problem } = urlOf(logical);
  // The rule reads the path in the labbook layout; the author reads where the file really is.
  if (problem) found.push({ ...problem, file: file.path });
  found.push(...validateFile(file));
  return { problems: found, urls: url ? [{ url, where: file.path }] : [] };
}

/** Two files (or entries) that would be published at the same URL, one problem per URL. */
export function duplicateUrls(claims: Iterable<UrlClaim>): Problem[] {
  const byUrl = new Map<string, string[]>();
  for (const { url, where } of claims) byUrl.set(url, [...(byUrl.get(url) ?? []), where]); // rarely more than one
  return [...byUrl].filter(([, paths]) => paths.length > 1).map(([url, paths]) => problems.duplicateUrl(url, paths));
}

/**
 * Check every file and report every problem at once: YAML syntax, fields, file names and two files
 * that would be published at the same URL (Astro itself only warns about that).
 */
export function validateFiles(files: SourceFile[]): Problem[] {
  return checkFiles(files).problems;
}

/** {@link validateFiles}, with the URLs of each file (by path) for the dev server's checks of saved files. */
function checkFiles(files: SourceFile[]): { problems: Problem[]; urls: Map<string, UrlClaim[]> } {
  const found: Problem[] = [];
  const claims = new Map<string, UrlClaim[]>();
  for (const file of files) {
    const checked = checkFile(file);
    found.push(...checked.problems);
    claims.set(file.path, checked.urls);
  }
  found.push(...duplicateUrls([...claims.values()].flat()));
  // Unknown names in `models:` lists, two cards with one model version.
  found.push(...modelReferenceProblems(files));
  return { problems: found, urls: claims };
}

/** Validate a whole content folder: it must exist and hold at least one page. */
export function validateContentDir(contentDir: string, folders?: KindFolders): Problem[] {
  return checkContentDir(contentDir, folders).problems;
}

/** A content folder as read and checked once: its pages, every problem, and the URLs each page claims (by path). */
export interface CheckedContent {
  files: SourceFile[];
  problems: Problem[];
  urls: Map<string, UrlClaim[]>;
}

/** Read and validate a content folder once, returning the files for further checks. */
export function checkContentDir(contentDir: string, folders?: KindFolders): CheckedContent {
  if (!existsSync(contentDir)) return { files: [], problems: [problems.contentDirMissing(contentDir)], urls: new Map() };
  const read = readWiki(contentDir, { folders });
  const files = read.files.sort((a, b) => a.path.localeCompare(b.path));
  // Symbolic links out of the wiki, unsafe names and encodings come first; the files read are checked too.
  // API specs are pages too; Markdown in api/ is a mistake that urlOf names.
  const api = listApiFiles(contentDir);
  const pages = files.filter((file) => !logicalOf(file).startsWith('weekly/'));
  // Notebooks and experiment runs are pages too (their loaders read and check them).
  const notebooks = () => listWiki(contentDir, { folders, kinds: ['notebooks'] }).paths.length;
  const runs = () => listFileFolders(contentDir, (folders ?? LAYOUTS.labbook).experiments, (names) => names.some((name) => RUN_MARKERS.includes(name))).folders.length;
  if (pages.length === 0 && api.specs.length === 0 && read.problems.length === 0 && notebooks() === 0 && runs() === 0) {
    return { files, problems: [problems.contentDirEmpty(contentDir)], urls: new Map() };
  }
  const checked = checkFiles(files);
  return { files, problems: [...read.problems, ...checked.problems, ...api.markdown.flatMap((path) => urlOf(path).problem ?? [])], urls: checked.urls };
}
