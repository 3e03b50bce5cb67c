import type { Element, ElementContent, RootContent } from 'hast';
import { textOf } from '../../markdown/tree.ts';

const text = (value: string): ElementContent => ({ type: 'text', value });
const span = (className: string, children: ElementContent[], extra: Element['properties'] = {}): Element => ({
  type: 'element', tagName: 'span', properties: { className: [className], ...extra }, children,
});
const isElement = (node: ElementContent | undefined, tagName?: string): node is Element =>
  node?.type === 'element' && (tagName === undefined || node.tagName === tagName);
const plainText = (node: ElementContent): string => textOf(node, (n) => (n.type === 'text' ? n.value : undefined));

/** An item's own content: Markdown's loose lists put it in a `<p>`. */
function inlineOf(children: ElementContent[]): ElementContent[] {
  return children.flatMap((child) => (isElement(child, 'p') ? child.children : [child]));
}

/** Splits an item into its name (the first word, or a bold name) and the note after it. */
function nameAndNote(inline: ElementContent[]): { name: string; strong: boolean; note: ElementContent[] } {
  const rest = inline.filter((node) => !(node.type === 'text' && !node.value.trim()));
  const first = rest[0];
  if (isElement(first, 'strong') || isElement(first, 'b')) return { name: plainText(first).trim(), strong: true, note: trimStart(rest.slice(1)) };
  if (isElement(first, 'code')) return { name: plainText(first).trim(), strong: false, note: trimStart(rest.slice(1)) };
  if (first?.type === 'text') {
    const match = /^\s*(\S+)\s*([\s\S]*)$/.exec(first.value);
    const note = match?.[2] ? [text(match[2]), ...rest.slice(1)] : rest.slice(1);
    return { name: match?.[1] ?? '', strong: false, note: trimStart(note) };
  }
  return { name: '', strong: false, note: rest };
}

function trimStart(nodes: ElementContent[]): ElementContent[] {
  const [first, ...others] = nodes;
  if (first?.type === 'text') return first.value.trim() ? [text(first.value.trimStart()), ...others] : others;
  return nodes;
}

function item(li: Element): Element {
  const nested = li.children.find((child): child is Element => isElement(child, 'ul') || isElement(child, 'ol'));
  const own = inlineOf(li.children.filter((child) => child !== nested));
  const { name, strong, note } = nameAndNote(own);
  const placeholder = name === '...' || name === '…';
  const folder = Boolean(nested) || name.endsWith('/');
  const shown = folder ? name.replace(/\/$/, '') : name;
  const kind = placeholder ? 'more' : folder ? 'folder' : 'file';
  const label: ElementContent[] = [
    span('file-tree__icon', [], { ariaHidden: 'true' }),
    span(strong ? 'file-tree__name file-tree__name--highlight' : 'file-tree__name', [text(placeholder ? '…' : shown)]),
  ];
  if (folder) label.push(span('visually-hidden', [text(' (folder)')]));
  if (note.length) label.push(text(' '), span('file-tree__note', note));
  const children: ElementContent[] = folder
    ? [{ type: 'element', tagName: 'details', properties: { open: true }, children: [
        { type: 'element', tagName: 'summary', properties: {}, children: label },
        nested ? list(nested) : { type: 'element', tagName: 'ul', properties: {}, children: [] },
      ] }]
    : label;
  return { type: 'element', tagName: 'li', properties: { className: [`file-tree__${kind}`] }, children };
}

function list(ul: Element): Element {
  return { type: 'element', tagName: 'ul', properties: {}, children: ul.children.filter((c): c is Element => isElement(c, 'li')).map(item) };
}

/**
 * A Markdown list of paths as a file tree: a name ending in `/` or with a nested list is a folder
 * (a `<details>`, so it folds without JavaScript), a **bold** name is highlighted, `...` stands for
 * more files, and text after the name is a note. Throws when the slot holds no list.
 */
export function fileTree(slot: readonly RootContent[]): Element {
  const ul = slot.find((node): node is Element => node.type === 'element' && node.tagName === 'ul');
  if (!ul) throw new Error('<FileTree> expects a Markdown list of files and folders inside it.');
  return { type: 'element', tagName: 'div', properties: { className: ['file-tree'] }, children: [list(ul)] };
}
