import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { startTags } from '../lib/link-check.ts';

const SAFE_REL = ['noopener', 'noreferrer'];

/** The `rel` tokens a link opening a new tab needs, or undefined when it has them or opens no tab. */
function missingRel(target: unknown, rel: unknown): string[] | undefined {
  if (typeof target !== 'string' || target.trim().toLowerCase() !== '_blank') return undefined;
  const existing = Array.isArray(rel) ? rel.map(String) : typeof rel === 'string' ? rel.split(/\s+/).filter(Boolean) : [];
  const wanted = [...new Set([...existing, ...SAFE_REL])];
  return wanted.length === existing.length ? undefined : wanted;
}

const escapeAttribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** A raw `<a ...>` start tag with its `rel` completed, or undefined when it needs nothing. */
function rawStartTag(html: string): string | undefined {
  if (!/^<a\s[^]*>$/i.test(html.trim())) return undefined;
  const [tag, ...rest] = [...startTags(html.trim())];
  if (!tag || rest.length > 0 || tag.name !== 'a') return undefined;
  const rel = missingRel(tag.attributes.get('target'), tag.attributes.get('rel'));
  if (!rel) return undefined;
  const attributes = new Map(tag.attributes).set('rel', rel.join(' '));
  return `<a${[...attributes].map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('')}>`;
}

/**
 * A link that opens a new tab (`target="_blank"`, which only raw HTML can write) gets
 * `rel="noopener noreferrer"`, so the opened page cannot reach back into the wiki through
 * `window.opener`. Other links are left as written: they open normally, in the same tab.
 */
export function newTabLinks(): HastPluginEntry {
  return defineHastPlugin({
    name: 'labbook-new-tab-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const rel = missingRel(node.properties?.target, node.properties?.rel);
        if (rel) ctx.setProperty(node, 'rel', rel);
      },
    },
    // Inline HTML reaches hast as raw text: `<a ...>`, the link text, `</a>` are separate nodes.
    // A block of HTML is one raw node, so each `<a ...>` start tag in it is completed in place.
    raw(node) {
      if (!/<a\s/i.test(node.value)) return undefined;
      const value = node.value.replace(/<a\s[^>]*>/gi, (tag) => rawStartTag(tag) ?? tag);
      return value === node.value ? undefined : { ...node, value };
    },
  });
}
