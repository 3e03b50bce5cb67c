import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScripts, policyFor, scriptHash, securePage } from '../../../src/lib/csp.ts';

const page = (head: string, body = '') => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const hashOf = (text: string) => createHash('sha256').update(text).digest('base64');
const policyOf = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(html)?.[1] ?? '';

describe('inlineScripts', () => {
  it('finds classic and module inline scripts, not external files or data blocks', () => {
    const html = page('<script>a()</script><script src="/x.js"></script>', '<script type="module">b()</script><script type="application/ld+json">{}</script><SCRIPT>c()</SCRIPT>');
    expect(inlineScripts(html)).toEqual(['a()', 'b()', 'c()']);
  });

  it('reads the page as a browser does: script text inside attributes and comments is no script', () => {
    const html = page(
      '<meta name="description" content="<script>evil()</script>">',
      '<p><kbd title="<script>evil()</script>">k</kbd></p><!-- <script>evil()</script> --><textarea><script>evil()</script></textarea>',
    );
    expect(inlineScripts(html)).toEqual([]);
  });
});

describe('policyFor', () => {
  it('allows the site, the page\'s inline scripts by hash and WebAssembly, and nothing else to run', () => {
    const policy = policyFor(['a()', 'a()']);
    const expected = `'sha256-${hashOf('a()')}'`;
    expect(scriptHash('a()')).toBe(expected);
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${expected};`);
    expect(policy.match(/sha256-/g)).toHaveLength(1);
    for (const directive of ["object-src 'none'", "base-uri 'self'", "form-action 'self'", "default-src 'self'"]) expect(policy).toContain(directive);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
});

describe('securePage', () => {
  const own = new Set(['theme()']);

  it('puts the policy right after the charset, before any script', () => {
    const { html } = securePage(page('<title>T</title><script>theme()</script>'), own);
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-[^']+'; /);
    expect(html.indexOf('content-security-policy')).toBeLessThan(html.indexOf('<script>'));
  });

  it('hashes only Labbook\'s own scripts: an injected one is reported and not allowed', () => {
    const { html, blocked } = securePage(page('<script>theme()</script>', '<script>evil()</script>'), own);
    expect(policyOf(html)).toContain(hashOf('theme()'));
    expect(policyOf(html)).not.toContain(hashOf('evil()'));
    expect(blocked).toEqual(['evil()']);
  });

  it('does not hash script text found in attributes (an escaped description, a <kbd title>)', () => {
    const { html, blocked } = securePage(page('<meta name="description" content="<script>evil()</script>">', '<kbd title="<script>evil()</script>">k</kbd>'), own);
    expect(policyOf(html)).not.toContain('sha256-');
    expect(blocked).toEqual([]);
  });

  it('always writes its policy, whatever the page text says about one', () => {
    for (const body of [
      '<kbd title="<meta http-equiv=content-security-policy content=x>">k</kbd>',
      '<p>&lt;meta http-equiv="content-security-policy"&gt;</p>',
      '<pre><code><meta http-equiv=content-security-policy content="script-src *"></code></pre>',
    ]) {
      const { html } = securePage(page('<script>theme()</script>', body), own);
      expect(html.startsWith(`${page('').slice(0, page('').indexOf('</head>'))}<meta http-equiv="content-security-policy" content="default-src 'self'`), body).toBe(true);
      expect(policyOf(html)).toContain(hashOf('theme()'));
    }
  });

  it('is idempotent: a second pass replaces its own policy instead of adding one', () => {
    const once = securePage(page('<script>theme()</script>'), own).html;
    expect(securePage(once, own).html).toBe(once);
  });

  it('refuses a page without Labbook\'s head, rather than publish it without a policy', () => {
    expect(() => securePage('<p><script>evil()</script></p>', own)).toThrow(/content security policy/i);
  });
});

describe('securePage without parsing (pages holding only Labbook\'s scripts)', () => {
  const own = new Set(['theme()', 'search()']);
  // Each must allow the real own scripts and nothing else; own text seen in an attribute may be
  // hashed too (it could only let Labbook's own code run), never anything else.
  const cases: [string, string, string[]][] = [
    ['own scripts only', page('<script>theme()</script>', '<script type="module">search()</script>'), ['theme()', 'search()']],
    ['own text in an attribute', page('<script>theme()</script>', '<kbd title="<script>search()</script>">k</kbd>'), ['theme()', 'search()']],
    ['a script hidden behind an attribute', page('<script>theme()</script>', '<p title="<script>"><script>evil()</script></p>'), ['theme()']],
    ['a src= look-alike in an attribute', page('<script>theme()</script>', '<script title=" src=">evil()</script>'), ['theme()']],
    ['a > inside an attribute', page('<script>theme()</script>', '<script data-x=">">theme()</script>'), ['theme()']],
    ['an SVG script', page('<script>theme()</script>', '<svg><script>evil()</script></svg>'), ['theme()']],
  ];
  for (const [name, html, expected] of cases) {
    it(name, () => {
      const policy = policyOf(securePage(html, own).html);
      expect(policy.match(/sha256-[^']+/g)?.sort()).toEqual([...new Set(expected)].map((t) => `sha256-${hashOf(t)}`).sort());
    });
  }
});
