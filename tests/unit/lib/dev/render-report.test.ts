/** How the Markdown pipeline hands problems to the dev server (src/lib/dev/render-report.ts). */
import { describe, expect, it } from 'vitest';
import { createRenderReport, type RenderedDocument } from '../../../../src/lib/dev/render-report.ts';

describe('createRenderReport', () => {
  it('is off until the dev server starts it', () => {
    const report = createRenderReport();
    expect(report.live).toBe(false);
    report.start();
    expect(report.live).toBe(true);
  });

  it('hands the failures reported before the server listened over first, the latest of each document', () => {
    const report = createRenderReport();
    report.start();
    report.report({ file: '/w/til/a.md', source: 'A', failures: ['til/a.md:3: old'] });
    report.report({ file: '/w/til/a.md', source: 'A', failures: ['til/a.md:3: new'] });
    report.report({ file: '/w/til/b.md', source: 'B', failures: ['til/b.md:1: broken'] });
    report.report({ file: '/w/til/b.md', source: 'B', failures: [] });
    const heard: RenderedDocument[] = [];
    report.listen((document) => heard.push(document));
    report.report({ file: '/w/til/c.md', source: 'C', failures: [] });
    expect(heard).toEqual([
      { file: '/w/til/a.md', source: 'A', failures: ['til/a.md:3: new'] },
      { file: '/w/til/c.md', source: 'C', failures: [] },
    ]);
  });
});
