import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { reportFailures } from '../../../src/markdown/document-failures.ts';
import { internalLinks } from '../../../src/markdown/internal-links.ts';
import { wikilinks, type Options } from '../../../src/markdown/wikilinks.ts';
import { findWikilinks } from '../../../src/lib/wikilinks.ts';
import { renderMd, renderMdx } from './render-formats.ts';

function wiki(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'labbook-wikilinks-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const dir = wiki({
  'docs/guide.md': '---\ntitle: Setup Guide\naliases: [onboarding, getting started]\n---\n\n## First steps\n',
  'docs/ops/runbook.md': '# The Runbook\n',
  'playbooks/timeouts.md': '---\ntitle: API timeouts\n---\n',
  'til/2026-11-02.md': '### [Training] GradScaler NaN\n\nText.\n\n### [Debugging] Second entry\n\nMore.\n',
  'til/2026-11-03-loss-spikes.md': '---\ntitle: Loss spikes\ndate: 2026-11-03\n---\n',
  'docs/twin-a/notes.md': '# A\n',
  'docs/twin-b/notes.md': '# B\n',
  'docs/img/diagram.png': 'png',
});

const plugins = (options: Options = {}) => [wikilinks({ contentDir: dir, ...options }), internalLinks({ contentDir: dir, onBroken: options.onBroken }), reportFailures()];

async function render(markdown: string, from = 'docs/ops/runbook.md', options: Options = {}) {
  return (await markdownToHtml(markdown, { mdastPlugins: plugins(options), fileURL: pathToFileURL(join(dir, from)) })).html;
}

afterEach(() => vi.restoreAllMocks());

describe('findWikilinks', () => {
  it.each([
    ['[[Note]]', { target: 'Note', heading: '', alias: '', embed: false }],
    ['[[Note|shown]]', { target: 'Note', heading: '', alias: 'shown', embed: false }],
    ['[[Note#Some heading|shown]]', { target: 'Note', heading: 'Some heading', alias: 'shown', embed: false }],
    ['[[Note\\|in a table]]', { target: 'Note', heading: '', alias: 'in a table', embed: false }],
    ['![[image.png]]', { target: 'image.png', heading: '', alias: '', embed: true }],
    ['[[#Here]]', { target: '', heading: 'Here', alias: '', embed: false }],
  ])('reads %s', (text, expected) => {
    expect(findWikilinks(text)).toEqual([{ start: 0, end: text.length, ...expected }]);
  });

  it('finds nothing in [[ ]] or text without double brackets', () => {
    expect(findWikilinks('[[ ]] [a] [[b]')).toEqual([]);
  });
});

describe('wikilinks', () => {
  it.each([
    ['[[Setup Guide]]', '<a href="/docs/guide/">Setup Guide</a>', 'by title'],
    ['[[setup guide]]', '<a href="/docs/guide/">setup guide</a>', 'in any case'],
    ['[[guide]]', '<a href="/docs/guide/">guide</a>', 'by file name'],
    ['[[Onboarding|start here]]', '<a href="/docs/guide/">start here</a>', 'by alias, with its own text'],
    ['[[Getting Started]]', '<a href="/docs/guide/">Getting Started</a>', 'by an alias of several words'],
    ['[[Setup Guide#First steps]]', '<a href="/docs/guide/#first-steps">Setup Guide &gt; First steps</a>', 'to a heading'],
    ['[[The Runbook]]', '<a href="/docs/ops/runbook/">The Runbook</a>', 'by a docs page\'s first heading'],
    ['[[API timeouts]]', '<a href="/playbooks/timeouts/">API timeouts</a>', 'in another kind'],
    ['[[Loss spikes]]', '<a href="/til/2026-11-03-loss-spikes/">Loss spikes</a>', 'a TIL'],
    ['[[Second entry]]', '<a href="/til/2026-11-02-second-entry/">Second entry</a>', 'a daily-log entry'],
    ['[[docs/twin-a/notes]]', '<a href="/docs/twin-a/notes/">docs/twin-a/notes</a>', 'by path'],
    ['[[#Local]]', '<a href="#local">Local</a>', 'a heading of the same page'],
  ])('%s links %s (%s)', async (markdown, link) => {
    expect(await render(markdown)).toBe(`<p>${link}</p>\n`);
  });

  it('embeds an image found by file name anywhere in the wiki, relative to the note', async () => {
    expect(await render('![[diagram.png]]')).toBe('<p><img src="../img/diagram.png" alt="diagram.png"></p>\n');
    expect(await render('![[Diagram.PNG|The pipeline]]', 'docs/guide.md')).toBe('<p><img src="img/diagram.png" alt="The pipeline"></p>\n');
  });

  it('leaves code spans, fences and link text alone', async () => {
    const markdown = '`[[guide]]` [see [[guide]]](https://example.com)\n\n```md\n[[guide]]\n```\n';
    expect(await render(markdown)).toBe((await markdownToHtml(markdown)).html);
  });

  it('gives the same HTML in Markdown and MDX', async () => {
    const markdown = 'See [[Setup Guide#First steps|the guide]], [[API timeouts]] and ![[diagram.png]].\n';
    const html = await renderMd(markdown, plugins());
    expect(html).toContain('<a href="/docs/guide/#first-steps">the guide</a>');
    expect((await renderMdx(markdown, plugins())).trim()).toBe(html.trim());
  });

  it('fails with file, line and what to do for a wikilink to nothing', async () => {
    await expect(render('# T\n\nSee [[Nowhere]].', 'docs/ops/runbook.md')).rejects.toThrow(/docs\/ops\/runbook\.md:3: wikilink \[\[Nowhere\]\] leads nowhere: no page of the wiki has that title, file name or alias/);
    await expect(render('![[missing.png]]', 'docs/guide.md')).rejects.toThrow(/docs\/guide\.md:1: wikilink !\[\[missing\.png\]\] leads nowhere/);
  });

  it('fails naming the candidates for an ambiguous wikilink', async () => {
    await expect(render('x\n[[notes]]')).rejects.toThrow(/docs\/ops\/runbook\.md:1: wikilink \[\[notes\]\] names 2 pages: docs\/twin-a\/notes\.md, docs\/twin-b\/notes\.md/);
  });

  it('warns and keeps the text with onBroken: warn', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await render('See [[Nowhere]].', 'docs/guide.md', { onBroken: 'warn' })).toBe('<p>See [[Nowhere]].</p>\n');
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^\[labbook\] docs\/guide\.md:1: wikilink \[\[Nowhere\]\] leads nowhere/));
  });
});
