import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy of a built page, delivered as a `<meta>` tag (GitHub Pages cannot send
 * headers). Scripts: the site's own files plus the exact inline scripts of that page, by hash, and
 * WebAssembly for Pagefind. Styles allow inline: Shiki colours code with `style` attributes and
 * Mermaid's SVG carries `<style>` elements, which hashes cannot cover; the script policy is what
 * stops injected markup from running.
 */

/** Directives every page gets; `script-src` is completed per page. */
const DIRECTIVES: [string, string][] = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: https:"],
  ['media-src', "'self' https:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['frame-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/** The text of each inline `<script>` (not `src=`, not data blocks such as JSON), as the browser hashes it. */
export function inlineScripts(html: string): string[] {
  const found: string[] = [];
  for (const [, attributes = '', body = ''] of html.matchAll(INLINE_SCRIPT)) {
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && type !== 'module' && type !== 'text/javascript' && type !== 'application/javascript') continue;
    found.push(body);
  }
  return found;
}

/** `'sha256-...'` of a script's text. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The policy for a page with these inline scripts. */
export function policyFor(scripts: string[]): string {
  const hashes = [...new Set(scripts.map(scriptHash))].sort();
  return DIRECTIVES.map(([name, value]) => `${name} ${name === 'script-src' && hashes.length ? `${value} ${hashes.join(' ')}` : value}`).join('; ');
}

const CHARSET = /<meta\s+charset\s*=\s*["']?[\w-]+["']?\s*\/?>/i;

/**
 * `html` with its policy as the first thing after `<meta charset>` (which must stay within the
 * first 1024 bytes), before any script, style or link. A page that already has one is returned
 * unchanged; a page without `<head>` too.
 */
export function withCspMeta(html: string): string {
  if (/<meta\s+http-equiv\s*=\s*["']?content-security-policy/i.test(html)) return html;
  const meta = `<meta http-equiv="content-security-policy" content="${policyFor(inlineScripts(html))}">`;
  const charset = CHARSET.exec(html);
  if (charset) return html.slice(0, charset.index + charset[0].length) + meta + html.slice(charset.index + charset[0].length);
  const head = /<head\b[^>]*>/i.exec(html);
  return head ? html.slice(0, head.index + head[0].length) + meta + html.slice(head.index + head[0].length) : html;
}
