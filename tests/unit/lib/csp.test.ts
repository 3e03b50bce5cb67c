import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScripts, policyFor, scriptHash, withCspMeta } from '../../../src/lib/csp.ts';

const page = (head: string, body = '') => `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

describe('inlineScripts', () => {
  it('finds classic and module inline scripts, not external files or data blocks', () => {
    const html = page('<script>a()</script><script src="/x.js"></script>', '<script type="module">b()</script><script type="application/ld+json">{}</script><SCRIPT>c()</SCRIPT>');
    expect(inlineScripts(html)).toEqual(['a()', 'b()', 'c()']);
  });
});

describe('policyFor', () => {
  it('allows the site, the page\'s inline scripts by hash and WebAssembly, and nothing else to run', () => {
    const policy = policyFor(['a()', 'a()']);
    const expected = `'sha256-${createHash('sha256').update('a()').digest('base64')}'`;
    expect(scriptHash('a()')).toBe(expected);
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${expected};`);
    expect(policy.match(/sha256-/g)).toHaveLength(1);
    for (const directive of ["object-src 'none'", "base-uri 'self'", "form-action 'self'", "default-src 'self'"]) expect(policy).toContain(directive);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
});

describe('withCspMeta', () => {
  it('puts the policy right after the charset, before any script', () => {
    const html = withCspMeta(page('<title>T</title><script>theme()</script>'));
    expect(html).toMatch(/^<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-[^']+'; /);
    expect(html.indexOf('content-security-policy')).toBeLessThan(html.indexOf('<script>'));
  });

  it('leaves a page that has a policy, and is idempotent', () => {
    const once = withCspMeta(page(''));
    expect(withCspMeta(once)).toBe(once);
  });
});
