import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSatteriMarkdownProcessor, satteri } from '@astrojs/markdown-satteri';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHighlightCache } from '../../../src/lib/highlight/cache.ts';
import { DEFAULT_THEMES, highlight } from '../../../src/markdown/highlight.ts';

// Astro's own Sätteri highlighter, configured as Labbook configured it before this plugin.
const shikiConfig = { themes: DEFAULT_THEMES, defaultColor: false as const, wrap: false, langs: [], langAlias: {}, transformers: [] } as never;
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

  it.each(CASES)('Markdown: the HTML of a %s block equals Astro’s own highlighter output', async (lang, code) => {
    const { expected, actual } = await renderBoth(fence(lang, code));
    expect(actual).toBe(expected);
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
    expect((await again.render(markdown)).code).toBe(first.expected);
    expect((await again.render(markdown)).code).toBe(first.expected);
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
    // Shiki ignores this meta string, but a transformer might not: its own entry all the same.
    expect((await render('python {1}')).code).toBe(python);
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

  it('MDX: the compiled module equals the one built with Astro’s own highlighter', async () => {
    const mdx = `import X from './x.astro';\n\n# Title\n\n${CASES.map(([lang, code]) => fence(lang, code)).join('\n')}`;
    const shared = (syntaxHighlight: typeof astroShiki | false) => ({ syntaxHighlight, shikiConfig, gfm: true, smartypants: true });
    const options = { optimize: false, srcDir: new URL('file:///site/src/') } as never;
    const mdxRenderer = (processor: ReturnType<typeof satteri>, syntaxHighlight: typeof astroShiki | false) => {
      if (!processor.createMdxRenderer) throw new Error('the Sätteri processor renders MDX');
      return processor.createMdxRenderer(shared(syntaxHighlight) as never, options);
    };
    const astro = await mdxRenderer(satteri(), astroShiki);
    const ours = await mdxRenderer(satteri({ hastPlugins: [highlight({ cacheDir: tempDir() })] }), false);
    const expected = await astro.process(mdx, '/site/src/content/x.mdx', {});
    const actual = await ours.process(mdx, '/site/src/content/x.mdx', {});
    expect(actual.code).toContain('astro-code');
    expect(actual.code).toBe(expected.code);
  });
});
