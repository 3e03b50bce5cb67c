import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import {
  isPublishableLink,
  markdownInline,
  renderReadmeLine,
  renderReadmeSnippet,
  type ReadmeItem,
} from '../../../../src/lib/readme-feed/snippet.ts';

/** Render like GitHub: GFM (tables, strikethrough, autolinks) and `$math$`. */
const html = (markdown: string) => markdownToHtml(markdown, { features: { gfm: true, math: true } }).html;
/** The text a reader sees in the rendered HTML (tags dropped, entities decoded). */
const shownText = (markup: string) =>
  markup
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();

const item = (over: Partial<ReadmeItem> = {}): ReadmeItem => ({
  title: 'Title',
  url: 'https://acme.github.io/wiki/til/2026-11-02-slug/',
  date: '2026-11-02',
  category: 'Training',
  ...over,
});

describe('renderReadmeLine', () => {
  it('writes the linked title, date and category', () => {
    expect(renderReadmeLine(item())).toBe('- [Title](https://acme.github.io/wiki/til/2026-11-02-slug/) · 2026-11-02 · Training');
  });

  it('leaves out the category, or the date, when there is none', () => {
    expect(renderReadmeLine(item({ category: undefined }))).toBe('- [Title](https://acme.github.io/wiki/til/2026-11-02-slug/) · 2026-11-02');
    expect(renderReadmeLine(item({ date: undefined, category: '  ' }))).toBe('- [Title](https://acme.github.io/wiki/til/2026-11-02-slug/)');
  });

  it.each([
    ['"><img src=x onerror=alert(1)>'],
    ['<script>alert(1)</script>'],
    ['[click](javascript:alert(1))'],
    ['**bold** _it_ __init__ `code` ~~gone~~'],
    ['a | b | c'],
    ['AT&amp;T &copy; \\ backslash'],
    ['costs $5 and $10'],
    ['![img](https://x/y.png)'],
    ['Ends with a backslash \\'],
  ])('shows the hostile or markup-laden title %j as text on GitHub', (title) => {
    const out = html(renderReadmeLine(item({ title, category: title })));
    expect(out).not.toMatch(/<(img|script|strong|em|code|del|table|span)\b/);
    // The title's link is the item's; a bare URL in the category may become a GFM autolink, never more.
    const hrefs = [...out.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
    expect(hrefs[0]).toBe('https://acme.github.io/wiki/til/2026-11-02-slug/');
    for (const href of hrefs) expect(href).toMatch(/^https:\/\//);
    expect(shownText(out)).toBe(`${title} · 2026-11-02 · ${title}`);
  });

  it('keeps unicode titles intact and underscores inside words unescaped', () => {
    expect(renderReadmeLine(item({ title: 'Größe 日本語 فارسی 🚀 TORCH_LOGS', category: '⚡ Serving' }))).toBe(
      '- [Größe 日本語 فارسی 🚀 TORCH_LOGS](https://acme.github.io/wiki/til/2026-11-02-slug/) · 2026-11-02 · ⚡ Serving',
    );
  });

  it('folds line breaks and control characters into single spaces', () => {
    expect(markdownInline(' two\r\n- lines\u0000\there ')).toBe('two - lines here');
  });

  it('encodes what could end the link early: spaces, parentheses, angle brackets, non-ASCII', () => {
    const line = renderReadmeLine(item({ url: 'https://x.io/a b/(c)/<d>/é?q="1"' }));
    expect(line).toBe('- [Title](https://x.io/a%20b/%28c%29/%3Cd%3E/%C3%A9?q=%221%22) · 2026-11-02 · Training');
    expect(html(line)).toContain('href="https://x.io/a%20b/%28c%29/%3Cd%3E/%C3%A9?q=%221%22"');
  });

  it('writes site-relative links with their base', () => {
    expect(renderReadmeLine(item({ url: '/wiki/til/2026-11-02-größe/' }))).toBe(
      '- [Title](/wiki/til/2026-11-02-gr%C3%B6%C3%9Fe/) · 2026-11-02 · Training',
    );
  });

  it('refuses anything but http(s) and site-relative links', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'ftp://x.io/', '//evil.io/x', 'relative/path', '/\\evil.io']) {
      expect(isPublishableLink(url), url).toBe(false);
      expect(() => renderReadmeLine(item({ url })), url).toThrow(TypeError);
    }
    expect(isPublishableLink('http://x.io/')).toBe(true);
  });
});

describe('renderReadmeSnippet', () => {
  it('ends every line with the line ending, and indents each line when asked', () => {
    const items = [item({ title: 'A' }), item({ title: 'B', category: undefined })];
    expect(renderReadmeSnippet(items, { lineEnding: '\r\n', indent: '  ' })).toBe(
      '  - [A](https://acme.github.io/wiki/til/2026-11-02-slug/) · 2026-11-02 · Training\r\n' +
        '  - [B](https://acme.github.io/wiki/til/2026-11-02-slug/) · 2026-11-02\r\n',
    );
    expect(renderReadmeSnippet([])).toBe('');
  });
});
