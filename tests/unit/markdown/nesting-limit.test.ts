import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { splitDailyLog } from '../../../src/lib/daily-log.ts';
import { MAX_NESTING, tooDeep } from '../../../src/lib/markdown-depth.ts';
import { collectReferences } from '../../../src/lib/reference-index.ts';
import { mdastPlugins, hastPlugins } from '../../../src/markdown/index.ts';

const DEPTH = 20_000;
// `- - - item` nests one list in another on one line: 20,000 levels in 40 KB, not 400 MB of indentation.
const deepList = (depth: number) => `${'- '.repeat(depth)}item`;
const deepQuote = (depth: number) => `${'>'.repeat(depth)} deep`;
const deepEmphasis = (depth: number) => `${'*'.repeat(depth * 2)}a${'*'.repeat(depth * 2)}`;

/** The real processor with all of Labbook's plugins, as Astro runs it for `/wiki/til/a.md`. */
const render = (markdown: string) =>
  markdownToHtml(markdown, { mdastPlugins: mdastPlugins({ contentDir: '/wiki', repo: 'acme/wiki' }), hastPlugins: hastPlugins(), fileURL: pathToFileURL('/wiki/til/2026-11-02-a.md') });

describe('nesting limit', () => {
  it.each([
    ['list', `Intro.\n\n${deepList(DEPTH)}\n`, 3],
    ['blockquote', `Intro.\n\n${deepQuote(DEPTH)}\n`, 3],
    ['emphasis', `Intro.\n\n${deepEmphasis(DEPTH / 2)}\n`, 3],
  ])('fails a 20,000-deep %s naming the file and line, instead of overflowing the stack', async (_kind, markdown, line) => {
    await expect(async () => await render(markdown)).rejects.toThrow(
      new RegExp(`^til/2026-11-02-a\\.md:${line}: lists, quotes or emphasis are nested \\d+ levels deep; Labbook renders at most ${MAX_NESTING}\\.`),
    );
  });

  it('renders nesting up to the limit', async () => {
    const { html } = await render(`${deepList(MAX_NESTING)}\n\n${deepQuote(MAX_NESTING)}\n`);
    expect(html.match(/<li>/g)).toHaveLength(MAX_NESTING);
    expect(html.match(/<blockquote>/g)).toHaveLength(MAX_NESTING);
  });

  it('counts a list and its item as one level', () => {
    const item = (children: unknown[]) => ({ type: 'list', children: [{ type: 'listItem', children }] });
    const tree = { type: 'root', children: [item([{ type: 'paragraph', children: [{ type: 'text' }] }, item([{ type: 'paragraph', children: [{ type: 'text', position: { start: { line: 2 } } }] }])])] };
    expect(tooDeep(tree, 2)).toBeUndefined();
    expect(tooDeep(tree, 1)).toEqual({ depth: 2 });
  });

  it('reports a deep daily-log entry as a problem with file and line', () => {
    const log = `## 2026-11-02\n\n### [Debugging] Entry\n\nText.\n\n${deepList(DEPTH)}\n`;
    const { entries, problems } = splitDailyLog(log, 'til/2026-11-02.md');
    expect(entries).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({ code: 'markdown-too-deep', file: 'til/2026-11-02.md', line: 7, message: expect.stringContaining(`nested ${DEPTH} levels deep`) }),
    ]);
  });

  it('leaves the issue index of a too-deep page empty instead of overflowing (its render names the file)', () => {
    expect(collectReferences(`See #1.\n\n${deepQuote(DEPTH)}\n`, 'acme/wiki')).toEqual([]);
  });
});
