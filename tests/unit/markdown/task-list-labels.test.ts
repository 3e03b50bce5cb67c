import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { labelText, taskListLabels } from '../../../src/markdown/task-list-labels.ts';

const render = async (markdown: string) => (await markdownToHtml(markdown, { hastPlugins: [taskListLabels()] })).html;

describe('taskListLabels', () => {
  it('names each checkbox after its task', async () => {
    const html = await render('- [ ] write the *note*\n- [x] done `x`\n- plain item\n');
    expect(html).toContain('<input type="checkbox" disabled aria-label="write the note">');
    expect(html).toContain('<input type="checkbox" checked disabled aria-label="done x">');
    expect(html).toContain('<li>plain item</li>');
  });

  it('leaves other lists alone', async () => {
    const markdown = '1. one\n2. two\n';
    expect(await render(markdown)).toBe((await markdownToHtml(markdown)).html);
  });
});

describe('labelText', () => {
  it('collapses space and cuts long text at a word', () => {
    expect(labelText('  a \n b ')).toBe('a b');
    const long = labelText(`${'word '.repeat(40)}end`);
    expect(long.length).toBeLessThanOrEqual(121);
    expect(long.endsWith('word…')).toBe(true);
  });
});
