import { parseTilFileName } from './routes.ts';
import { frontmatterOf } from './frontmatter.ts';
import { isDailyLog, readContentFiles, type SourceFile } from './validate-content.ts';
import { logicalOf } from './content/files.ts';
import type { KindFolders } from './content/layouts.ts';
import { dailyLogOf } from './daily-log.ts';
import { topicNote, withTopicNoteData } from './til/topic-notes.ts';
import { tilSchema, type Til } from '../schemas/til.ts';

/** What tools outside Astro (the CLI, summaries) need to know of one TIL: its front matter and place. */
export type TilSummary = Til & {
  /** URL slug, `YYYY-MM-DD-some-title`; the page is /til/<slug>/. */
  slug: string;
  /** Source file, relative to the content folder. */
  file: string;
  /** 1-based line where the note starts inside its file (daily-log entries). */
  line?: number;
};

/** TIL summaries from already-read files; files that do not validate are skipped (the build reports them). */
export function tilSummariesFromFiles(files: SourceFile[]): TilSummary[] {
  const out: TilSummary[] = [];
  for (const file of files) {
    const logical = logicalOf(file);
    if (!logical.startsWith('til/')) continue;
    if (isDailyLog(logical)) {
      for (const { body: _body, bodyLine: _bodyLine, ...entry } of dailyLogOf(file).entries) {
        out.push({ ...entry, file: file.path });
      }
      continue;
    }
    const named = parseTilFileName(logical.slice('til/'.length)) ?? topicNote(logical);
    if (!named) continue;
    let data: unknown;
    try {
      const parsed = frontmatterOf(file);
      data = withTopicNoteData(parsed.data, parsed.body, logical, file.created);
    } catch {
      continue;
    }
    const parsed = tilSchema.safeParse(data);
    if (!parsed.success) continue;
    out.push({ slug: named.slug, file: file.path, ...parsed.data });
  }
  return out.sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
}

/** Every TIL of a content folder in its layout (default `labbook`), newest first, drafts included (callers decide). */
export function readTilSummaries(contentDir: string, folders?: KindFolders): TilSummary[] {
  return tilSummariesFromFiles(readContentFiles(contentDir, folders));
}
