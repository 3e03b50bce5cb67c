import { markdownToMdast, type MdastNode } from 'satteri';
import { tooDeep } from './markdown-depth.ts';
import { collect, SKIP, visit } from '../markdown/tree.ts';
import { findGithubRefs, insideRawLinkOrCode, isAutolinkText, parseGithubUrl } from './github-refs.ts';

/** One issue or pull request reference in a document, with the words around it. */
export interface Reference {
  /** Canonical lower-case `owner/repo#N`, the same for `#42`, `GH-42` and the issue's URL. */
  key: string;
  /** `#42` for the wiki's own repository, `owner/repo#7` otherwise. */
  label: string;
  url: string;
  /** The sentence around the reference (whole text for headings, list items, table cells), as plain text. */
  sentence: string;
  /** 1-based line of the reference in the Markdown source. */
  line: number;
}

/** Longest sentence kept; longer ones are cut at word boundaries around the reference. */
export const MAX_SENTENCE = 240;
/** Shorter sentences are shown with the sentence before them. */
export const MIN_SENTENCE = 40;

// Never scanned: code stays verbatim and is never linked; the rest has no prose.
const NO_PROSE = new Set(['code', 'inlineCode', 'html', 'definition', 'yaml', 'toml', 'math', 'inlineMath', 'image', 'imageReference', 'footnoteReference']);
const BLOCKS_WITH_TEXT = new Set(['paragraph', 'heading', 'tableCell', 'descriptionTerm']);
// A full stop after these is no sentence end.
const ABBREVIATION = /(?:^|[^\p{L}])(?:e\.g|i\.e|vs|cf|approx|incl|fig|eq|no)$/iu;
const SENTENCE_END = /[.!?]+["'”’)\]]*\s+|[。！？]+\s*/gu;

interface Found {
  ref: Omit<Reference, 'sentence'>;
  start: number;
  end: number;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ');

/**
 * The sentence of `text` that holds `text.slice(start, end)`, or the whole text when `whole`,
 * whitespace collapsed and cut to about {@link MAX_SENTENCE} characters with `…` where cut.
 */
export function sentenceAround(text: string, start: number, end: number, whole = false): string {
  let from = 0;
  let previous = 0;
  let to = text.length;
  if (!whole || collapse(text).trim().length > MAX_SENTENCE) {
    for (const m of text.matchAll(SENTENCE_END)) {
      if (ABBREVIATION.test(text.slice(0, m.index))) continue;
      if (m.index + m[0].length <= start) {
        previous = from;
        from = m.index + m[0].length;
      } else if (m.index >= end) {
        to = m.index + m[0].trimEnd().length;
        break;
      }
    }
    // "Related to #42." says nothing alone: a short sentence brings the one before it along.
    if (collapse(text.slice(from, to)).trim().length < MIN_SENTENCE) from = previous;
  }
  return clip(collapse(text.slice(from, start)).trimStart(), collapse(text.slice(start, end)), collapse(text.slice(end, to)).trimEnd());
}

/** `before + ref + after`, trimmed on both sides at spaces to fit, keeping the reference whole. */
function clip(before: string, ref: string, after: string): string {
  if (before.length + ref.length + after.length <= MAX_SENTENCE) return before + ref + after;
  const budget = Math.max(MAX_SENTENCE - ref.length - 2, 0);
  const keepBefore = Math.min(before.length, Math.max(Math.floor(budget / 2), budget - after.length));
  const keepAfter = Math.min(after.length, budget - keepBefore);
  let head = before.slice(before.length - keepBefore);
  if (keepBefore < before.length) head = `…${head.slice(head.startsWith(' ') ? 1 : head.indexOf(' ') + 1)}`;
  let tail = after.slice(0, keepAfter);
  if (keepAfter < after.length) tail = `${after[keepAfter] === ' ' ? tail : tail.slice(0, Math.max(tail.lastIndexOf(' '), 0))}…`;
  return head + ref + tail.trimEnd().replace(/ …$/, '…');
}

/**
 * Every issue and pull request reference in a Markdown document (`#42`, `GH-42`, `owner/repo#7`,
 * issue URLs, and Markdown links to issues), in order, with its sentence and line. Code, raw HTML
 * and text inside other links are skipped, as the issue-links plugin skips them.
 */
export function collectReferences(markdown: string, repo: string | undefined): Reference[] {
  const tree = markdownToMdast(markdown, { position: true });
  // The walkers below recurse; a page nested this deep already fails its render, naming the file.
  if (tooDeep(tree)) return [];
  const definitions = new Map<string, string>();
  for (const definition of collect(tree, 'definition')) definitions.set(definition.identifier.toLowerCase(), definition.url);
  const issueAt = (url: string) => {
    const ref = parseGithubUrl(url, repo);
    return ref?.kind === 'issue' && ref.key ? { key: ref.key, label: ref.label, url: ref.url } : undefined;
  };

  const references: Reference[] = [];
  const block = (node: MdastNode, whole: boolean) => {
    const shorten = node.type !== 'heading'; // the plugin keeps heading text as written
    let text = '';
    const found: Found[] = [];
    const inline = (children: readonly MdastNode[], suppressed: boolean) => {
      children.forEach((child, index) => {
        const hidden = suppressed || insideRawLinkOrCode(children.slice(0, index).flatMap((c) => (c.type === 'html' ? [c.value] : [])));
        const line = child.position?.start.line ?? 1;
        if (child.type === 'text') {
          if (!hidden) {
            for (const r of findGithubRefs(child.value, repo)) {
              if (r.kind !== 'issue' || !r.key) continue;
              const ref = { key: r.key, label: r.label, url: r.url, line: line + (child.value.slice(0, r.start).match(/\n/g)?.length ?? 0) };
              found.push({ ref, start: text.length + r.start, end: text.length + r.end });
            }
          }
          text += child.value;
        } else if (child.type === 'link' || child.type === 'linkReference') {
          const url = child.type === 'link' ? child.url : definitions.get(child.identifier.toLowerCase());
          const ref = url === undefined || hidden ? undefined : issueAt(url);
          const start = text.length;
          const [only] = child.children;
          // The page shows an autolinked issue URL as its label (issue-links plugin); so does the sentence.
          if (ref && shorten && child.children.length === 1 && only?.type === 'text' && isAutolinkText(only.value, ref.url)) text += ref.label;
          else inline(child.children, true);
          if (ref) found.push({ ref: { ...ref, line }, start, end: text.length });
        } else if (child.type === 'inlineCode' || child.type === 'inlineMath') text += child.value;
        else if (child.type === 'break') text += ' ';
        else if (!NO_PROSE.has(child.type) && 'children' in child) inline(child.children, hidden);
      });
    };
    if ('children' in node) inline(node.children, false);
    for (const { ref, start, end } of found) references.push({ ...ref, sentence: sentenceAround(text, start, end, whole) });
  };
  visit(tree, (node, parent) => {
    if (NO_PROSE.has(node.type)) return SKIP;
    if (!BLOCKS_WITH_TEXT.has(node.type)) return undefined;
    block(node, node.type !== 'paragraph' || parent?.type === 'listItem');
    return SKIP;
  });
  return references;
}
