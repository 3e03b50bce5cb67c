import { describe, expect, it } from 'vitest';
import { firstParagraphText, renderUntrustedMarkdown } from '../../../src/lib/safe-markdown.ts';

describe('renderUntrustedMarkdown', () => {
  it('renders CommonMark and GFM', () => {
    expect(renderUntrustedMarkdown('Some **bold**, `code` and [a link](https://example.com).\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done')).toBe(
      [
        '<p>Some <strong>bold</strong>, <code>code</code> and <a href="https://example.com">a link</a>.</p>',
        '<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td>2</td>\n</tr>\n</tbody>\n</table>',
        '<ul class="contains-task-list">\n<li class="task-list-item"><input type="checkbox" checked disabled> done</li>\n</ul>',
      ].join('\n'),
    );
  });

  it.each([
    ['an event handler', '<img src=x onerror=alert(1)>', '<img src="x">'],
    ['a javascript: link', '[x](javascript:alert(1))', '<p><a>x</a></p>'],
    ['a javascript: link in HTML, mixed case', '<a href="JaVaScRiPt:alert(1)">x</a>', '<p><a>x</a></p>'],
    ['a data: URL', '<a href="data:text/html,<script>alert(1)</script>">x</a> ![i](data:image/png;base64,AAAA)', '<p><a>x</a> i</p>'],
    ['a script element', '<script>alert(1)</script>', ''],
    ['a script inside a paragraph', 'a <script>alert(1)</script> b', '<p>a  b</p>'],
    ['a style element, contents too', '<style>body { display: none }</style>\n\ntext', '<p>text</p>'],
    ['an iframe', '<iframe src="https://example.com"></iframe>', ''],
    ['an svg with onload', '<svg onload=alert(1)><circle r=1 /></svg>', '<p></p>'],
    ['a form and its button', '<form action="https://evil.example"><button>Go</button></form>', 'Go'],
    ['a style attribute and classes', '<div style="position:fixed" class="x">hi</div>', '<div>hi</div>'],
  ])('removes %s', (_what, markdown, html) => {
    expect(renderUntrustedMarkdown(markdown)).toBe(html);
  });

  it('replaces an image whose source was removed by its alt text', () => {
    expect(renderUntrustedMarkdown('![a chart](javascript:alert(1)) and <img src="data:image/gif;base64,AA" onerror=x>')).toBe('<p>a chart and </p>');
    expect(renderUntrustedMarkdown('![kept](https://example.com/c.png)')).toBe('<p><img src="https://example.com/c.png" alt="kept"></p>');
  });

  it('keeps harmless HTML and prefixes ids so they cannot clobber the page', () => {
    expect(renderUntrustedMarkdown('<details><summary>More</summary>Body</details>')).toBe('<details><summary>More</summary>Body</details>');
    expect(renderUntrustedMarkdown('<p id="main">x</p>')).toBe('<p id="user-content-main">x</p>');
  });

  it('moves headings below the page\'s own: `#` becomes h3 by default, deeper ones follow, capped at h6', () => {
    expect(renderUntrustedMarkdown('# A\n\n## B\n\n###### C')).toBe('<h3>A</h3>\n<h4>B</h4>\n<h6>C</h6>');
    expect(renderUntrustedMarkdown('# A\n\n## B', { topHeading: 2 })).toBe('<h2>A</h2>\n<h3>B</h3>');
    expect(renderUntrustedMarkdown('<h1>raw</h1>', { topHeading: 5 })).toBe('<h5>raw</h5>');
  });

  it('treats a leading --- as text, not front matter', () => {
    expect(renderUntrustedMarkdown('---\ntitle: x\n---\nbody')).toContain('title: x');
  });
});

describe('firstParagraphText', () => {
  it('gives the first paragraph as plain text on one line', () => {
    expect(firstParagraphText('# Title\n\nServe **models** with [links](https://x.example) and `code`\nover two lines.\n\nMore.')).toBe(
      'Serve models with links and code over two lines.',
    );
  });

  it('is empty without a paragraph', () => {
    expect(firstParagraphText('# Only a heading')).toBe('');
  });
});
