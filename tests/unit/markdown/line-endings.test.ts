import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { lineEndings } from '../../../src/markdown/line-endings';

const render = (markdown: string) => markdownToHtml(markdown, { hastPlugins: [lineEndings()] }).html;

describe('lineEndings', () => {
  it('renders CRLF and CR sources exactly like LF ones', () => {
    const lf = '# Title\n\nA line\nand another.\n\n<details>\n<summary>More</summary>\n\nHidden\n</details>\n\n```py\nx = 1\ny = 2\n```\n';
    expect(render(lf.replace(/\n/g, '\r\n'))).toBe(render(lf));
    expect(render(lf.replace(/\n/g, '\r'))).toBe(render(lf));
  });

  it('leaves LF sources alone', () => {
    expect(render('a\nb\n')).toBe(markdownToHtml('a\nb\n').html);
  });
});
