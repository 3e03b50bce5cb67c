import { readFileSync } from 'node:fs';
import { markdownToMdast, type MdastNode } from 'satteri';
import { EXIT, SKIP, textOf, visit } from '../markdown/tree.ts';

/** The text of a node without markup (links keep their text, images their alt text). */
function plainText(node: MdastNode): string {
  return textOf(node, (n) => (n.type === 'text' || n.type === 'inlineCode' ? n.value : n.type === 'image' ? (n.alt ?? '') : n.type === 'html' ? '' : undefined));
}

/** The first level-1 heading of a Markdown text as plain text; a `#` line inside a code block is not one. */
export function firstH1(markdown: string): string | undefined {
  const tree = markdownToMdast(markdown);
  let found: string | undefined;
  visit(tree, (node) => {
    if (node.type !== 'heading' || node.depth !== 1) return undefined;
    found = plainText(node).replace(/\s+/g, ' ').trim() || undefined;
    return found === undefined ? SKIP : EXIT;
  });
  return found;
}

/** The README's first H1, or undefined when the file cannot be read or has none. */
export function readmeTitle(path: string): string | undefined {
  try {
    return firstH1(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}
