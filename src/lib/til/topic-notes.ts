import { firstHeading, titleFromPath } from '../docs/title.ts';
import { slugSegment } from '../routes.ts';

/**
 * TILs kept the way TIL repositories keep them (jbranchaud/til, simonw/til): `<topic>/<note>.md`
 * inside the TIL folder, at any depth, usually without front matter. What the front matter leaves
 * out comes from where the note is: its title from its first `# Heading` (else its file name), its
 * day from its first commit (src/lib/git/history.ts), its category from its topic folder.
 */

/** A note in a topic folder: `til/vim/buffers.md` (the path in the `labbook` layout). */
export interface TopicNote {
  /** The topic folder, as written: the note's category. */
  topic: string;
  /** URL slug: the folders and the name, each slugged, joined by `-` (`vim-buffers`). */
  slug: string;
}

const MARKDOWN = /\.mdx?$/i;

/** The topic and slug of a TIL in a sub-folder of the TIL folder, or undefined for a TIL directly in it. */
export function topicNote(logical: string): TopicNote | undefined {
  if (!logical.startsWith('til/')) return undefined;
  const parts = logical.slice('til/'.length).replace(MARKDOWN, '').split('/');
  if (parts.length < 2) return undefined;
  const [topic = ''] = parts;
  const slug = parts.map(slugSegment).filter(Boolean).join('-');
  return slug && parts.every((part) => slugSegment(part)) ? { topic, slug } : undefined;
}

const stated = (value: unknown) => value !== undefined && value !== null && value !== '';

/**
 * A topic note's front matter completed: `title` (first heading, else file name), `date` (the day
 * of `created`, an ISO timestamp, when known) and `category` (the topic folder). Stated values win.
 */
export function withTopicNoteData<T extends Record<string, unknown>>(data: T, body: string, logical: string, created: string | undefined): T {
  const note = topicNote(logical);
  if (!note) return data;
  const out: Record<string, unknown> = { ...data };
  if (!stated(out.title)) out.title = firstHeading(body) ?? titleFromPath(logical);
  if (!stated(out.date) && created) out.date = created.slice(0, 10);
  if (!stated(out.category)) out.category = note.topic;
  return out as T;
}
