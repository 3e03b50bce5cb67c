import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { tableLabel, tableScroll } from '../../../src/markdown/table-scroll.ts';

const render = async (markdown: string) => (await markdownToHtml(markdown, { hastPlugins: [tableScroll()] })).html;

describe('tableScroll', () => {
  it('wraps each table in a focusable, named scroll region, numbered per document', async () => {
    const html = await render('| Metric | Before |\n|---|---|\n| F1 | 0.8 |\n\ntext\n\n| Metric | Before |\n|---|---|\n| F1 | 0.9 |\n');
    expect(html.match(/<div class="table-scroll" role="region" tabindex="0" aria-label="Table 1: Metric, Before"><table>/g)).toHaveLength(1);
    expect(html).toContain('<div class="table-scroll" role="region" tabindex="0" aria-label="Table 2: Metric, Before"><table>');
    expect(html.match(/<\/table><\/div>/g)).toHaveLength(2);
  });

  it('leaves documents without tables alone', async () => {
    const markdown = '# Title\n\n- a | b\n';
    expect(await render(markdown)).toBe((await markdownToHtml(markdown)).html);
  });
});

describe('tableLabel', () => {
  it('names a table by its number and columns, cut at a word', () => {
    expect(tableLabel(3, [])).toBe('Table 3');
    expect(tableLabel(1, [' a  b ', '', 'c'])).toBe('Table 1: a b, c');
    const long = tableLabel(1, Array.from({ length: 30 }, (_, i) => `column${i}`));
    expect(long.length).toBeLessThan(100);
    expect(long.endsWith('…')).toBe(true);
  });
});
