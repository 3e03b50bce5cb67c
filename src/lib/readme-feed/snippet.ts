import type { LineEnding } from './lines.ts';

/** One TIL as the README lists it. */
export interface ReadmeItem {
  title: string;
  /** Absolute http(s) URL, or a site-relative path starting with `/` (the site's own snippet without `url`). */
  url: string;
  /** Day of the note, `YYYY-MM-DD`; left out of the line when unknown. */
  date?: string;
  category?: string;
}

/** Options of {@link renderReadmeSnippet}. */
export interface SnippetOptions {
  /** Line ending after every line. Default `\n`. */
  lineEnding?: LineEnding;
  /** Put before every line, e.g. the indentation of the start marker inside a list. Default none. */
  indent?: string;
}

/**
 * ASCII punctuation that means something in GitHub Markdown: emphasis, links, HTML, code, tables,
 * strikethrough, entities (`&amp;`) and math (`$x$`). Backslash escapes work for all of them. `_`
 * between two letters or digits cannot start or end emphasis (GFM), so `TORCH_LOGS` stays readable.
 */
const MARKDOWN_SPECIAL = /[\\`*[\]<>|~&$]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;
/** Control characters never belong in a title (a line break would end the list item). */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]+/g;

/** Plain text made safe for one Markdown line: GitHub shows it as written, never as markup or HTML. */
export function markdownInline(text: string): string {
  return text.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim().replace(MARKDOWN_SPECIAL, (char) => `\\${char}`);
}

/** True for an absolute http(s) URL or a site-relative path (`/wiki/til/x/`, not `//host`). */
export function isPublishableLink(url: string): boolean {
  if (url.startsWith('/')) return !url.startsWith('//') && !url.includes('\\');
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * A link destination that cannot end the link early: the URL normalised (spaces, quotes, `<`, `>`
 * and non-ASCII percent-encoded by the URL parser) and parentheses encoded too.
 */
function linkDestination(url: string): string {
  let normalised: string;
  if (url.startsWith('/')) {
    // Any origin will do: only the path, query and fragment are kept.
    const parsed = new URL(url, 'https://example.invalid');
    normalised = `${parsed.pathname}${parsed.search}${parsed.hash}`;
  } else {
    normalised = new URL(url).href;
  }
  return normalised.replace(/\(/g, '%28').replace(/\)/g, '%29');
}

/** `- [Title](url) · 2026-11-02 · Training` (the date and category parts only when known). */
export function renderReadmeLine(item: ReadmeItem): string {
  if (!isPublishableLink(item.url)) {
    // Callers filter links first (and warn); reaching here is a bug, not a user error.
    throw new TypeError(`not an http(s) link: ${item.url}`);
  }
  const parts = [`- [${markdownInline(item.title)}](${linkDestination(item.url)})`];
  if (item.date) parts.push(markdownInline(item.date));
  const category = item.category ? markdownInline(item.category) : '';
  if (category) parts.push(category);
  return parts.join(' · ');
}

/**
 * The Markdown list written between the README markers, one line per item, each ending with the
 * line ending; `''` for no items. Pure: the same items always give the same text (no timestamp),
 * which is what makes a second `labbook readme` run a no-op. The site publishes the same text at
 * /readme-feed.md.
 */
export function renderReadmeSnippet(items: readonly ReadmeItem[], options: SnippetOptions = {}): string {
  const { lineEnding = '\n', indent = '' } = options;
  return items.map((item) => `${indent}${renderReadmeLine(item)}${lineEnding}`).join('');
}
