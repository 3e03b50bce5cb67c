import { satteri } from '@astrojs/markdown-satteri';
import type { HastPluginList, MdastPluginList } from 'satteri';
import { headingAnchors } from './heading-anchors';

/** mdast plugins, in order. (Issue links, internal links and Mermaid arrive here.) */
export const mdastPlugins: MdastPluginList = [];

/** hast plugins, in order. */
export const hastPlugins: HastPluginList = [
  // Sets ids before Astro's heading-id plugin, which keeps them; anchors need the final id.
  headingAnchors(),
];

/** The Sätteri processor with Labbook's plugins, for `markdown.processor` (Markdown and MDX). */
export function markdownProcessor() {
  return satteri({ mdastPlugins, hastPlugins });
}
