import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { satteriCreateHighlightFn } from '@astrojs/markdown-satteri';
import { transformerNotationDiff, transformerNotationHighlight } from '@shikijs/transformers';
import type { Element, ElementContent } from 'hast';
import { defineHastPlugin, type HastNode, type HastPluginDefinition } from 'satteri';
import { bundledLanguagesInfo, type ShikiTransformer } from 'shiki';
import { createHighlightCache, resolveHighlightCacheDir, type CachedPre, type HighlightCache } from '../lib/highlight/cache.ts';
import { highlightKey } from '../lib/highlight/key.ts';
import { createLanguageResolver } from '../lib/highlight/languages.ts';
import { inRanges, parseCodeMeta } from '../lib/highlight/meta.ts';
import type { UnknownLanguages } from '../lib/highlight/unknown-languages.ts';
import { displayPath } from '../lib/mermaid/source-location.ts';
import { markStyle } from '../lib/page-styles.ts';

/** Astro's `markdown.shikiConfig`, as its Sätteri highlighter takes it. */
type ShikiConfig = NonNullable<Parameters<typeof satteriCreateHighlightFn>[1]>;

export interface Options {
  /** Shiki themes by mode, as Astro's `shikiConfig.themes`. Default `{ light: 'github-light-default', dark: 'github-dark-default' }` (their token colours meet WCAG AA). */
  themes?: ShikiConfig['themes'];
  /** Astro's `shikiConfig.defaultColor`. Default `false`: colours only as `--shiki-*` CSS variables, so the page theme picks them. */
  defaultColor?: false | 'light' | 'dark';
  /** Languages left as plain `<pre><code>` (Astro's `syntaxHighlight.excludeLangs`). `math` is always left. Default `[]`. */
  excludeLangs?: string[];
  /** The cache folder, or `false` for memory only. Default: see `resolveHighlightCacheDir` (`$LABBOOK_HIGHLIGHT_CACHE`...). */
  cacheDir?: string | false;
  /** The cache to use instead of making one (tests read its stats). Default: a new one over `cacheDir`. */
  cache?: HighlightCache;
  /** The build's tally of unknown languages, printed once at the end (src/integrations/code-languages.ts). Default: none kept. */
  unknownLanguages?: UnknownLanguages;
  /** The content folder, so the tally names files as `til/x.md`. Default: the working directory. */
  contentDir?: string;
}

/** The themes Labbook's CSS is written for (src/styles/global.css reads `--shiki-light` / `--shiki-dark`). */
export const DEFAULT_THEMES: ShikiConfig['themes'] = { light: 'github-light-default', dark: 'github-dark-default' };

// Astro leaves these to other plugins (@astrojs/internal-helpers/markdown `defaultExcludeLanguages`).
const ALWAYS_EXCLUDED = ['math'];
// Bump when this file's output changes for the same Shiki, so old cache entries miss.
const OUTPUT_FORMAT = 2;
const resolveLanguage = createLanguageResolver(bundledLanguagesInfo);

/**
 * Line marks from the fence's meta (`{2,4-6}`, `ins={3}`, `del={4}`, `showLineNumbers`), as the same
 * classes the `[!code ++]` notation transformers use, so one stylesheet serves both forms.
 */
const metaLines: ShikiTransformer = {
  name: 'labbook:meta-lines',
  pre(pre) {
    const meta = parseCodeMeta(this.options.meta?.__raw);
    if (meta.lineNumbers) this.addClassToHast(pre, 'line-numbers');
    if (meta.highlight.length) this.addClassToHast(pre, 'has-highlighted');
    if (meta.ins.length || meta.del.length) this.addClassToHast(pre, 'has-diff');
  },
  line(node, line) {
    const meta = parseCodeMeta(this.options.meta?.__raw);
    if (inRanges(line, meta.highlight)) this.addClassToHast(node, 'highlighted');
    if (inRanges(line, meta.ins)) this.addClassToHast(node, ['diff', 'add']);
    else if (inRanges(line, meta.del)) this.addClassToHast(node, ['diff', 'remove']);
  },
};
/**
 * Shiki stops tokenizing a line after 500 ms of wall-clock time and leaves the rest uncoloured: on
 * a loaded machine the same code came out coloured differently from build to build (and the
 * highlight cache kept the bad result). Labbook's output may not depend on timing, so no limit;
 * Astro passes no such option through, hence a transformer that sets it.
 */
export const NO_TIME_LIMIT: ShikiTransformer = {
  name: 'labbook:no-tokenize-time-limit',
  preprocess(_code, options) {
    options.tokenizeTimeLimit = 0;
  },
};
const TRANSFORMERS: ShikiTransformer[] = [
  NO_TIME_LIMIT,
  transformerNotationDiff({ classLineAdd: 'diff add', classLineRemove: 'diff remove', classActivePre: 'has-diff' }),
  transformerNotationHighlight({ classActiveLine: 'highlighted', classActivePre: 'has-highlighted' }),
  metaLines,
];

/**
 * The block around a highlighted `pre`: a caption (`title="…"`) and the language label in a bar
 * above it, where the copy button goes (CopyCode.astro). Built on every use, outside the cache.
 */
function codeBlock(pre: Element, title: string | undefined, label: string | undefined): Element {
  const text = (value: string): ElementContent => ({ type: 'text', value });
  const bar: ElementContent[] = [];
  if (title !== undefined) bar.push({ type: 'element', tagName: 'span', properties: { className: ['code-title'] }, children: [text(title)] });
  if (label !== undefined) bar.push({ type: 'element', tagName: 'span', properties: { className: ['code-lang'] }, children: [text(label)] });
  const children: ElementContent[] = bar.length ? [{ type: 'element', tagName: 'div', properties: { className: ['code-bar'] }, children: bar }, pre] : [pre];
  return { type: 'element', tagName: 'div', properties: { className: ['code-block'] }, children };
}

const MARKED = new Set(['has-highlighted', 'has-diff', 'line-numbers']);

/** `pre`, after marking its document as needing code-marks.css when it has marked lines, a diff or line numbers. */
function markCodeStyles(pre: Element, data: Record<string, unknown>): Element {
  // Shiki writes `class` as a string; hast utilities write `className` as a list.
  const classes = [pre.properties?.className, pre.properties?.class].flatMap((value) => (Array.isArray(value) ? value : typeof value === 'string' ? value.split(/\s+/) : []));
  if (classes.some((name) => typeof name === 'string' && MARKED.has(name))) markStyle(data, 'codeMarks');
  return pre;
}

/** `x.y.z` of a package as Astro's Markdown processor resolves it, or `unknown`. */
function versionOf(chain: string[]): string {
  try {
    let from = import.meta.url;
    for (const name of chain.slice(0, -1)) from = createRequire(from).resolve(name);
    const last = chain[chain.length - 1] as string;
    const pkg = JSON.parse(readFileSync(createRequire(from).resolve(`${last}/package.json`), 'utf8')) as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    // Exports that hide package.json: the folder above the entry point.
    try {
      let from = import.meta.url;
      for (const name of chain) from = createRequire(from).resolve(name);
      return (JSON.parse(readFileSync(join(dirname(dirname(from)), 'package.json'), 'utf8')) as { version?: string }).version ?? 'unknown';
    } catch {
      return 'unknown';
    }
  }
}

type HighlightFn = (code: string, lang: string, meta?: string) => Promise<HastNode>;

/**
 * Shiki highlighting of code blocks with Astro's own Sätteri highlighter (same function:
 * `astro-code` classes, `data-language`, CSS-variable themes), plus what the fence asks for:
 * languages matched case-insensitively and through aliases, `title="…"`, `{2,4-6}`, `ins=`/`del=`,
 * `showLineNumbers` and the `[!code ++]`/`[!code --]`/`[!code highlight]` notation. Each `pre` is
 * cached by sha256 of code, language, meta, themes and versions, in memory and on disk, and wrapped
 * in a `div.code-block` (caption and language bar) on the way out. Unknown languages are plain text,
 * counted in `unknownLanguages` for one warning per build. Needs `markdown.syntaxHighlight: false`
 * in the Astro config, or Astro highlights first.
 */
export function highlight(options: Options = {}): HastPluginDefinition {
  const themes = options.themes ?? DEFAULT_THEMES;
  const defaultColor = options.defaultColor ?? false;
  const excluded = new Set([...ALWAYS_EXCLUDED, ...(options.excludeLangs ?? [])]);
  let cache = options.cache;
  let highlighter: Promise<HighlightFn> | undefined;
  let settings: Record<string, unknown> | undefined;
  const pending = new Map<string, Promise<Element>>();

  const getCache = () => {
    if (cache) return cache;
    const dir = options.cacheDir === undefined ? resolveHighlightCacheDir(process.env, process.cwd()) : options.cacheDir || undefined;
    cache = createHighlightCache({
      dir,
      onDiskError: (error) => console.warn(`[labbook] highlight cache: ${dir} is not writable (${error instanceof Error ? error.message : String(error)}); code blocks are highlighted on every build.`),
    });
    return cache;
  };
  const getHighlighter = () => {
    highlighter ??= satteriCreateHighlightFn({ type: 'shiki', excludeLangs: [] }, { themes, defaultColor, wrap: false, langs: [], langAlias: {}, transformers: TRANSFORMERS }).then((fn) => {
      if (!fn) throw new Error('Shiki is not available to @astrojs/markdown-satteri');
      return fn;
    });
    return highlighter;
  };

  const identity = () => {
    settings ??= { themes, defaultColor, format: OUTPUT_FORMAT, tokenizeTimeLimit: 0, shiki: versionOf(['@astrojs/markdown-satteri', '@astrojs/internal-helpers/shiki', 'shiki']), astro: versionOf(['@astrojs/markdown-satteri']) };
    return settings;
  };

  return defineHastPlugin({
    name: 'labbook-highlight',
    // Astro digests its config (this processor included) as JSON and renders every note again when
    // it changes: as when themes were Astro's own `shikiConfig`, a theme or Shiki change does that.
    toJSON: () => ({ name: 'labbook-highlight', excludeLangs: [...excluded], ...(identity() as object) }),
    element: {
      filter: ['pre'],
      async visit(node, ctx) {
        // Same reading of the block as Astro's plugin: the fence's language and meta on <code>.
        const code = node.children?.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
        if (!code) return;
        const className = code.properties?.className;
        const languageClass = Array.isArray(className) ? className.find((c): c is string => typeof c === 'string' && c.startsWith('language-')) : undefined;
        const data = code.data as { lang?: string; meta?: string } | undefined;
        const written = data?.lang ?? languageClass?.slice('language-'.length) ?? '';
        if (excluded.has(written.toLowerCase())) return;
        const language = resolveLanguage(written);
        if (language.kind === 'unknown') {
          const file = ctx.fileURL?.protocol === 'file:' ? displayPath(fileURLToPath(ctx.fileURL), options.contentDir ?? process.cwd()) : undefined;
          options.unknownLanguages?.add(language.name, file);
        }
        // Shiki gets a name it knows, so it never prints its own warning per block.
        const lang = language.kind === 'known' ? language.lang : 'plaintext';
        const label = language.kind === 'known' ? language.label : language.kind === 'unknown' ? language.name : undefined;
        const meta = data?.meta ?? undefined;
        const title = parseCodeMeta(meta).title;
        const text = ctx.textContent(code).replace(/\n$/, '');
        const key = highlightKey({ code: text, lang, meta, settings: identity() });
        // The same block twice in one document is visited concurrently: wait for the first.
        const running = pending.get(key);
        if (running) await running;
        const hit = getCache().get(key);
        if (hit) return codeBlock(markCodeStyles(hit as unknown as Element, ctx.data), title, label);
        const work = getHighlighter().then(async (fn) => {
          const pre = (await fn(text, lang, meta)) as Element;
          getCache().set(key, pre as unknown as CachedPre);
          return pre;
        });
        pending.set(key, work);
        try {
          return codeBlock(markCodeStyles(await work, ctx.data), title, label);
        } finally {
          pending.delete(key);
        }
      },
    },
  });
}
