import { defineMdastPlugin, type MdastContent, type MdastNode, type MdastPluginEntry, type MdastVisitorContext } from 'satteri';
import { findGithubRefs, insideRawLinkOrCode, isAutolinkText, parseGithubUrl } from '../lib/github-refs.ts';

export interface Options {
  /** The wiki's GitHub repository, `owner/name`, which `#42`, `GH-42` and bare SHAs point into. Default: none, so only `owner/repo#7`, `owner/repo@sha`, `@user` and full URLs link. */
  repo?: string;
}

// Cheap supersets of what findGithubRefs can match, tested on the raw source before parsing.
const CANDIDATE = /#\d|@[a-z\d]|github\.com/i;
const CANDIDATE_WITH_REPO = /GH-\d|[0-9a-f]{7}/;
// Nodes whose text must not link: links never nest, code stays verbatim.
const NO_LINKS = new Set(['link', 'linkReference', 'definition', 'inlineCode', 'code', 'html']);
const NO_LINKS_JSX = new Set(['a', 'code', 'pre', 'kbd']);
// Block containers: raw inline HTML around a text node only matters inside phrasing parents.
const FLOW = new Set(['root', 'blockquote', 'list', 'listItem', 'footnoteDefinition', 'table', 'tableRow', 'containerDirective', 'descriptionList', 'descriptionDetails', 'mdxJsxFlowElement']);

// Rendered as class="gh-ref", for styling references apart from ordinary links.
const CLASS = { className: ['gh-ref'] };

type Placement = 'none' | 'heading' | 'body';

/** Where a node sits: somewhere links are not allowed, inside a heading, or in ordinary text. */
function placementOf(node: Readonly<MdastNode>, ctx: MdastVisitorContext): Placement {
  let placement: Placement = 'body';
  let current: Readonly<MdastNode> = node;
  for (let parent = ctx.parent(current); parent; current = parent, parent = ctx.parent(current)) {
    if (NO_LINKS.has(parent.type)) return 'none';
    if ((parent.type === 'mdxJsxTextElement' || parent.type === 'mdxJsxFlowElement') && NO_LINKS_JSX.has(parent.name?.toLowerCase() ?? '')) return 'none';
    if (parent.type === 'heading') placement = 'heading';
    if (!FLOW.has(parent.type)) {
      const html = parent.children.slice(0, ctx.indexOf(current)).flatMap((child) => (child.type === 'html' ? [child.value] : []));
      if (insideRawLinkOrCode(html)) return 'none';
    }
  }
  return placement;
}

/**
 * Turns GitHub references in text (`#42`, `GH-42`, `owner/repo#7`, commit SHAs, `owner/repo@sha`,
 * `@user`) into links, and shortens autolinked issue, pull request and commit URLs to `#42` /
 * `abc1234`. Code, existing links and raw `<a>`/`<code>` are left alone. In headings the link
 * keeps the text as written, so the heading's id (computed later from its text) does not change.
 */
export function issueLinks(options: Options = {}): MdastPluginEntry {
  const { repo } = options;
  const plugin = defineMdastPlugin({
    name: 'labbook-issue-links',
    link(node, ctx) {
      const child = node.children[0];
      if (node.children.length !== 1 || child?.type !== 'text' || !isAutolinkText(child.value, node.url)) return;
      const ref = parseGithubUrl(node.url, repo);
      if (!ref || ref.kind === 'user' || placementOf(node, ctx) !== 'body') return;
      ctx.setProperty(child, 'value', ref.label);
      const data: Record<string, unknown> = { ...node.data };
      const properties = typeof data.hProperties === 'object' && data.hProperties !== null ? data.hProperties : {};
      ctx.setProperty(node, 'data', { ...data, hProperties: { ...properties, ...CLASS } });
    },
    text(node, ctx) {
      const refs = findGithubRefs(node.value, repo);
      if (refs.length === 0) return;
      const placement = placementOf(node, ctx);
      if (placement === 'none') return;
      const pieces: MdastContent[] = [];
      let at = 0;
      for (const ref of refs) {
        if (ref.start > at) pieces.push({ type: 'text', value: node.value.slice(at, ref.start) });
        const text = placement === 'heading' ? ref.text : ref.label;
        pieces.push({ type: 'link', url: ref.url, data: { hProperties: CLASS }, children: [{ type: 'text', value: text }] });
        at = ref.end;
      }
      if (at < node.value.length) pieces.push({ type: 'text', value: node.value.slice(at) });
      ctx.replaceNode(node, pieces);
    },
  });
  // A factory, so documents without a candidate character skip the tree walk entirely.
  return (ctx) => (CANDIDATE.test(ctx.source) || (repo !== undefined && CANDIDATE_WITH_REPO.test(ctx.source)) ? plugin : null);
}
