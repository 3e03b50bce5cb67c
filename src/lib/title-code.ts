/**
 * Titles come from front matter, which is always text (README, Trust model): the one piece of
 * Markdown honoured in them is a code span, so `` `torch.compile` recompiles `` shows code, not
 * backticks. Spans follow CommonMark: a run of N backticks closed by the next run of exactly N;
 * an unmatched run stays as written. Pages render the parts as text and `<code>` (escaped by
 * Astro, never as HTML); feeds, `<title>` and link previews get the text without the backticks.
 */

export interface TitlePart {
  /** True for the content of a code span. */
  code: boolean;
  text: string;
}

/** A code span's content as CommonMark keeps it: one space stripped from each end when both have one. */
function spanContent(raw: string): string {
  return raw.length > 2 && raw.startsWith(' ') && raw.endsWith(' ') && raw.trim() !== '' ? raw.slice(1, -1) : raw;
}

/** The title as text and code parts, in order; a title without backticks is one text part. */
export function titleParts(title: string): TitlePart[] {
  const parts: TitlePart[] = [];
  let text = '';
  let at = 0;
  while (at < title.length) {
    const open = /`+/g;
    open.lastIndex = at;
    const run = open.exec(title);
    if (!run) break;
    const length = run[0].length;
    // The closing run: exactly as long, not part of a longer run.
    const close = new RegExp(`(?<!\`)\`{${length}}(?!\`)`, 'g');
    close.lastIndex = run.index + length;
    const end = close.exec(title);
    if (!end) {
      text += title.slice(at, run.index + length);
      at = run.index + length;
      continue;
    }
    text += title.slice(at, run.index);
    if (text) parts.push({ code: false, text });
    text = '';
    parts.push({ code: true, text: spanContent(title.slice(run.index + length, end.index)) });
    at = end.index + length;
  }
  text += title.slice(at);
  if (text) parts.push({ code: false, text });
  return parts;
}

/** The title as plain text: code spans without their backticks. */
export function plainTitle(title: string): string {
  return titleParts(title)
    .map((part) => part.text)
    .join('');
}
