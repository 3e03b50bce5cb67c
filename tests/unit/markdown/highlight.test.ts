import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSatteriMarkdownProcessor, satteri } from '@astrojs/markdown-satteri';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHighlightCache } from '../../../src/lib/highlight/cache.ts';
import { createUnknownLanguages } from '../../../src/lib/highlight/unknown-languages.ts';
import { DEFAULT_THEMES, highlight, NO_TIME_LIMIT } from '../../../src/markdown/highlight.ts';

// Astro's own Sätteri highlighter, configured as Labbook configured it before this plugin (and, like
// it, without Shiki's wall-clock limit per line, which made this comparison fail on a loaded machine).
const shikiConfig = { themes: DEFAULT_THEMES, defaultColor: false as const, wrap: false, langs: [], langAlias: {}, transformers: [NO_TIME_LIMIT] } as never;
const astroShiki = { type: 'shiki' as const, excludeLangs: ['math'] };

const fence = (lang: string, code: string) => `Some text.\n\n\`\`\`${lang}\n${code}\n\`\`\`\n`;
const CASES: [string, string][] = [
  ['python', 'import torch\nfor step, batch in enumerate(loader):\n    loss = model(**batch).loss  # scaled\n    print(f"step {step}: {loss.item():.4f}")'],
  ['bash', 'set -euo pipefail\nkubectl -n ml get pods -l app=trainer | grep Running && echo "ok $HOME"'],
  ['yaml', 'model:\n  name: ranker-v3\n  max_len: 512 # tokens\n  tags: [a, b]'],
  ['json', '{\n  "batch_size": 64,\n  "lr": 0.0003,\n  "ok": true\n}'],
  ['ts', 'export async function score(ids: number[]): Promise<number[]> {\n  return ids.map((id) => id * 2);\n}'],
  ['no-such-language', 'just <text> & "quotes"'],
  ['python title="train.py" {2}', 'x = 1\ny = 2'],
  ['', 'a fence without a language'],
  ['math', 'E = mc^2'],
  ['diff', '- old line\n+ new line\n  same'],
];
const tempDir = () => mkdtempSync(join(tmpdir(), 'labbook-highlight-'));
// Labbook's block around Shiki's <pre>: the wrapper and the caption/language bar, to compare the <pre> alone.
const unwrap = (html: string) => html.replace(/<div class="code-block">(?:<div class="code-bar">.*?<\/div>)?(<pre[\s\S]*?<\/pre>)<\/div>/g, '$1');
// Fences whose <pre> is Astro's exactly: no meta, languages written as Shiki names them.
const PLAIN_CASES = CASES.filter(([lang]) => !lang.includes(' '));

async function renderBoth(markdown: string, dir = tempDir()) {
  const astro = await createSatteriMarkdownProcessor({ syntaxHighlight: astroShiki, shikiConfig });
  const ours = await createSatteriMarkdownProcessor({ syntaxHighlight: false, hastPlugins: [highlight({ cacheDir: dir })] });
  return { expected: (await astro.render(markdown)).code, actual: (await ours.render(markdown)).code };
}

describe('highlight', () => {
  // Shiki warns about the deliberately unknown language, in Astro's highlighter and ours alike (as a build
  // should). Expected here, so kept out of the test output; any other warning still shows.
  beforeEach(() => {
    const warn = console.warn.bind(console);
    vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
      if (!String(args[0]).startsWith('[Shiki] The language "no-such-language" doesn\'t exist')) warn(...args);
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it.each(PLAIN_CASES)('Markdown: the <pre> of a %s block equals Astro’s own highlighter output', async (lang, code) => {
    const { expected, actual } = await renderBoth(fence(lang, code));
    expect(unwrap(actual)).toBe(expected);
  });

  it('colours every token however slow the machine: no wall-clock limit per line', async () => {
    // Date.now is Shiki's clock for its per-line limit: make every reading a second later than the last.
    let now = Date.now();
    vi.spyOn(Date, 'now').mockImplementation(() => (now += 1000));
    const ours = await createSatteriMarkdownProcessor({ syntaxHighlight: false, hastPlugins: [highlight({ cacheDir: tempDir() })] });
    const html = (await ours.render(fence('python', 'x = "hi" + str(1)'))).code;
    vi.mocked(Date.now).mockRestore();
    const calm = (await createSatteriMarkdownProcessor({ syntaxHighlight: false, hastPlugins: [highlight({ cacheDir: tempDir() })] }).then((p) => p.render(fence('python', 'x = "hi" + str(1)')))).code;
    expect(html).toBe(calm);
    expect(html).toMatch(/--shiki-light:#0A3069;[^>]*> ?"hi"/);
  });

  it('highlights (the comparison above is not between two unhighlighted outputs)', async () => {
    const { actual } = await renderBoth(fence('python', 'import torch'));
    expect(actual).toMatch(/<pre class="astro-code astro-code-themes github-light-default github-dark-default" style="[^"]*overflow-x: auto;" tabindex="0" data-language="python">/);
    expect(actual).toMatch(/<span style="--shiki-light:#CF222E;--shiki-dark:#FF7B72">import<\/span>/);
  });

  it('a cached block renders byte for byte like a fresh one, from memory and from disk', async () => {
    const dir = tempDir();
    const markdown = CASES.map(([lang, code]) => fence(lang, code)).join('\n');
    const first = await renderBoth(markdown, dir);
    const cache = createHighlightCache({ dir });
    const again = await createSatteriMarkdownProcessor({ syntaxHighlight: false, hastPlugins: [highlight({ cache })] });
    expect((await again.render(markdown)).code).toBe(first.actual);
    expect((await again.render(markdown)).code).toBe(first.actual);
    // Nine highlighted blocks (math is left alone): read from disk once, then from memory.
    expect(cache.stats).toEqual({ hits: 18, misses: 0, diskHits: 9 });
  });

  it('highlights a block once: the same code twice in a build is one Shiki call and one file', async () => {
    const dir = tempDir();
    const cache = createHighlightCache({ dir });
    const processor = await createSatteriMarkdownProcessor({ syntaxHighlight: false, hastPlugins: [highlight({ cache })] });
    const block = fence('python', 'x = 1');
    await processor.render(`${block}\n${block}`);
    await processor.render(block);
    expect(cache.stats).toEqual({ hits: 2, misses: 1, diskHits: 0 });
    expect(readdirSync(dir).flatMap((shard) => readdirSync(join(dir, shard)))).toHaveLength(1);
  });

  it('other languages, meta strings and themes are other entries', async () => {
    const cache = createHighlightCache();
    const render = async (lang: string, themes = DEFAULT_THEMES) =>
      (await createSatteriMarkdownProcessor({ syntaxHighlight: false, hastPlugins: [highlight({ cache, themes })] })).render(fence(lang, 'x = 1'));
    const python = (await render('python')).code;
    expect((await render('py')).code).not.toBe(python);
    // The meta changes the output (a highlighted line): its own entry.
    expect((await render('python {1}')).code).not.toBe(python);
    const other = (await render('python', { light: 'github-light', dark: 'github-dark' })).code;
    expect(other).toContain('github-light github-dark');
    expect(cache.stats.misses).toBe(4);
  });

  it('is part of Astro’s config digest: themes and the installed Shiki version, so a change renders every note again', () => {
    const shikiVersion = (JSON.parse(readFileSync(new URL('../../../node_modules/shiki/package.json', import.meta.url), 'utf8')) as { version: string }).version;
    const json = JSON.parse(JSON.stringify({ hastPlugins: [highlight({ cacheDir: false })] })) as { hastPlugins: Record<string, unknown>[] };
    expect(json.hastPlugins[0]).toMatchObject({ name: 'labbook-highlight', themes: DEFAULT_THEMES, defaultColor: false, shiki: shikiVersion });
    const other = JSON.stringify(highlight({ cacheDir: false, themes: { light: 'min-light', dark: 'min-dark' } }));
    expect(other).not.toBe(JSON.stringify(highlight({ cacheDir: false })));
  });

  it('MDX: blocks are highlighted, captioned and labelled as in Markdown', async () => {
    const mdx = `import X from './x.astro';\n\n# Title\n\n${CASES.map(([lang, code]) => fence(lang, code)).join('\n')}`;
    const options = { optimize: false, srcDir: new URL('file:///site/src/') } as never;
    const processor = satteri({ hastPlugins: [highlight({ cacheDir: tempDir() })] });
    if (!processor.createMdxRenderer) throw new Error('the Sätteri processor renders MDX');
    const renderer = await processor.createMdxRenderer({ syntaxHighlight: false, shikiConfig, gfm: true, smartypants: true } as never, options);
    const { code } = await renderer.process(mdx, '/site/src/content/x.mdx', {});
    expect(code).toContain('astro-code');
    expect(code).toMatch(/code-title[\s\S]*train\.py/);
    expect(code).toMatch(/code-lang[\s\S]*Python/);
    expect(code).toContain('highlighted');
  });
});

describe('highlight: what the fence asks for', () => {
  const render = async (markdown: string, unknownLanguages = createUnknownLanguages()) => {
    const processor = await createSatteriMarkdownProcessor({ syntaxHighlight: false, hastPlugins: [highlight({ cacheDir: false, unknownLanguages })] });
    return (await processor.render(markdown)).code;
  };
  const lineClasses = (html: string) => [...html.matchAll(/<span class="(line[^"]*)"/g)].map((m) => m[1]);

  it('title="…" puts a caption and the language label in a bar above the block', async () => {
    const html = await render(fence('python title="train.py"', 'x = 1'));
    expect(html).toMatch(/<p>Some text.<\/p>\n<div class="code-block"><div class="code-bar"><span class="code-title">train\.py<\/span><span class="code-lang">Python<\/span><\/div><pre /);
  });

  it('{2,4-6}, ins= and del= mark lines; showLineNumbers numbers them', async () => {
    const html = await render(fence('python {2,4-5} ins={1} del={3} showLineNumbers', 'a\nb\nc\nd\ne\nf'));
    expect(lineClasses(html)).toEqual(['line diff add', 'line highlighted', 'line diff remove', 'line highlighted', 'line highlighted', 'line']);
    const preClasses = /<pre class="([^"]*)"/.exec(html)?.[1]?.split(' ');
    expect(preClasses).toEqual(expect.arrayContaining(['has-diff', 'line-numbers', 'has-highlighted']));
  });

  it('the [!code ++] / [!code --] / [!code highlight] notation marks lines and leaves the comment out', async () => {
    const html = await render(fence('ts', 'const a = 1; // [!code --]\nconst a = 2; // [!code ++]\nuse(a); // [!code highlight]'));
    expect(lineClasses(html)).toEqual(['line diff remove', 'line diff add', 'line highlighted']);
    expect(html).not.toContain('[!code');
  });

  it.each([
    ['JavaScript', 'javascript', 'JavaScript', 'const a = "x";'],
    ['Dockerfile', 'dockerfile', 'Dockerfile', 'FROM python:3.12'],
    ['py', 'py', 'Python', 'import torch'],
    ['sh', 'sh', 'Shell', 'echo "$HOME"'],
    ['YML', 'yml', 'YAML', 'a: 1'],
    ['mermaid-example', 'mermaid', 'Mermaid', 'graph TD\n  A --> B'],
  ])('```%s is highlighted as %s, labelled %s', async (written, lang, label, code) => {
    const html = await render(fence(written, code));
    expect(html).toContain(`data-language="${lang}"`);
    expect(html).toContain(`<span class="code-lang">${label}</span>`);
    // Tokens in more than one colour: really highlighted, not plain text.
    expect(new Set([...html.matchAll(/<span style="--shiki-light:(#\w+)/g)].map((m) => m[1])).size).toBeGreaterThan(1);
  });

  it('an unknown language is plain text, labelled as written, tallied, and Shiki prints nothing', async () => {
    const tally = createUnknownLanguages();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const html = await render(fence('FooLang', 'x') + fence('FooLang', 'y') + fence('', 'z') + fence('text', 'w'), tally);
      expect(html.match(/data-language="plaintext"/g)).toHaveLength(4);
      expect(html.match(/<span class="code-lang">FooLang<\/span>/g)).toHaveLength(2);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
    expect(tally.summary()).toContain('FooLang: 2 blocks');
  });

  it('marks a document with marked lines, a diff or line numbers as needing code-marks.css, and no other', async () => {
    const processor = await createSatteriMarkdownProcessor({ syntaxHighlight: false, hastPlugins: [highlight({ cacheDir: tempDir() })] });
    const flag = async (lang: string, code = 'x = 1') => (await processor.render(fence(lang, code))).metadata.frontmatter.labbookCodeMarks;
    expect(await flag('python')).toBeUndefined();
    expect(await flag('python title="a.py"')).toBeUndefined();
    expect(await flag('python {1}')).toBe(true);
    expect(await flag('python showLineNumbers')).toBe(true);
    expect(await flag('python', 'x = 1 # [!code ++]')).toBe(true);
    // From the cache, too.
    expect(await flag('python {1}')).toBe(true);
  });
});
