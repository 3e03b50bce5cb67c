import { normalizeSource } from '../frontmatter.ts';

/**
 * The title of a docs page whose front matter names none, as GitHub would show it: the text of the
 * first `# Heading` of its body (outside code fences), else its file name (a README's or index's
 * folder name), words separated by spaces. A folder of Markdown written for GitHub then builds
 * without front matter; a page that states its `title` keeps it.
 */

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const H1 = /^ {0,3}#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/;

/** The first level-one ATX heading of a Markdown body, without inline markup markers; undefined when there is none. */
export function firstHeading(body: string): string | undefined {
  let fence: string | undefined;
  for (const line of normalizeSource(body).split('\n')) {
    const marker = FENCE.exec(line)?.[1];
    if (marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length))) {
      fence = fence ? undefined : marker;
      continue;
    }
    if (fence) continue;
    const text = H1.exec(line)?.[1]?.replace(/[*_`]/g, '').trim();
    if (text) return text;
  }
  return undefined;
}

/** `guides/model-parallelism/README.md` -> `model parallelism`; `setup_guide.md` -> `setup guide`. */
export function titleFromPath(path: string): string {
  const parts = path.replace(/\.mdx?$/i, '').split('/');
  let name = parts.pop() ?? '';
  if (/^(?:index|readme)$/i.test(name) && parts.length > 0) name = parts.pop() ?? name;
  return name.replace(/[-_]+/g, ' ').trim() || path;
}

/** `data` with a `title` when it has none: the body's first heading, else the file's name. */
export function withDocTitle<T extends Record<string, unknown>>(data: T, body: string, path: string): T & { title: unknown } {
  if (data.title !== undefined && data.title !== null && data.title !== '') return data as T & { title: unknown };
  return { ...data, title: firstHeading(body) ?? titleFromPath(path) };
}
