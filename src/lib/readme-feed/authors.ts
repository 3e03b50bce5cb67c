/**
 * `labbook readme --author <handle>`: whose notes a README lists. A note's authors are its
 * `authors` list (Labbook's field) and `author` (Jekyll's and Hugo's, one name or a list); a feed
 * item's are the names its feed gives. Handles compare without a leading `@` and without case, as
 * GitHub's do: `@Mira-K` is `mira-k`.
 */

/** `@Mira-K ` -> `mira-k`. */
export function authorKey(name: string): string {
  return name.trim().replace(/^@/, '').toLowerCase();
}

/** The author names a note states: `authors` and `author`, in that order, each once. */
export function authorsOf(note: { authors?: readonly string[] | undefined; author?: unknown }): string[] {
  const author = note.author;
  const written = [...(note.authors ?? []), ...(Array.isArray(author) ? author : [author])].filter((name): name is string => typeof name === 'string' && name.trim() !== '');
  return [...new Set(written.map((name) => name.trim()))];
}

/** Whether `handle` is one of the note's authors. */
export function writtenBy(note: { authors?: readonly string[] | undefined; author?: unknown }, handle: string): boolean {
  const key = authorKey(handle);
  return authorsOf(note).some((name) => authorKey(name) === key);
}

/** Every author named in `notes`, each once (first spelling kept), alphabetical: for "no note by X; authors here: ...". */
export function knownAuthors(notes: readonly { authors?: readonly string[] | undefined; author?: unknown }[]): string[] {
  const byKey = new Map<string, string>();
  for (const note of notes) for (const name of authorsOf(note)) if (!byKey.has(authorKey(name))) byKey.set(authorKey(name), name);
  return [...byKey.values()].sort((a, b) => a.localeCompare(b));
}
