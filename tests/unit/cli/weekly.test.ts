import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { markdownToHtml } from 'satteri';
import { afterAll, describe, expect, it } from 'vitest';
import { weeklySections } from '../../../src/cli/commands/weekly.ts';
import { markdownText } from '../../../src/cli/templates/markdown-text.ts';
import type { TilSummary } from '../../../src/lib/til-source.ts';
import { listFiles, makeWiki, removeTempDirs, runCli, til } from './helpers.ts';

afterAll(removeTempDirs);

async function weekly(args: string[], now?: Date) {
  const wiki = makeWiki();
  const result = await runCli(['weekly', ...args], { cwd: wiki.root, now });
  return { ...wiki, ...result, read: (relative: string) => readFileSync(join(wiki.contentDir, relative), 'utf8') };
}

describe('labbook weekly', () => {
  it("defaults to this week by the clock and groups that week's non-draft TILs by category", async () => {
    const { code, stdout, stderr, read } = await weekly([]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe('content/weekly/2026-W47.md\n4 TILs in 3 categories (2026-11-16 to 2026-11-22).\n');
    // Serving before Training, Uncategorised last; Training oldest first (not by title); the draft left out.
    expect(read('weekly/2026-W47.md')).toMatchInlineSnapshot(`
      "---
      title: "Week 2026-W47"
      week: 2026-W47
      ---

      <!-- Intro: two or three sentences on the week. What shipped, what broke, what should everyone read? -->

      ## Serving

      - **vLLM KV cache sizing**: Size gpu_memory_utilization from bytes per token.

      ## Training

      - **GradScaler: NaN after resume**: Save the scaler state with the checkpoint.
      - **Activation checkpointing trades compute for memory**: Checkpoint every second block; it costs about 30% more compute.

      ## Uncategorised

      - **Pandas categoricals save memory**: (no takeaway)
      "
    `);
  });

  it('--week picks another week and escapes Markdown in titles', async () => {
    const { code, stdout, read } = await weekly(['--week', '2026-W48']);
    expect(code).toBe(0);
    expect(stdout).toBe('content/weekly/2026-W48.md\n1 TIL in 1 category (2026-11-23 to 2026-11-29).\n');
    expect(read('weekly/2026-W48.md')).toContain(
      '## Infra\n\n- **Ray \\*object\\* spilling filled the root disk**: Point object_spilling_config at local NVMe.\n',
    );
  });

  it('names the week of the year that holds its Thursday (2027-01-02 is in 2026-W53)', async () => {
    const { stdout } = await weekly([], new Date(2027, 0, 2, 12));
    expect(stdout.split('\n')[0]).toBe('content/weekly/2026-W53.md');
  });

  it('writes a week without TILs but says so, on stdout and in the file', async () => {
    const { code, stdout, read } = await weekly(['--week', '2026-W50']);
    expect(code).toBe(0);
    expect(stdout).toBe(
      'content/weekly/2026-W50.md\nNo TILs in 2026-W50 (2026-12-07 to 2026-12-13); the summary says so, add highlights by hand.\n',
    );
    expect(read('weekly/2026-W50.md')).toBe(
      [
        '---',
        'title: "Week 2026-W50"',
        'week: 2026-W50',
        '---',
        '',
        '<!-- Intro: two or three sentences on the week. What shipped, what broke, what should everyone read? -->',
        '',
        '<!-- No TILs in 2026-W50 (2026-12-07 to 2026-12-13). Add highlights by hand. -->',
        '',
      ].join('\n'),
    );
  });

  it('--dry-run prints the summary and writes nothing', async () => {
    const wiki = makeWiki();
    const before = listFiles(wiki.root);
    const { code, stdout } = await runCli(['weekly', '--dry-run'], { cwd: wiki.root });
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^Dry run, nothing written\. Would write content\/weekly\/2026-W47\.md\n4 TILs in 3 categories \(2026-11-16 to 2026-11-22\)\.\n\n---\ntitle: "Week 2026-W47"\n/,
    );
    expect(listFiles(wiki.root)).toEqual(before);
  });

  it('never overwrites an existing summary (nor writes .md next to .mdx)', async () => {
    const wiki = makeWiki();
    mkdirSync(join(wiki.contentDir, 'weekly'));
    const existing = join(wiki.contentDir, 'weekly', '2026-W47.mdx');
    writeFileSync(existing, 'edited by hand\n');
    const { code, stdout, stderr } = await runCli(['weekly'], { cwd: wiki.root });
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toBe('content/weekly/2026-W47.mdx already exists; edit that file, or delete it to start over\n');
    expect(readFileSync(existing, 'utf8')).toBe('edited by hand\n');
    expect(listFiles(join(wiki.contentDir, 'weekly'))).toEqual(['2026-W47.mdx']);
  });

  it('skips TIL files that do not validate (the build reports them)', async () => {
    const wiki = makeWiki();
    writeFileSync(join(wiki.contentDir, 'til', '2026-11-19-broken.md'), til('title: Broken\ndate: 2026-13-45'));
    const { stdout } = await runCli(['weekly'], { cwd: wiki.root });
    expect(stdout).toContain('4 TILs in 3 categories');
  });
});

describe('weeklySections', () => {
  const summary = (over: Partial<TilSummary>): TilSummary => ({
    slug: 's',
    title: 'T',
    date: '2026-11-16',
    tags: [],
    keywords: [],
    issues: [],
    authors: [],
    draft: false,
    file: 'til/x.md',
    ...over,
  });

  it('sorts categories alphabetically with Uncategorised last, even when someone names it', () => {
    const sections = weeklySections(
      [
        summary({ title: 'no category' }),
        summary({ title: 'zeta', category: 'zeta' }),
        summary({ title: 'named', category: 'Uncategorised' }),
        summary({ title: 'alpha', category: 'Alpha' }),
        summary({ title: 'beta', category: 'beta' }),
        summary({ title: 'next week', category: 'Alpha', date: '2026-11-23' }),
        summary({ title: 'last week', category: 'Alpha', date: '2026-11-15' }),
      ],
      { year: 2026, week: 47 },
    );
    expect(sections.map((s) => [s.category, s.items.map((i) => i.title)])).toEqual([
      ['Alpha', ['alpha']],
      ['beta', ['beta']],
      ['zeta', ['zeta']],
      ['Uncategorised', ['named', 'no category']],
    ]);
  });
});

describe('markdownText', () => {
  it.each([
    ['Ray *object* spilling', 'Ray *object* spilling'],
    ['TORCH_LOGS=recompiles', 'TORCH_LOGS=recompiles'],
    ['_emphasis_ and __strong__', '_emphasis_ and __strong__'],
    ['`code` stays literal', '`code` stays literal'],
    // A bare URL still becomes a link (GFM autolinks), which is what a reader wants.
    ['a [link](page.md) and <b>html</b>', 'a [link](page.md) and <b>html</b>'],
    ['~~struck~~ and back\\slash', '~~struck~~ and back\\slash'],
  ])('%s renders as written', (input, shown) => {
    const { html } = markdownToHtml(`- **${markdownText(input)}**: ${markdownText(input)}`);
    const text = html.replace(/<\/?(ul|li|strong)>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    expect(text.trim()).toBe(`${shown}: ${shown}`);
  });

  it('leaves underscores inside words alone, so sources stay readable', () => {
    expect(markdownText('gpu_memory_utilization')).toBe('gpu_memory_utilization');
  });
});
