/** One document's problems are reported together: a rejected diagram does not hide a broken link. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import type { DiagramRenderer } from '../../../src/lib/mermaid/diagram-renderer.ts';
import { createRenderReport, type RenderedDocument } from '../../../src/lib/dev/render-report.ts';
import { reportFailures } from '../../../src/markdown/document-failures.ts';
import { internalLinks } from '../../../src/markdown/internal-links.ts';
import { math } from '../../../src/markdown/math.ts';
import { mermaid } from '../../../src/markdown/mermaid.ts';
import { MATH_FEATURES } from '../../../src/markdown/prepare-source.ts';

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

  describe('under `astro dev` (a live report)', () => {
    /** A wiki with one page, and a report the dev server listens to. */
    function live() {
      const dir = mkdtempSync(join(tmpdir(), 'document-failures-live-'));
      mkdirSync(join(dir, 'til'));
      const report = createRenderReport();
      report.start();
      const heard: RenderedDocument[] = [];
      report.listen((document) => heard.push(document));
      return { dir, report, heard, fileURL: pathToFileURL(join(dir, 'til/2026-01-14-x.md')) };
    }

    it('renders a document whose diagram Mermaid rejects with the error box in its place, and reports the problem instead of failing', async () => {
      const { dir, report, heard, fileURL } = live();
      const markdown = 'Text before.\n\n```mermaid\ngraph TD\n  A-->\n```\n\nSee [gone](nope.md).\n';
      writeFileSync(fileURLToPath(fileURL), `---\ntitle: X\ndate: 2026-01-14\n---\n${markdown}`);
      const { html } = await markdownToHtml(markdown, {
        mdastPlugins: [mermaid({ renderer: rejecting, contentDir: dir, report }), internalLinks({ contentDir: dir }), reportFailures({ report })],
        fileURL,
      });
      expect(html).toContain('Text before.');
      expect(html).toContain('This Mermaid diagram could not be drawn</strong> (til/2026-01-14-x.md:7)');
      expect(heard).toHaveLength(1);
      expect(heard[0]?.source).toBe(markdown);
      expect(heard[0]?.failures).toEqual([
        'til/2026-01-14-x.md:7: mermaid diagram does not parse: Parse error on line 2',
        expect.stringMatching(/^til\/2026-01-14-x\.md:12: link "nope\.md" points to til\/nope\.md/),
      ]);
    });

    it("shows KaTeX's message in place of a formula it rejects, and reports it", async () => {
      const { dir, report, heard, fileURL } = live();
      const { html } = await markdownToHtml('Loss $\\frac{a}$ here.\n', {
        mdastPlugins: [math({ contentDir: dir, report }), reportFailures({ report })],
        features: MATH_FEATURES,
        fileURL,
      });
      expect(html).toContain('Loss <span class="math math-inline math-error">');
      expect(heard[0]?.failures).toEqual([expect.stringMatching(/^til\/2026-01-14-x\.md:1: math KaTeX cannot typeset "\\\\frac\{a\}": /)]);
    });

    it('reports a document without problems too: that is how the dev server learns a fix', async () => {
      const { report, heard, fileURL } = live();
      await markdownToHtml('# Fine\n', { mdastPlugins: [reportFailures({ report })], fileURL });
      expect(heard).toEqual([{ file: fileURLToPath(fileURL), source: '# Fine\n', failures: [] }]);
    });

    it('fails a document without a file as a build does: there is nowhere to show it', async () => {
      const { report } = live();
      const render = markdownToHtml('```mermaid\ngraph TD\n```\n', { mdastPlugins: [mermaid({ renderer: rejecting, report }), reportFailures({ report })] });
      await expect(render).rejects.toThrow(/mermaid diagram does not parse/);
    });
  });
});
