import { describe, expect, it } from 'vitest';
import { emptySectionProblems } from '../../../src/lib/empty-sections.ts';
import { contentWarnings } from '../../../src/integrations/validate-content.ts';
import { renderTil } from '../../../src/cli/templates/til.ts';

const file = (path: string, source: string) => ({ path, source }) as never;
const lines = (path: string, source: string) => emptySectionProblems([file(path, source)]).map((problem) => `${problem.line} ${problem.message.slice(0, problem.message.indexOf(' is empty'))}`);

describe('emptySectionProblems', () => {
  it('names each heading with nothing under it, by the file\'s line (front matter counted)', () => {
    const source = '---\ntitle: T\ndate: 2026-11-02\n---\n\n## Symptoms\n\nLoss was NaN.\n\n## Diagnosis\n\n## Root cause\n\n<!-- What was wrong? -->\n\n## Key takeaway\n';
    expect(lines('til/2026-11-02-t.md', source)).toEqual(['10 section "## Diagnosis"', '12 section "## Root cause"', '16 section "## Key takeaway"']);
  });

  it('flags every section of an untouched TIL template, MDX prompts too', () => {
    for (const format of ['md', 'mdx'] as const) {
      const source = renderTil({ title: 'T', date: '2026-11-02', tags: [], authors: [], format });
      expect(lines(`til/2026-11-02-t.${format}`, source)).toHaveLength(4);
    }
  });

  it('leaves alone a heading followed by its subsections, by a list, code, a table, an image or the HF placeholder', () => {
    const source = [
      '## Parent', '### Child', 'text', '## List', '- a', '## Code', '```py\nx = 1\n```', '## Table', '| a |\n| - |\n| 1 |',
      '## Image', '![plot](plot.png)', '## Placeholder', '[More Information Needed]', '# Setext title\n\nbody',
    ].join('\n\n');
    expect(lines('docs/a.md', source)).toEqual([]);
  });

  it('reads only Markdown pages, and not headings inside code blocks', () => {
    expect(lines('api/spec.yaml', '## Nothing\n')).toEqual([]);
    expect(lines('docs/a.md', '```md\n## Inside\n```\n')).toEqual([]);
    expect(lines('weekly/2023-W44.md', '# Week 44\n')).toEqual([]);
  });

  it('is a build warning naming file and line', () => {
    const warnings = contentWarnings([file('docs/guide.md', '---\ntitle: G\n---\n# Guide\n\nIntro.\n\n## Setup\n')], { tagAliases: {} });
    expect(warnings).toContain('docs/guide.md:8: section "## Setup" is empty (nothing under it before the next heading; a template\'s prompt comment does not count). Write it, or delete the heading.');
  });
});
