import type { Nodes, Root } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { htmlToHast } from 'satteri';
import { collect } from '../markdown/tree.ts';

/**
 * GitHub's rules for HTML in Markdown (hast-util-sanitize's default schema follows github.com:
 * `<details>`, `<summary>`, `<kbd>`, `<sub>`, tables, images stay; `<script>`, `<iframe>`, `<style>`,
 * `on*` attributes and `javascript:`/`data:` URLs go; ids get a `user-content-` prefix so they cannot
 * clobber the page's own). The text of `<style>` is dropped too instead of showing up as words.
 */
export const GITHUB_SCHEMA: Schema = { ...defaultSchema, strip: [...(defaultSchema.strip ?? []), 'style'] };

const ALLOWED_TAGS = new Set(GITHUB_SCHEMA.tagNames ?? []);
const END_TAG = /^<\/([a-zA-Z][\w-]*)\s*>$/;

/** What sanitizing one piece of HTML kept and what it removed. */
export interface SanitizedHtml {
  html: string;
  /** Human-readable removals, e.g. `<script>`, `onclick on <a>`, `href on <a>`; empty when nothing was. */
  removed: string[];
}

/** hast's property name as written in HTML: `onClick` -> `onclick`, `ariaLabel` -> `aria-label`, `className` -> `class`. */
function attributeName(property: string): string {
  if (property === 'className') return 'class';
  if (property === 'htmlFor') return 'for';
  if (/^on[A-Z]/.test(property)) return property.toLowerCase();
  return property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** `tag` and `tag attribute` pairs of a tree, for telling what the sanitizer took out. */
function inventory(root: Nodes): Map<string, string> {
  const found = new Map<string, string>();
  for (const element of collect(root, 'element')) {
    found.set(`<${element.tagName}>`, `<${element.tagName}>`);
    for (const [name, value] of Object.entries(element.properties ?? {})) {
      if (value === undefined || value === null || value === false) continue;
      const attribute = attributeName(name);
      found.set(`${element.tagName} ${name}=${String(value)}`, `${attribute} on <${element.tagName}>`);
    }
  }
  return found;
}

/** Sanitize a parsed fragment; the serialized result and what went. */
function clean(tree: Root): { html: string; removed: string[] } {
  const before = inventory(tree);
  const safe = sanitize(tree, GITHUB_SCHEMA) as Root;
  const after = inventory(safe);
  const removed = new Set<string>();
  for (const [key, label] of before) {
    // An id that only gained its `user-content-` prefix was kept, not removed.
    if (!after.has(key) && !after.has(key.replace(/ (id|name)=/, ' $1=user-content-'))) removed.add(label);
  }
  return { html: toHtml(safe), removed: [...removed] };
}

/**
 * Sanitize one piece of raw HTML from a Markdown file as GitHub would. Markdown hands inline HTML
 * over tag by tag (`<kbd>`, then the text, then `</kbd>`), and a block of HTML may open an element
 * that Markdown content closes later (`<details>`), so open elements stay open and a lone end tag
 * stays when its element is allowed.
 */
export function sanitizeHtml(html: string): SanitizedHtml {
  const trimmed = html.trim();
  const end = END_TAG.exec(trimmed);
  if (end) {
    const name = (end[1] ?? '').toLowerCase();
    return ALLOWED_TAGS.has(name) ? { html, removed: [] } : { html: '', removed: [`<${name}>`] };
  }
  if (/^<!--[^]*-->$/.test(trimmed)) return { html: '', removed: [] };
  const tree = htmlToHast(html, { fragment: true }) as Root;
  const { html: safe, removed } = clean(tree);
  return { html: withoutAddedEndTags(trimmed, safe), removed };
}

/**
 * The parser closes at the end of the fragment every element the fragment left open (`<details>`
 * whose content and `</details>` come later in the Markdown). Take those added end tags off again,
 * so the element stays open around what follows, as the author wrote it.
 */
function withoutAddedEndTags(original: string, serialized: string): string {
  const count = (text: string, name: string) => text.toLowerCase().split(`</${name}`).length - 1;
  let result = serialized;
  for (;;) {
    const last = /<\/([a-zA-Z][\w-]*)>$/.exec(result);
    const name = last?.[1]?.toLowerCase();
    if (!last || !name || count(result, name) <= count(original, name)) return result;
    result = result.slice(0, last.index);
  }
}

const SCHEME = /^([a-z][a-z\d+.-]*):/i;

/**
 * Whether a Markdown link (`href`) or image (`src`) URL is allowed, by GitHub's protocol list:
 * relative URLs and anchors, http(s), mailto and the like for links; http(s) for images. Control
 * characters and spaces before the scheme do not hide `javascript:` (browsers strip them).
 */
export function isSafeUrl(url: string, kind: 'href' | 'src'): boolean {
  // Browsers ignore ASCII whitespace and control characters inside a scheme (`java\tscript:`).
  // eslint-disable-next-line no-control-regex
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = SCHEME.exec(compact)?.[1]?.toLowerCase();
  if (scheme === undefined) return !/^[a-z][a-z\d+.-]*&colon;/i.test(compact);
  return (GITHUB_SCHEMA.protocols?.[kind] ?? []).includes(scheme);
}
