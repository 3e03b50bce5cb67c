/**
 * How deeply Markdown may nest (lists, quotes, emphasis inside each other). Sätteri parses any
 * depth, but every recursive tree walker after it (ours, Astro's, hast utilities) overflows the
 * call stack somewhere past a few thousand levels, and then the build dies without naming the
 * file. 100 is markdown-it's default `maxNesting`: far past what any note needs, and shallow
 * enough for every walker.
 */
export const MAX_NESTING = 100;

/**
 * Nodes that nest inside their own kind without end: each is one level. Paragraphs, headings,
 * table cells and text sit inside them without adding one, so the tree is at most about twice
 * as deep as the level count.
 */
const LEVELS = new Set(['listItem', 'blockquote', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'footnoteDefinition', 'mdxJsxFlowElement', 'mdxJsxTextElement']);

/** A node of an mdast tree, as far as depth is concerned. */
interface TreeNode {
  type?: string;
  children?: readonly unknown[];
  position?: { start?: { line?: number } };
}

/** Where a tree first nests past the limit, and how deep it goes in all. */
export interface TooDeep {
  /** Deepest nesting in the tree, in levels (list items, quotes, emphasis, links, MDX elements). */
  depth: number;
  /** 1-based line of the first node past the limit, when the tree has positions. */
  line?: number;
}

/**
 * The nesting of a Markdown tree when it goes past `max` levels, else undefined. Iterative, so
 * it never overflows itself, however deep the tree.
 */
export function tooDeep(root: unknown, max = MAX_NESTING): TooDeep | undefined {
  let deepest = 0;
  let line: number | undefined;
  let past = false;
  // Each entry: a node and the levels it sits in, counting itself.
  const stack: [TreeNode, number][] = [[root as TreeNode, 0]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [node, outer] = top;
    const depth = node.type !== undefined && LEVELS.has(node.type) ? outer + 1 : outer;
    if (depth > deepest) deepest = depth;
    if (depth > max && !past) {
      past = true;
      line = node.position?.start?.line;
    }
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i] as TreeNode, depth]);
  }
  return past ? { depth: deepest, ...(line === undefined ? {} : { line }) } : undefined;
}
