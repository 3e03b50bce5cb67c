import { describe, expect, it } from 'vitest';
import { emptySectionProblems, mayHaveEmptySection } from '../../../src/lib/empty-sections.ts';
import { bodySections } from '../../../src/lib/markdown-sections.ts';
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

  describe('mayHaveEmptySection (the cheap test before parsing)', () => {
    it('says no for sections that each start with text, so the body is not parsed', () => {
      expect(mayHaveEmptySection('Intro.\n\n## Setup\n\nRun it.\n\n### Details\nMore text.\n\nTitle\n-----\n\nText under a setext heading.\n')).toBe(false);
    });

    it.each([
      ['a heading at the end', '## Setup\n'],
      ['a heading followed by a heading', '## A\n\n## B\n\ntext'],
      ['a prompt comment', '## A\n\n<!-- write here -->\n'],
      ['a list, code, a table without letters first', '## A\n- x\n', '## A\n```\n```\n', '## A\n| a |\n| - |\n'],
      ['a paragraph that is a setext heading', '## A\n\nTitle\nmore\n---\n'],
      ['a setext heading at the end', 'Title\n=====\n'],
    ])('says maybe for %s', (_, ...bodies) => {
      for (const body of bodies) expect(mayHaveEmptySection(body)).toBe(true);
    });

    it('never says no where the parse finds an empty section (seeded random bodies)', () => {
      const blocks = ['## A', '### B', '# T', 'Text here.', 'Title\n---', 'Title\n===', 'Line one\nline two', '<!-- prompt -->', '{/* prompt */}', '- item', '-', '1.', '```\n```', '```py\nx = 1\n```', '| a |\n| - |', '$$\n$$', '> quote', '>', '[ref]: https://example.com', '---', '***', '![img](a.png)', '&nbsp;', '\u00a0', '    indented', '<div>\n## Inside\n</div>', '', '  ## Indented heading', 'a | b\n--|--'];
      let seed = 7;
      const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
      let checked = 0;
      for (let n = 0; n < 3000; n++) {
        const count = 1 + Math.floor(next() * 6);
        const body = Array.from({ length: count }, () => blocks[Math.floor(next() * blocks.length)]).join(next() < 0.5 ? '\n' : '\n\n');
        const empty = bodySections(body).some((section) => section.bare && section.depth > 1);
        if (empty) checked++;
        if (empty && !mayHaveEmptySection(body)) expect.fail(`missed an empty section in ${JSON.stringify(body)}`);
      }
      expect(checked).toBeGreaterThan(300);
    });
  });
});
