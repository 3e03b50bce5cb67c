/**
 * Which code blocks are Mermaid diagrams, and the diagrams of a file found the way its render finds
 * them: the text Astro hands the Markdown processor (front matter blanked, daily logs cut into
 * entries), rewritten by prepare-source.ts, parsed by Sätteri with the site's parser features,
 * then the same {@link mermaidFences} src/markdown/mermaid.ts draws. One fence parser: no fence
 * form (nested in lists, quotes, callouts, admonitions; inside a longer fence; `$$` math) can be
 * read one way here and another way in the page.
 *
 * Cost: only files whose text says `mermaid` are parsed, without positions. Measured on this machine
 * (2 cores, load 8-15; CPU time, median of 5): 1,000 notes of 30 lines, each with a diagram and
 * inline math, 255 ms (the line scanner this replaced: 34 ms; text with `$` is parsed twice, as in
 * the render); 1,000 notes without a diagram, 0.3 ms for both. Once per build, beside a render
 * that parses every one of those notes again: exactness is worth a quarter second per 1,000
 * diagrams. The old scanner differed on fences indented four spaces, on the first line of a .md
 * body (Astro trims it) and on fences inside `$$` math.
 */
import type { Code, Root } from 'mdast';
import { markdownToMdast, mdxToMdast, type SourceFormat } from 'satteri';
import { MATH_FEATURES, rewriteSource } from '../../markdown/prepare-source.ts';
import { collect } from '../../markdown/tree.ts';
import { dailyLogOf } from '../daily-log.ts';
import { logicalOf, type SourceFile } from '../content/files.ts';
import { isDailyLog } from '../validate-content.ts';

/**
 * Cheap superset of a document with a ```mermaid fence, tested on the text the parser gets: the
 * render skips the documents it rejects (src/markdown/mermaid.ts), so the prefetch does too.
 */
const CANDIDATE = /^[ \t>*+\-\d.)]*(?:`{3,}|~{3,})[ \t]*mermaid\b/m;

/** Whether the parser's text may hold a ```mermaid fence (false: it holds none). */
export function mayHaveMermaid(text: string): boolean {
  return CANDIDATE.test(text);
}

/**
 * Fence languages drawn as diagrams: ```mermaid, and ```mermaid-example (as in Mermaid's own docs),
 * which also shows its code, highlighted as Mermaid, above the diagram.
 */
export const DIAGRAM_LANGUAGES: ReadonlySet<string> = new Set(['mermaid', 'mermaid-example']);

/** A fence whose code stays on the page above its diagram. */
export const showsDiagramSource = (lang: string | null | undefined): boolean => lang === 'mermaid-example';

/** The ```mermaid and ```mermaid-example code blocks of a tree, in document order, wherever they are nested. */
export function mermaidFences(root: Readonly<Root>): Code[] {
  return collect(root, 'code').filter((code) => DIAGRAM_LANGUAGES.has(code.lang ?? ''));
}

/** A document as the Markdown pipeline hands it to the parser, before prepare-source.ts. */
export interface ParserInput {
  text: string;
  format: SourceFormat;
}

// Astro's front-matter rule (@astrojs/internal-helpers/frontmatter, `empty-with-spaces`), which the
// .md content entry type and the MDX plugin both apply: the block becomes spaces, lines kept.
const ASTRO_FRONT_MATTER = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;
const ASTRO_FRONT_MATTER_TYPE = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)/;

/** `source` with its front matter blanked, as Astro does before rendering. */
export function blankFrontMatter(source: string): string {
  const raw = ASTRO_FRONT_MATTER.exec(source)?.[1];
  if (raw === undefined) return source;
  const delimiter = ASTRO_FRONT_MATTER_TYPE.exec(source)?.[1] === '+++' ? '+++' : '---';
  return source.replace(`${delimiter}${raw}${delimiter}`, () => `   ${raw.replace(/[^\r\n]/g, ' ')}   `);
}

/**
 * The documents the pipeline renders from `file`: each daily-log entry's body (its loader renders
 * them one by one), else the file after its front matter, trimmed for .md (Astro's content entry
 * type) and as it is for .mdx (Astro's MDX plugin). Line endings as written.
 */
export function parserInputs(file: SourceFile): ParserInput[] {
  if (isDailyLog(logicalOf(file))) return dailyLogOf(file).entries.map((entry) => ({ text: entry.body, format: 'markdown' }));
  if (/\.mdx$/i.test(file.path)) return [{ text: blankFrontMatter(file.source), format: 'mdx' }];
  return [{ text: blankFrontMatter(file.source).trim(), format: 'markdown' }];
}

/** The sources of the ```mermaid fences of one document, as src/markdown/mermaid.ts gets them. */
export function findMermaidSources({ text, format }: ParserInput): string[] {
  if (!text.includes('mermaid')) return [];
  const parsed = rewriteSource(text, format, { warn: () => {} });
  if (!mayHaveMermaid(parsed)) return [];
  let root: Root;
  try {
    root = (format === 'mdx' ? mdxToMdast : markdownToMdast)(parsed, { features: MATH_FEATURES, position: false }) as Root;
  } catch {
    // MDX that does not compile: its render reports it; nothing to draw early.
    return [];
  }
  return mermaidFences(root).map((fence) => fence.value);
}
