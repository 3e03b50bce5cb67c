import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { contentUrlIndex } from '../../../src/lib/content-urls.ts';
import { reportFailures } from '../../../src/markdown/document-failures.ts';
import { internalLinks, type Options } from '../../../src/markdown/internal-links.ts';

function wiki(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'labbook-links-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const DAILY = `---\ncategory: Training\n---\n\n### [Training] GradScaler NaN\n\nText.\n\n### [Debugging] Second entry\n\nMore.\n`;
const dir = wiki({
  'docs/guide.md': '# Guide\n',
  'docs/ops/runbook.md': '# Runbook\n',
  'playbooks/timeouts.md': '# Timeouts\n',
  'til/2026-11-02.md': DAILY,
  'docs/_draft.md': 'not a page',
});

async function render(markdown: string, from: string, options: Options = {}) {
  const fileURL = pathToFileURL(join(dir, from));
  return (await markdownToHtml(markdown, { mdastPlugins: [internalLinks({ contentDir: dir, ...options }), reportFailures()], fileURL })).html;
}

describe('internalLinks', () => {
  it('rewrites relative and content-absolute Markdown links to published URLs', async () => {
    const html = await render('[a](../guide.md) [b](../../playbooks/timeouts.md#rollback) [c](/docs/guide.md)', 'docs/ops/runbook.md');
    expect(html).toBe('<p><a href="/docs/guide/">a</a> <a href="/playbooks/timeouts/#rollback">b</a> <a href="/docs/guide/">c</a></p>\n');
  });

  it('adds the base path (option base), also to site paths', async () => {
    const html = await render('[a](guide.md) [b](/til/) [c]\n\n[c]: ./ops/runbook.md', 'docs/x.md', { base: '/acme-wiki/' });
    expect(html).toContain('<a href="/acme-wiki/docs/guide/">a</a>');
    expect(html).toContain('<a href="/acme-wiki/til/">b</a>');
    expect(html).toContain('<a href="/acme-wiki/docs/ops/runbook/">c</a>');
  });

  it('sends a daily-log link to the entry its anchor names, else the first entry', async () => {
    const html = await render('[a](../til/2026-11-02.md#debugging-second-entry) [b](../til/2026-11-02.md)', 'docs/guide.md');
    expect(html).toContain('href="/til/2026-11-02-second-entry/"');
    expect(html).toContain('href="/til/2026-11-02-gradscaler-nan/"');
  });

  it('leaves external links, anchors and code alone', async () => {
    const markdown = '[x](https://example.com/a.md) [y](#here) `[z](missing.md)`\n\n```md\n[w](missing.md)\n```\n';
    expect(await render(markdown, 'docs/guide.md')).toBe((await markdownToHtml(markdown)).html);
  });

  it('fails with file, line and link for a missing page (option onBroken: error, the default)', async () => {
    await expect(render('# T\n\nSee [gone](../docs/nope.md) and [also](_draft.md).', 'docs/guide.md')).rejects.toThrow(
      /docs\/guide\.md:3: link "\.\.\/docs\/nope\.md" points to docs\/nope\.md, which does not exist[^\n]*\n.*docs\/guide\.md:3: link "_draft\.md"[\s\S]*brokenLinks: warn/,
    );
  });

  it('keeps a broken link for the link report with onBroken: warn', async () => {
    expect(await render('[gone](nope.md)', 'docs/guide.md', { onBroken: 'warn' })).toBe('<p><a href="nope.md">gone</a></p>\n');
  });

  it('uses the index it is given (option index)', async () => {
    const index = () => ({ lookup: () => ({ url: '/elsewhere/' }), paths: () => [] });
    expect(await render('[a](x.md)', 'docs/guide.md', { index })).toContain('href="/elsewhere/"');
  });

  it('does not read files for a document without links', async () => {
    const index = () => {
      throw new Error('read');
    };
    expect(await render('Plain text.', 'docs/guide.md', { index })).toBe('<p>Plain text.</p>\n');
  });
});

describe('contentUrlIndex', () => {
  it('lists pages, not drafts or other files', () => {
    expect(contentUrlIndex(dir).paths().sort()).toEqual(['docs/guide.md', 'docs/ops/runbook.md', 'playbooks/timeouts.md', 'til/2026-11-02.md']);
  });
});
