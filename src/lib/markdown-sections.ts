import { markdownToMdast, type MdastNode } from 'satteri';
import { tooDeep } from './markdown-depth.ts';

/**
 * The headings of a Markdown body and what is written under each: the one reading of sections that
 * card completeness (model and dataset cards) and the empty-section warning share.
 */

/** Hugging Face's placeholder for a section nobody has written yet. */
export const PLACEHOLDER = /\[More Information Needed\]/gi;

function nodeText(node: MdastNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  // HTML comments are the templates' prompts, not content.
  if (node.type === 'html') return node.value.replace(/<!--[^]*?-->/g, ' ');
  if (node.type === 'code') return node.value;
  // An MDX comment `{/* ... */}` is a template's prompt too (Markdown reads it as text, split
  // around any `code` inside it, so it is removed from the paragraph's joined text).
  return 'children' in node ? node.children.map(nodeText).join(' ').replace(/\{\/\*[^]*?\*\/\}/g, ' ') : '';
}

/** Whether a block says something: text, or something to see (an image, a rule, a table). */
function saysSomething(node: MdastNode): boolean {
  return nodeText(node).trim() !== '' || showsSomething(node);
}

/** An image or a rule anywhere inside: something to see without text. */
function showsSomething(node: MdastNode): boolean {
  if (node.type === 'image' || node.type === 'imageReference' || node.type === 'thematicBreak') return true;
  return 'children' in node && node.children.some(showsSomething);
}

/** One heading of a body and what follows it. */
export interface Section {
  /** Heading text, lowercase, punctuation as spaces, HF's "[optional]" left out. */
  heading: string;
  /** The heading as written (its text). */
  text: string;
  depth: number;
  /** 1-based line of the heading in the body (add the front matter's lines for the file's). */
  line: number;
  /** What follows (subsections included) is nothing but "[More Information Needed]". */
  placeholderOnly: boolean;
  /** Nothing that says anything follows it (subsections included): no text, or only prompts and placeholders. */
  unfilled: boolean;
  /** Nothing at all is written between it and the next heading, which is not one of its subsections. */
  bare: boolean;
}

/** The headings of a Markdown body (code blocks are not headings), each with what is written under it. */
export function bodySections(markdown: string): Section[] {
  const tree = markdownToMdast(markdown, { features: { frontmatter: false } });
  // nodeText recurses; a body nested this deep fails its render, naming the file.
  if (tooDeep(tree)) return [];
  const nodes = 'children' in tree ? tree.children : [];
  const found: Section[] = [];
  nodes.forEach((node, i) => {
    if (node.type !== 'heading') return;
    let content = '';
    let says = false;
    let direct = false;
    let sub = false;
    for (const next of nodes.slice(i + 1)) {
      if (next.type === 'heading') {
        if (next.depth <= node.depth) break;
        sub = true;
        continue;
      }
      content += ` ${nodeText(next)}`;
      if (saysSomething(next)) {
        says = true;
        if (!sub) direct = true;
      }
    }
    const placeholders = content.match(PLACEHOLDER)?.length ?? 0;
    const rest = content.replace(PLACEHOLDER, '').trim();
    const following = nodes[i + 1];
    found.push({
      heading: nodeText(node).replace(/\[optional\]/gi, ' ').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim(),
      text: nodeText(node).trim(),
      depth: node.depth,
      line: node.position?.start.line ?? 1,
      placeholderOnly: placeholders > 0 && !rest,
      unfilled: !says || (!rest && placeholders > 0),
      bare: !direct && !says && !(following?.type === 'heading' && following.depth > node.depth),
    });
  });
  return found;
}
