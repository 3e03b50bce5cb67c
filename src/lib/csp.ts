import { createHash } from 'node:crypto';
import type { Element, Nodes, Root } from 'hast';
import { htmlToHast } from 'satteri';
import { SKIP, visit } from '../markdown/tree.ts';

/**
 * The Content-Security-Policy of a built page, delivered as a `<meta>` tag (GitHub Pages cannot send
 * headers). Scripts: the site's own files plus, by hash, the inline scripts of that page that
 * Labbook itself wrote (the caller says which texts those are), and WebAssembly for Pagefind. Any
 * other inline script (an injected one, one in an `.mdx` file) gets no hash, so it does not run.
 * Styles allow inline: Shiki colours code with `style` attributes and Mermaid's SVG carries `<style>`
 * elements, which hashes cannot cover; the script policy is what stops injected markup from running.
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

/** `type`s a browser runs as script; anything else (JSON, templates) is a data block. */
const SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** The text a browser hashes: the script element's raw text. */
const textOf = (element: Element): string => element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');

function collectScripts(root: Nodes, found: string[]): void {
  visit(root, (node) => {
    if (node.type !== 'element') return undefined;
    if (node.tagName === 'script') {
      const { src, type } = node.properties ?? {};
      if (src === undefined && SCRIPT_TYPES.has(String(type ?? '').trim().toLowerCase())) found.push(textOf(node));
      return SKIP;
    }
    // A template's content is a tree of its own, beside its children.
    if (node.tagName === 'template' && 'content' in node && node.content) collectScripts(node.content as Root, found);
    return undefined;
  });
}

/**
 * The text of each inline `<script>` element of a page (not `src=`, not data blocks), as the browser
 * hashes it. The page is parsed as a browser parses it: script text inside an attribute, a comment or
 * a `<textarea>` is no script.
 */
export function inlineScripts(html: string): string[] {
  const found: string[] = [];
  collectScripts(htmlToHast(html) as Root, found);
  return found;
}

/** `'sha256-...'` of a script's text. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The policy for a page with these (allowed) inline scripts. */
export function policyFor(scripts: string[]): string {
  const hashes = [...new Set(scripts.map(scriptHash))].sort();
  return DIRECTIVES.map(([name, value]) => `${name} ${name === 'script-src' && hashes.length ? `${value} ${hashes.join(' ')}` : value}`).join('; ');
}

/**
 * The start every Labbook page has (src/layouts/Base.astro), and the policy a previous pass put right
 * after it. Anchored at the start of the file: nothing a note contains can come before it, so text in
 * a note that looks like a policy is never taken for one.
 */
const HEAD_START = /^<!DOCTYPE html><html\b[^>]*><head><meta charset="utf-8">(<meta http-equiv="content-security-policy" content="[^"]*">)?/i;

const SCRIPT_TAG = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const PLAIN_SCRIPT_ATTRIBUTES = new Set(['', ' type="module"']);

/** An external module script as Astro writes it (the search UI's, in its `<template>`): no inline text to hash. */
const EXTERNAL_SCRIPT_ATTRIBUTES = /^ type="module" src="[^"<>]*"$/;

/**
 * The inline scripts of a page that contains only Labbook's own, without parsing it (parsing every
 * page would add a second per 1,000 pages); `undefined` when anything looks different, and then the
 * page is parsed. Every real `<script>` start tag is literal text in the page, so it starts a match
 * here or lies inside an earlier match's attributes or text; accepting only matches with plain
 * attributes and a text that is one of `own` and holds no `<script` leaves no room for one to hide.
 */
function ownScriptsOnly(html: string, own: ReadonlySet<string>): string[] | undefined {
  const found: string[] = [];
  for (const [, attributes = '', text = ''] of html.matchAll(SCRIPT_TAG)) {
    // Empty, so it cannot hide a real tag inside it; the browser runs only its src, which 'self' covers.
    if (text === '' && EXTERNAL_SCRIPT_ATTRIBUTES.test(attributes)) continue;
    if (!PLAIN_SCRIPT_ATTRIBUTES.has(attributes) || !own.has(text) || /<\/?script/i.test(text)) return undefined;
    found.push(text);
  }
  return found;
}

/** A page with its policy, and the inline scripts that policy does not allow. */
export interface SecuredPage {
  html: string;
  /** Inline scripts found in the page that are not Labbook's own: left without a hash, so blocked. */
  blocked: string[];
}

/**
 * `html` with Labbook's policy as the first thing after `<meta charset>` (which must stay within the
 * first 1024 bytes), before any script, style or link. Inline scripts whose text is in `own` (the
 * scripts Labbook's layout and components emit) are allowed by hash; the others are returned in
 * `blocked`. Always written, whatever the page contains; a policy written by an earlier pass is
 * replaced. A page that does not start like a Labbook page throws: it must not go out without one.
 */
export function securePage(html: string, own: ReadonlySet<string>): SecuredPage {
  const start = HEAD_START.exec(html);
  if (!start) throw new Error('content security policy: the page does not start with Labbook\'s <head> (<!DOCTYPE html><html><head><meta charset="utf-8">), so its policy cannot be placed first');
  const scripts = ownScriptsOnly(html, own) ?? inlineScripts(html);
  const allowed = scripts.filter((text) => own.has(text));
  const blocked = scripts.filter((text) => !own.has(text));
  const head = start[0].slice(0, start[0].length - (start[1]?.length ?? 0));
  const meta = `<meta http-equiv="content-security-policy" content="${policyFor(allowed)}">`;
  return { html: head + meta + html.slice(start[0].length), blocked };
}
