import { describe, expect, it } from 'vitest';
import { isSafeUrl, sanitizeHtml } from '../../../src/lib/sanitize-html.ts';

describe('sanitizeHtml', () => {
  it.each([
    ['<details><summary>More</summary>\n\nHidden</details>', '<details><summary>More</summary>\n\nHidden</details>'],
    ['<kbd>', '<kbd>'],
    ['</kbd>', '</kbd>'],
    ['<sub>', '<sub>'],
    ['<img src="https://example.com/plot.png" alt="Loss curve">', '<img src="https://example.com/plot.png" alt="Loss curve">'],
    ['<table><tr><td>1</td></tr></table>', '<table><tbody><tr><td>1</td></tr></tbody></table>'],
  ])('keeps %j', (input, expected) => {
    expect(sanitizeHtml(input)).toEqual({ html: expected, removed: [] });
  });

  it.each([
    ['<script>window.__xss=1</script>', '', ['<script>']],
    ['<iframe src="https://evil.example"></iframe>', '', ['<iframe>', 'src on <iframe>']],
    ['<style>body{display:none}</style>', '', ['<style>']],
    ['<a href="/x/" onclick="window.__xss=1">', '<a href="/x/">', ['onclick on <a>']],
    ['<a href="javascript:alert(1)">', '<a>', ['href on <a>']],
    ['<img src="data:image/svg+xml,<svg onload=alert(1)>" onerror="alert(1)">', '<img>', ['src on <img>', 'onerror on <img>']],
    ['</script>', '', ['<script>']],
  ])('cleans %j', (input, expected, removed) => {
    const result = sanitizeHtml(input);
    expect(result.html).toBe(expected);
    expect(result.removed.sort()).toEqual(removed.sort());
  });

  it('prefixes ids like GitHub, without calling that a removal', () => {
    expect(sanitizeHtml('<a id="setup">')).toEqual({ html: '<a id="user-content-setup">', removed: [] });
  });

  it('drops comments', () => {
    expect(sanitizeHtml('<!-- note to self -->')).toEqual({ html: '', removed: [] });
  });
});

describe('isSafeUrl', () => {
  it.each([
    ['https://example.com', 'href', true],
    ['mailto:ml@acme.dev', 'href', true],
    ['../docs/a.md#x', 'href', true],
    ['#anchor', 'href', true],
    ['javascript:alert(1)', 'href', false],
    ['JaVaScRiPt:alert(1)', 'href', false],
    ['java\tscript:alert(1)', 'href', false],
    [' \u0001javascript:alert(1)', 'href', false],
    ['data:text/html,<script>', 'href', false],
    ['vbscript:x', 'href', false],
    ['https://example.com/a.png', 'src', true],
    ['data:image/png;base64,AAAA', 'src', false],
    ['mailto:x@y.z', 'src', false],
  ] as const)('%j as %s -> %s', (url, kind, safe) => expect(isSafeUrl(url, kind)).toBe(safe));
});

describe('sanitizeHtml and elements Markdown closes later', () => {
  it('leaves a block that opens an element open', () => {
    expect(sanitizeHtml('<details><summary>Logs</summary>\n').html).toBe('<details><summary>Logs</summary>\n');
    expect(sanitizeHtml('<div onclick="x()"><p>').html).toBe('<div><p>');
  });

  it('keeps end tags the author wrote', () => {
    expect(sanitizeHtml('<p>a</p><p>b').html).toBe('<p>a</p><p>b');
  });
});
