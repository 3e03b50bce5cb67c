import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { lineEndings } from '../../../src/markdown/line-endings.ts';

const render = async (markdown: string) => (await markdownToHtml(markdown, { hastPlugins: [lineEndings()] })).html;

describe('lineEndings', () => {
  it('renders CRLF and CR sources exactly like LF ones', async () => {
    const lf = '# Title\n\nA line\nand another.\n\n<details>\n<summary>More</summary>\n\nHidden\n</details>\n\n```py\nx = 1\ny = 2\n```\n';
    expect(await render(lf.replace(/\n/g, '\r\n'))).toBe(await render(lf));
    expect(await render(lf.replace(/\n/g, '\r'))).toBe(await render(lf));
  });

  it('leaves LF sources alone', async () => {
    expect(await render('a\nb\n')).toBe((await markdownToHtml('a\nb\n')).html);
  });
});
