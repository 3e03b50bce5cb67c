// Labbook's MDX components, one import for a wiki's MDX files wherever the content folder is:
//   import { Callout, Tabs, Tab } from 'labbook/components';
// (an alias in astro.config.mjs). Only Tabs ships JavaScript, and only on pages that use it.
export { default as Badge } from './Badge.astro';
export { default as Callout } from './Callout.astro';
export { default as Card } from './Card.astro';
export { default as CardGrid } from './CardGrid.astro';
export { default as FileTree } from './FileTree.astro';
export { default as Figure } from './Figure.astro';
export { default as Kbd } from './Kbd.astro';
export { default as Steps } from './Steps.astro';
export { default as Tab } from './Tab.astro';
export { default as Tabs } from './Tabs.astro';
