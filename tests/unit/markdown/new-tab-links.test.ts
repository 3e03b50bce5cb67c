import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { newTabLinks } from '../../../src/markdown/new-tab-links.ts';

const render = async (markdown: string) => (await markdownToHtml(markdown, { hastPlugins: [newTabLinks()] })).html;

describe('newTabLinks', () => {
  it('adds noopener and noreferrer to links that open a new tab, keeping other rel values', async () => {
    const html = await render('<a href="https://example.com" target="_blank">x</a> <a href="https://e.com" target="_BLANK" rel="external">y</a>');
    expect(html).toContain('<a href="https://example.com" target="_blank" rel="noopener noreferrer">x</a>');
    expect(html).toContain('rel="external noopener noreferrer"');
  });

  it('completes start tags inside a block of HTML without losing the rest', async () => {
    const html = await render('<p>Read <a href="https://a.example" target="_blank">this</a> and <a href="/b/">that</a>.</p>\n');
    expect(html).toBe('<p>Read <a href="https://a.example" target="_blank" rel="noopener noreferrer">this</a> and <a href="/b/">that</a>.</p>\n');
  });

  it('leaves ordinary links as written', async () => {
    const markdown = '[a](https://example.com) <a href="/x/">b</a> <a href="/y/" target="_blank" rel="noopener noreferrer">c</a>';
    expect(await render(markdown)).toBe((await markdownToHtml(markdown)).html);
  });
});
