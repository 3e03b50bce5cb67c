/**
 * The first line of a new `.mdx` page: an MDX comment naming the components it can import
 * (src/components/mdx/, documented in the README), so writers find them without the docs.
 */
export const MDX_COMPONENTS_HINT =
  "{/* Components: import { Badge, Callout, Card, CardGrid, FileTree, Figure, Kbd, Steps, Tab, Tabs } from 'labbook/components'; */}";

/** The hint and a blank line for `.mdx`, nothing for `.md`. */
export const componentsHint = (format: 'md' | 'mdx'): string[] => (format === 'mdx' ? [MDX_COMPONENTS_HINT, ''] : []);
