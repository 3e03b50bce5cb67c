/** One document's problems are reported together: a rejected diagram does not hide a broken link. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import type { DiagramRenderer } from '../../../src/lib/mermaid/diagram-renderer.ts';
import { reportFailures } from '../../../src/markdown/document-failures.ts';
import { internalLinks } from '../../../src/markdown/internal-links.ts';
import { mermaid } from '../../../src/markdown/mermaid.ts';

const rejecting: DiagramRenderer = { render: async (sources) => sources.map(() => ({ kind: 'error', message: 'does not parse: Parse error on line 2' })) };

describe('reportFailures', () => {
  it('fails a document with its rejected diagram and its broken link, in the order of the plugins', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'document-failures-'));
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs/guide.md'), '# Guide\n');
    const markdown = '# T\n\n```mermaid\ngraph TD\n  A-->\n```\n\nSee [gone](nope.md).\n';
    const render = markdownToHtml(markdown, {
      mdastPlugins: [mermaid({ renderer: rejecting, contentDir: dir }), internalLinks({ contentDir: dir }), reportFailures()],
      fileURL: pathToFileURL(join(dir, 'docs/guide.md')),
    });
    await expect(render).rejects.toThrow(
      /^docs\/guide\.md:3: mermaid diagram does not parse: Parse error on line 2\ndocs\/guide\.md:8: link "nope\.md" points to docs\/nope\.md, which .*\nFix the links/,
    );
  });

  it('lets a document without problems through', async () => {
    const { html } = await markdownToHtml('# Fine\n', { mdastPlugins: [reportFailures()] });
    expect(html).toContain('Fine');
  });
});
