import GithubSlugger from 'github-slugger';
import { defineHastPlugin, type HastPluginEntry } from 'satteri';

export interface Options {
  /** Heading levels that get a visible `#` link. Default `[2, 3, 4]`. */
  levels?: number[];
}

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/**
 * Gives every heading a GitHub-compatible id (same slugs and `-1` suffixes as GitHub, so links
 * copied from GitHub keep working) and appends a self-link to the chosen levels. Astro's own id
 * plugin runs later and keeps ids that are already set.
 */
export function headingAnchors(options: Options = {}): HastPluginEntry {
  const levels = new Set(options.levels ?? [2, 3, 4]);
  // A factory: one slugger per document, so duplicate headings count from zero on each page.
  return () => {
    const slugger = new GithubSlugger();
    return defineHastPlugin({
      name: 'labbook-heading-anchors',
      element: {
        filter: HEADINGS,
        visit(node, ctx) {
          const existing = node.properties?.id;
          const text = ctx.textContent(node);
          const id = typeof existing === 'string' ? existing : slugger.slug(text);
          if (typeof existing !== 'string') ctx.setProperty(node, 'id', id);
          if (!levels.has(Number(node.tagName.slice(1)))) return;
          ctx.appendChild(node, {
            type: 'element',
            tagName: 'a',
            properties: { className: ['heading-anchor'], href: `#${id}`, ariaLabel: `Link to section: ${text}` },
            children: [],
          });
        },
      },
    });
  };
}
