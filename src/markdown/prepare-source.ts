import { pathToFileURL } from 'node:url';
import type { satteri } from '@astrojs/markdown-satteri';
import { markdownToMdast, mdxToMdast, type Features, type MdastNode, type SourceFormat } from 'satteri';
import { mayHaveAdmonitions, rewriteAdmonitions } from '../lib/admonitions.ts';
import { escapeProseDollars, type DollarSpan } from '../lib/math/dollars.ts';
import { describeLocation } from '../lib/mermaid/source-location.ts';
import { collect } from './tree.ts';

/**
 * The two rewrites that must happen before parsing, for Markdown and MDX alike: MkDocs
 * admonitions into callout blockquotes (src/lib/admonitions.ts) and `\` before dollar signs that
 * are prose, not math (src/lib/math-dollars.ts). Both keep every line on its line.
 */

/** The parser features of the site's processor that matter here: math on, the rest as Astro sets them. */
export const MATH_FEATURES: Features = { math: true };

export interface PrepareOptions {
  /** `til/x.md:14` for line 14 of the source, for warnings. Default: `line 14`. */
  where?: (line: number) => string;
  /** Receives each warning. Default: `console.warn`. */
  warn?: (message: string) => void;
}

/** Where the parser, with math on, finds inline math in `text`. */
function inlineMathSpans(text: string, format: SourceFormat): DollarSpan[] {
  let root: MdastNode;
  try {
    root = (format === 'mdx' ? mdxToMdast : markdownToMdast)(text, { features: MATH_FEATURES });
  } catch {
    // MDX that does not compile: the real compile reports it, with its own message.
    return [];
  }
  const spans: DollarSpan[] = [];
  for (const { position } of collect(root, 'inlineMath')) {
    const { start, end } = position ?? {};
    if (start?.offset !== undefined && end?.offset !== undefined) spans.push({ start: start.offset, end: end.offset });
  }
  return spans;
}

// The text each rewritten document had before, so messages can find its lines in the file
// (src/lib/mermaid/source-location.ts searches the file for the text the parser saw). Small and
// bounded: one entry per document being rendered at the moment.
const ORIGINALS = new Map<string, string>();
const ORIGINALS_KEPT = 64;

/** The text of a document as written, given the text the parser saw. */
export function sourceAsWritten(parsed: string): string {
  return ORIGINALS.get(parsed) ?? parsed;
}

/**
 * `source` as the parser sees it: admonitions as callouts, prose dollars escaped. Pure: what the
 * Mermaid prefetch calls (src/lib/mermaid/find-fences.ts) to find the fences the render finds.
 */
export function rewriteSource(source: string, format: SourceFormat, options: PrepareOptions = {}): string {
  const warn = options.warn ?? ((message: string) => console.warn(message));
  let text = source;
  if (mayHaveAdmonitions(text)) {
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const { lines, problems } = rewriteAdmonitions(text.split(/\r?\n/));
    text = lines.join(eol);
    for (const problem of problems) warn(`[labbook] ${options.where?.(problem.line) ?? `line ${problem.line}`}: ${problem.message}`);
  }
  if (text.includes('$')) text = escapeProseDollars(text, (candidate) => inlineMathSpans(candidate, format));
  return text;
}

/** {@link rewriteSource}, remembering the text as written for messages ({@link sourceAsWritten}). */
export function prepareSource(source: string, format: SourceFormat, options: PrepareOptions = {}): string {
  const text = rewriteSource(source, format, options);
  if (text !== source) {
    if (ORIGINALS.size >= ORIGINALS_KEPT) ORIGINALS.delete(ORIGINALS.keys().next().value as string);
    ORIGINALS.set(text, source);
  }
  return text;
}

/**
 * The processor with {@link prepareSource} run on every document before it is parsed, Markdown
 * (content collections, `renderMarkdown`) and MDX alike. Sätteri has no hook before parsing.
 */
export function withPreparedSource(processor: ReturnType<typeof satteri>, contentDir: string = process.cwd()): ReturnType<typeof satteri> {
  const whereIn = (url: URL | string | undefined, source: string) => (line: number) =>
    describeLocation({ fileURL: typeof url === 'string' ? pathToFileURL(url) : url, documentSource: source, line, contentDir });
  const { createRenderer, createMdxRenderer } = processor;
  processor.createRenderer = async (shared) => {
    const renderer = await createRenderer.call(processor, shared);
    return { ...renderer, render: (content, options) => renderer.render(prepareSource(content, 'markdown', { where: whereIn(options?.fileURL, content) }), options) };
  };
  if (createMdxRenderer) {
    processor.createMdxRenderer = async (shared, mdx) => {
      const renderer = await createMdxRenderer.call(processor, shared, mdx);
      return { ...renderer, process: (content, filePath, frontmatter) => renderer.process(prepareSource(content, 'mdx', { where: whereIn(filePath, content) }), filePath, frontmatter) };
    };
  }
  return processor;
}
