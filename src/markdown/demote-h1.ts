import { defineHastPlugin, type HastPluginEntry } from 'satteri';

/**
 * The page title is the page's only h1 (one h1 per page keeps the outline and screen readers
 * right), so a `# Heading` in the body becomes an h2. Ids and anchors are unaffected.
 */
export function demoteH1(): HastPluginEntry {
  return defineHastPlugin({
    name: 'labbook-demote-h1',
    element: {
      filter: ['h1'],
      visit: (node) => ({ ...node, tagName: 'h2' }),
    },
  });
}
