/**
 * The one way Labbook walks a Markdown (mdast) or HTML (hast) tree: typed collection and visits,
 * for Sätteri plugins and for the pure rules in src/lib that parse Markdown themselves.
 *
 * Hand-written, not unist-util-visit, for three reasons: it must not recurse (prepare-source.ts
 * and src/lib walk trees no nesting limit has checked yet, and a 20,000-deep list overflows a
 * recursive walker: unist-util-visit-parents recurses once per level); Sätteri hands plugins
 * read-only trees whose changes go through `ctx.replaceNode`, so unist-util-visit's splice-and-resume
 * protocol only matters for the few trees we own; and the types here follow the node union of the
 * tree given (Sätteri's augmented mdast or hast) without unist-util-visit's deep inference.
 *
 * Order is document order (pre-order: a parent before its children, children first to last).
 */
import type { Nodes as HastNodes, Parents as HastParents } from 'hast';
import type { Nodes as MdastNodes, Parents as MdastParents } from 'mdast';

/** A node of either tree. */
export type TreeNode = MdastNodes | HastNodes;

/** Every node type of the tree `R` belongs to: mdast's for an mdast node, else hast's. */
export type NodesOf<R> = R extends MdastNodes ? MdastNodes : R extends HastNodes ? HastNodes : never;

/** The parents of the tree `R` belongs to. */
export type ParentsOf<R> = R extends MdastNodes ? MdastParents : R extends HastNodes ? HastParents : never;

/** The nodes of `R`'s tree whose `type` is `T`: `NodeOfType<Root, 'code'>` is mdast's `Code`. */
export type NodeOfType<R, T extends string> = Extract<NodesOf<R>, { type: T }>;

/** Returned by a visitor: leave this node's children unvisited. */
export const SKIP = 'skip';
/** Returned by a visitor: stop the walk. */
export const EXIT = 'exit';

/**
 * What a visitor may return: nothing (go on), {@link SKIP}, {@link EXIT}, or the index in the
 * parent's children to go on at (after changing them; {@link replaceAt} returns it).
 */
export type Action = typeof SKIP | typeof EXIT | number | void;

/** A visitor: the node, its parent and its index there (both undefined for the root). */
export type Visitor<N, P> = (node: N, parent: P | undefined, index: number | undefined) => Action;

/** Whether `node` has a `children` array (a parent). */
export function isParent<N extends object>(node: N): node is N & { children: readonly unknown[] } {
  return Array.isArray((node as { children?: unknown }).children);
}

interface Frame {
  parent: { children: readonly unknown[] };
  next: number;
}

/**
 * Visit every node of the tree under `root` (itself included), in document order, with its parent
 * and index. Iterative: any depth. Children are read as the walk reaches them, so a visitor may
 * change the children of its own parent and return the index to go on at (see {@link replaceAt}).
 */
export function visit<R extends TreeNode>(root: R | Readonly<R>, visitor: Visitor<NodesOf<R>, ParentsOf<R>>): void {
  type N = NodesOf<R>;
  type P = ParentsOf<R>;
  const first = visitor(root as unknown as N, undefined, undefined);
  if (first === EXIT) return;
  const stack: Frame[] = first !== SKIP && isParent(root) ? [{ parent: root, next: 0 }] : [];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    const { children } = frame.parent;
    if (frame.next >= children.length) {
      stack.pop();
      continue;
    }
    const index = frame.next;
    const node = children[index] as N;
    frame.next = index + 1;
    const action = visitor(node, frame.parent as P, index);
    if (action === EXIT) return;
    if (typeof action === 'number') frame.next = action;
    else if (action !== SKIP && isParent(node) && node.children.length > 0) stack.push({ parent: node, next: 0 });
  }
}

/**
 * The nodes of the given types under `root` (itself included), in document order. With `skip`,
 * nothing inside a node of those types is looked at (`collect(tree, ['text'], { skip: ['code'] })`).
 */
export function collect<R extends TreeNode, T extends NodesOf<R>['type']>(
  root: R | Readonly<R>,
  types: T | readonly T[],
  options: { skip?: readonly NodesOf<R>['type'][] } = {},
): NodeOfType<R, T>[] {
  const wanted = new Set<string>(typeof types === 'string' ? [types] : types);
  const skipped = new Set<string>(options.skip ?? []);
  const found: NodeOfType<R, T>[] = [];
  visit(root, (node) => {
    if (wanted.has(node.type)) found.push(node as NodeOfType<R, T>);
    return skipped.has(node.type) ? SKIP : undefined;
  });
  return found;
}

/**
 * Replace `parent.children[index]` by `nodes` (none: remove it) in a tree we own (never a Sätteri
 * plugin's: there, `ctx.replaceNode`). Returns the index after the new nodes, so a visitor that
 * returns it goes on with the next original sibling and does not walk into what it put in.
 */
export function replaceAt<C>(parent: { children: C[] }, index: number, nodes: readonly C[]): number {
  parent.children.splice(index, 1, ...nodes);
  return index + nodes.length;
}

/**
 * The text of the tree under `root`: `text(node)` for each node in document order, where a string
 * is that node's text (nothing inside it is looked at) and undefined looks inside it, with
 * `separator(parent)` between siblings (default none). A node it says nothing about and that has
 * no children gives no text, but is still separated from its siblings.
 */
export function textOf<R extends TreeNode>(
  root: R | Readonly<R>,
  text: (node: NodesOf<R>) => string | undefined,
  separator: (parent: ParentsOf<R>) => string = () => '',
): string {
  let result = '';
  visit(root, (node, parent, index) => {
    if (parent && index !== undefined && index > 0) result += separator(parent);
    const own = text(node);
    if (own === undefined) return undefined;
    result += own;
    return SKIP;
  });
  return result;
}
