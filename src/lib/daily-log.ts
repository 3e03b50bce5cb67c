/**
 * Daily logs: `til/YYYY-MM-DD.md` files that hold several TILs of one day, each starting at a
 * `### Title` heading, optionally `### 🐛 [Category] Title` (icon and category). Headings are found in Sätteri's mdast, so a `###` line inside a
 * code fence, a list or a blockquote never starts an entry.
 */
import { markdownToMdast, type MdastNode } from 'satteri';
import { z } from 'zod';
import { problems, type DailyLogEntryField, type Problem } from './errors.ts';
import { FrontmatterSyntaxError, normalizeSource, parseFrontmatter } from './frontmatter.ts';
import { slugSegment, urls } from './routes.ts';
import { schemaProblems } from './schema-problems.ts';
import { frontMatter, isCalendarDate, MAX_TERMS_PER_NOTE } from '../schemas/base.ts';
import { MAX_NESTING, tooDeep } from './markdown-depth.ts';
import { SKIP, textOf, visit } from '../markdown/tree.ts';
import { tilSchema, type Til } from '../schemas/til.ts';

/**
 * One TIL cut out of a daily log: the same fields as a single-file TIL's front matter (`icon` and
 * `category` from `### 🐛 [Debugging] ...`, the category else from the default or not stated, `tags` from the defaults plus a `Tags:` line,
 * `keywords`, `takeaway` and `issues` from the entry's metadata lines), plus where it sits.
 */
export type DailyLogEntry = Til & {
  /** URL slug, `${date}-${slugSegment(title)}`; the page is /til/<slug>/. */
  slug: string;
  /** Markdown of the entry, metadata lines included, without its heading and surrounding blank lines. */
  body: string;
  /** 1-based line of the entry's `###` heading in the file. */
  line: number;
  /** 1-based line in the file where `body` starts, to map errors inside the body back to the file. */
  bodyLine: number;
};

const DAILY_LOG_FILE = /^(\d{4}-\d{2}-\d{2})\.md$/i;

/** True for a daily-log file name such as `2026-11-02.md` (no slug, not `.mdx`). */
export function isDailyLogFileName(name: string): boolean {
  return DAILY_LOG_FILE.test(name);
}

/** What the front matter of a daily log may set for all of its entries. */
const defaultsSchema = frontMatter({
  tags: tilSchema.shape.tags,
  authors: tilSchema.shape.authors,
  category: tilSchema.shape.category,
  draft: tilSchema.shape.draft,
});
type Defaults = z.infer<typeof defaultsSchema>;

const ENTRY_ONLY_FIELDS: DailyLogEntryField[] = ['title', 'date', 'keywords', 'takeaway', 'issues', 'models'];
const FENCE = /^---[ \t]*$/;

/** Everything the per-entry steps need; `lines` are the file's lines, LF-normalised. */
interface Context {
  file: string;
  date: string;
  lines: string[];
  defaults: Defaults;
  out: Problem[];
}

/** Each content file's split, kept while the file object lives. */
const splitFiles = new WeakMap<object, { entries: DailyLogEntry[]; problems: Problem[] }>();

/**
 * {@link splitDailyLog} of a content file (a `SourceFile` of src/lib/content/files.ts), split once
 * per file: the validator, the TIL summaries and the diagram prefetch all read the same daily logs
 * in one build. Each call gets its own copy.
 */
export function dailyLogOf(file: { readonly source: string; readonly path: string }): { entries: DailyLogEntry[]; problems: Problem[] } {
  let split = splitFiles.get(file);
  if (!split) {
    split = splitDailyLog(file.source, file.path);
    splitFiles.set(file, split);
  }
  return structuredClone(split);
}

/**
 * Split a daily log into its entries. Every problem of the file is reported (each with file and
 * line); an entry without a usable title, or whose URL an earlier entry already takes, is left out.
 */
export function splitDailyLog(source: string, file: string): { entries: DailyLogEntry[]; problems: Problem[] } {
  const out: Problem[] = [];
  const name = file.slice(file.lastIndexOf('/') + 1);
  const date = DAILY_LOG_FILE.exec(name)?.[1];
  if (!date) return { entries: [], problems: [{ ...problems.fileName(file, 'a daily log is named YYYY-MM-DD.md, e.g. 2026-11-02.md'), line: 1 }] };
  if (!isCalendarDate(date)) out.push(problems.dailyLogFileName(file, name));

  const lines = normalizeSource(source).split('\n');
  const front = readDefaults(lines, file, date, out);
  if (!front) return { entries: [], problems: out };
  const ctx: Context = { file, date, lines, defaults: front.defaults, out };

  const entries: DailyLogEntry[] = [];
  const firstLineOfSlug = new Map<string, number>();
  for (const section of sections(ctx, front.bodyStart)) {
    const entry = buildEntry(ctx, section);
    if (!entry) continue;
    const first = firstLineOfSlug.get(entry.slug);
    if (first !== undefined) {
      out.push(problems.duplicateEntry(file, entry.line, urls.til(entry.slug), first));
      continue;
    }
    firstLineOfSlug.set(entry.slug, entry.line);
    entries.push(entry);
  }
  return { entries, problems: out };
}

/**
 * Front matter defaults and the 0-based index of the first body line; undefined when the front
 * matter is never closed (then there is no telling where the entries start).
 */
function readDefaults(lines: string[], file: string, date: string, out: Problem[]): { defaults: Defaults; bodyStart: number } | undefined {
  const none: Defaults = { tags: [], authors: [], draft: false };
  if (!FENCE.test(lines[0] ?? '')) return { defaults: none, bodyStart: 0 };
  const end = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  let parsed: ReturnType<typeof parseFrontmatter>;
  try {
    parsed = parseFrontmatter(lines.join('\n'));
  } catch (error) {
    if (!(error instanceof FrontmatterSyntaxError)) throw error;
    out.push(problems.yaml('frontmatter-yaml', file, error.line ?? 1, error.message, error.advice));
    return end === -1 ? undefined : { defaults: none, bodyStart: end + 1 };
  }
  const data: Record<string, unknown> = { ...parsed.data };
  for (const field of ENTRY_ONLY_FIELDS) {
    if (!(field in data)) continue;
    out.push(problems.dailyLogField(file, parsed.keyLines[field] ?? 1, field, date));
    delete data[field];
  }
  const result = defaultsSchema.safeParse(data);
  if (result.success) return { defaults: result.data, bodyStart: end + 1 };
  const found = schemaProblems(result.error, { code: 'frontmatter-field', file, data, keyLines: parsed.keyLines });
  out.push(...found.map((p) => ({ ...p, line: p.line ?? 1 })));
  // Keep a valid default category, so its entries are not also reported as lacking one.
  const category = defaultsSchema.shape.category.safeParse(data.category);
  return { defaults: { ...none, ...(category.success && category.data ? { category: category.data } : {}) }, bodyStart: end + 1 };
}

/** An entry heading and the top-level Markdown nodes under it, with file line numbers. */
interface Section {
  heading: MdastNode;
  line: number;
  /** Last file line of the entry (the line before the next `##`/`###` heading, or the file's last). */
  endLine: number;
  nodes: MdastNode[];
  /** Lines before the Markdown body (the front matter): node positions plus this are file lines. */
  offset: number;
}

/** Cut the body into entry sections, reporting date headings, other `##` headings and stray text. */
function sections(ctx: Context, bodyStart: number): Section[] {
  const { file, date, lines, out } = ctx;
  const tree = markdownToMdast(lines.slice(bodyStart).join('\n'), { features: { frontmatter: false } });
  // The walkers below recurse: a 20,000-deep list would overflow the stack without naming the file.
  const deep = tooDeep(tree);
  if (deep) {
    out.push(problems.tooDeep(file, (deep.line ?? 1) + bodyStart, deep.depth, MAX_NESTING));
    return [];
  }
  const lineOf = (node: MdastNode) => (node.position?.start.line ?? 1) + bodyStart;
  const found: Section[] = [];
  let current: Section | undefined;
  let strayReported = false;
  const children = 'children' in tree ? tree.children : [];
  for (const node of children) {
    const line = lineOf(node);
    if (node.type === 'heading' && (node.depth === 2 || node.depth === 3)) {
      if (current) current.endLine = line - 1;
      current = undefined;
      strayReported = false;
      if (node.depth === 3) {
        current = { heading: node, line, endLine: lines.length, nodes: [], offset: bodyStart };
        found.push(current);
      } else {
        const text = plainText(node);
        const raw = (lines[line - 1] ?? '').trim();
        if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
          if (text !== date) out.push(problems.dateHeading(file, line, raw, date));
        } else {
          out.push(problems.levelTwoHeading(file, line, raw, date));
        }
      }
    } else if (current) {
      current.nodes.push(node);
    } else if (!strayReported && !isHtmlComment(node)) {
      // One problem per run of stray blocks: the first line is enough to find it.
      out.push(problems.strayText(file, line, excerpt(lines[line - 1] ?? '')));
      strayReported = true;
    }
  }
  if (found.length === 0) out.push(problems.entriesMissing(file, bodyStart + 1));
  return found;
}

// An emoji sequence (ZWJ, skin tones, keycaps, flags; or a pictograph with or without U+FE0F).
const EMOJI = String.raw`(?:\p{RGI_Emoji}|\p{Extended_Pictographic}\uFE0F?)`;
/** `🐛 [Debugging] Title`, `🐛 Title`, `[Debugging] Title` or `Title`: icon, category and title. */
const ENTRY_HEADING = new RegExp(String.raw`^(${EMOJI}(?:\s*${EMOJI})*)?\s*(?:\[([^\]]*)\])?\s*(.*)$`, 'v');

/**
 * Icon, category and title of an entry heading. The category is optional: the diary templates
 * people copy write `### 🐛 Title`. A leading emoji is the icon, never part of the category or title.
 */
export function parseEntryHeading(text: string): { icon?: string; category?: string; title: string } {
  const match = ENTRY_HEADING.exec(text);
  // The pattern matches every string (all parts optional); the fallback only satisfies the types.
  if (!match) return { title: text };
  const icon = match[1]?.replace(/\s+/g, ' ');
  return { ...(icon ? { icon } : {}), ...(match[2] !== undefined ? { category: match[2].trim() } : {}), title: (match[3] ?? '').trim() };
}

/** One entry from its section, or undefined (with a problem) when its heading has no usable title. */
function buildEntry(ctx: Context, section: Section): DailyLogEntry | undefined {
  const { file, date, lines, defaults, out } = ctx;
  const { line } = section;
  const raw = (lines[line - 1] ?? '').trim();
  const heading = parseEntryHeading(plainText(section.heading));
  // `[]` is a slip, not a choice: without brackets the entry simply states no category.
  if (heading.category === '') out.push(problems.entryCategoryEmpty(file, line, raw));
  const category = heading.category || defaults.category;
  const { icon, title } = heading;
  const meta = readMetadata(ctx, section);
  if (!title) {
    out.push(problems.entryTitleEmpty(file, line, raw));
    return undefined;
  }
  const titleSlug = slugSegment(title);
  if (!titleSlug) {
    out.push(problems.entrySlugEmpty(file, line, title));
    return undefined;
  }

  let from = line; // 0-based index of the line after the heading
  let to = section.endLine; // exclusive 0-based end
  while (from < to && !lines[from]?.trim()) from++;
  while (to > from && !lines[to - 1]?.trim()) to--;
  return {
    slug: `${date}-${titleSlug}`,
    title,
    date,
    ...(icon ? { icon } : {}),
    ...(category ? { category } : {}),
    tags: unique([...defaults.tags, ...meta.tags]),
    keywords: unique(meta.keywords),
    ...(meta.takeaway ? { takeaway: meta.takeaway } : {}),
    issues: meta.issues,
    authors: defaults.authors,
    draft: defaults.draft,
    body: lines.slice(from, to).join('\n'),
    line,
    bodyLine: from < to ? from + 1 : line + 1,
  };
}

// `Keywords: a, b`, `**Keywords:** a, b` or `**Keywords**: a, b`; the backreference makes the bold optional.
const LIST_LINE = /^(\*\*|__)?(keywords|tags)(?::\1|\1:)\s*(.*)$/i;
const TAKEAWAY_LINE = /^(\*\*|__)?((?:key\s+)?takeaway)(?::\1|\1:)\s*(.*)$/i;
const ISSUE_REF = String.raw`(?:[\w.-]+\/[\w.-]+)?#\d+\b`;
const ISSUE_MENTION = new RegExp(
  String.raw`\b(?:related\s+to|fix(?:e[sd])?|close[sd]?|resolve[sd]?)\b:?\s+(${ISSUE_REF}(?:\s*(?:,\s*(?:and\s+)?|and\s+)${ISSUE_REF})*)`,
  'gi',
);

/** Keywords, tags, takeaway and issues of one entry, from its top-level paragraphs and its prose. */
function readMetadata(ctx: Context, section: Section) {
  const { file, lines, out } = ctx;
  const keywords: string[] = [];
  const tags: string[] = [];
  const listLines: { tags?: number; keywords?: number } = {};
  let takeaway: string | undefined;
  let takeawayLine: number | undefined;
  section.nodes.forEach((node, index) => {
    if (node.type !== 'paragraph' || !node.position) return;
    const first = node.position.start.line + section.offset;
    const last = node.position.end.line + section.offset;
    for (let n = first; n <= last; n++) {
      const text = (lines[n - 1] ?? '').trim();
      const list = LIST_LINE.exec(text);
      if (list) {
        const kind = list[2]?.toLowerCase() === 'tags' ? 'tags' : 'keywords';
        (kind === 'tags' ? tags : keywords).push(...splitList(list[3] ?? ''));
        listLines[kind] ??= n;
        continue;
      }
      const label = TAKEAWAY_LINE.exec(text);
      if (!label) continue;
      // The takeaway runs to the end of its paragraph, or to the next metadata line.
      const labelLine = n;
      const rest = [label[3] ?? ''];
      while (n < last && !isMetadataLine(lines[n] ?? '')) rest.push(lines[n++] ?? '');
      const next = section.nodes[index + 1];
      let value = plainText(markdownToMdast(rest.join('\n'), { features: { frontmatter: false } }));
      if (!value && n === last && next?.type === 'blockquote') value = plainText(next);
      if (!value) {
        out.push(problems.takeawayEmpty(file, labelLine, text));
      } else if (takeawayLine !== undefined) {
        out.push(problems.takeawayTwice(file, labelLine, takeawayLine));
      } else {
        takeaway = value;
        takeawayLine = labelLine;
      }
    }
  });
  // The same cap as a note's front matter: every tag becomes pages and feeds.
  for (const [kind, values] of [['tags', tags], ['keywords', keywords]] as const) {
    const count = unique([...(kind === 'tags' ? ctx.defaults.tags : []), ...values]).length;
    if (count > MAX_TERMS_PER_NOTE) out.push(problems.tooManyTerms(file, listLines[kind] ?? section.line, kind === 'tags' ? 'tag' : 'keyword', count, MAX_TERMS_PER_NOTE));
  }
  return { keywords, tags, takeaway, issues: findIssues(section.nodes) };
}

function isMetadataLine(line: string): boolean {
  const text = line.trim();
  return LIST_LINE.test(text) || TAKEAWAY_LINE.test(text);
}

/** Issue references after `Related to`/`Fixes`/`Closes`/`Resolves` in the entry's prose (never in code). */
function findIssues(nodes: MdastNode[]): (number | string)[] {
  const seen = new Set<string>();
  const found: (number | string)[] = [];
  const scan = (node: MdastNode) => {
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return undefined;
    for (const mention of plainText(node, false).matchAll(ISSUE_MENTION)) {
      for (const [ref] of (mention[1] ?? '').matchAll(new RegExp(ISSUE_REF, 'g'))) {
        if (seen.has(ref)) continue;
        seen.add(ref);
        found.push(ref.startsWith('#') ? Number(ref.slice(1)) : ref);
      }
    }
    return SKIP;
  };
  for (const node of nodes) visit(node, scan);
  return found;
}

const WRAPPED = /^(\*\*|__|\*|_|`)(.+)\1$/;

/** `a, **b**, \`c\`` gives `[a, b, c]`. */
function splitList(value: string): string[] {
  return value
    .split(',')
    .map((item) => {
      let text = item.trim();
      for (let m = WRAPPED.exec(text); m; m = WRAPPED.exec(text)) text = (m[2] ?? '').trim();
      return text;
    })
    .filter(Boolean);
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'tableCell']);

/** Text of a node without markup, whitespace collapsed; `keepCode: false` blanks inline code. */
function plainText(node: MdastNode, keepCode = true): string {
  const text = (n: MdastNode): string | undefined => {
    if (n.type === 'text') return n.value;
    if (n.type === 'inlineCode') return keepCode ? n.value : ' ';
    if (n.type === 'break') return ' ';
    if (n.type === 'image') return n.alt ?? '';
    if (n.type === 'code' || n.type === 'html') return '';
    return undefined;
  };
  return textOf(node, text, (parent) => (PHRASING_PARENTS.has(parent.type) ? '' : ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

function isHtmlComment(node: MdastNode): boolean {
  return node.type === 'html' && /^<!--[^]*-->$/.test(node.value.trim());
}

function excerpt(line: string): string {
  const text = line.trim();
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
