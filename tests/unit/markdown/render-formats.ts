/**
 * The same Markdown through the real processor as `.md` (HTML) and as `.mdx` (evaluated with a
 * tiny string JSX runtime that honours Astro's `set:html`), both after prepare-source.ts, so a
 * test can assert that both formats give the same HTML.
 */
import { evaluate, markdownToHtml, type MdastPluginList } from 'satteri';
import { MATH_FEATURES, prepareSource } from '../../../src/markdown/prepare-source.ts';

const VOID = new Set(['br', 'hr', 'img', 'input', 'link', 'meta']);
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

interface Element { html: string }
const Fragment = Symbol('Fragment');

function children(value: unknown): string {
  if (value === undefined || value === null || value === false) return '';
  if (Array.isArray(value)) return value.map(children).join('');
  if (typeof value === 'object' && 'html' in value) return (value as Element).html;
  return escapeText(String(value));
}

function jsx(type: unknown, given: unknown): Element {
  // The compiled MDX always passes an object of props.
  const props = given as Record<string, unknown>;
  if (type === Fragment) return { html: children(props.children) };
  if (typeof type === 'function') return (type as (p: unknown) => Element)(props);
  const tag = String(type);
  let attributes = '';
  for (const [name, value] of Object.entries(props)) {
    if (name === 'children' || name === 'set:html' || value === undefined || value === false) continue;
    const attribute = name === 'className' ? 'class' : name;
    attributes += value === true ? ` ${attribute}` : ` ${attribute}="${escapeAttribute(String(value))}"`;
  }
  const inner = typeof props['set:html'] === 'string' ? props['set:html'] : children(props.children);
  return { html: VOID.has(tag) ? `<${tag}${attributes}>` : `<${tag}${attributes}>${inner}</${tag}>` };
}

/** `markdown` as `.md`, rendered to HTML. */
export async function renderMd(markdown: string, mdastPlugins: MdastPluginList): Promise<string> {
  return (await markdownToHtml(prepareSource(markdown, 'markdown'), { mdastPlugins, features: MATH_FEATURES })).html;
}

/** `markdown` as `.mdx`, rendered to HTML. */
export async function renderMdx(markdown: string, mdastPlugins: MdastPluginList): Promise<string> {
  const module = await evaluate(prepareSource(markdown, 'mdx'), { mdastPlugins, features: MATH_FEATURES, Fragment, jsx, jsxs: jsx });
  const Content = module.default as (props: Record<string, unknown>) => Element;
  return Content({}).html;
}

/** HTML without the newlines between blocks, which the two formats place differently. */
export const withoutBlockNewlines = (html: string) => html.replace(/>\n+</g, '><').trim();
