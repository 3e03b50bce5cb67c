import { satteri } from '@astrojs/markdown-satteri';
import type { HastPluginList, MdastPluginList } from 'satteri';
import { demoteH1 } from './demote-h1.ts';
import { headingAnchors } from './heading-anchors.ts';
import { lineEndings } from './line-endings.ts';

/** mdast plugins, in order. (Issue links, internal links and Mermaid arrive here.) */
export const mdastPlugins: MdastPluginList = [];

/** hast plugins, in order. */
export const hastPlugins: HastPluginList = [
  // First, so every later plugin sees LF text whatever editor saved the file.
  lineEndings(),
  // Before anchors, so a demoted heading gets the h2 treatment (anchor, table of contents).
  demoteH1(),
  // Sets ids before Astro's heading-id plugin, which keeps them; anchors need the final id.
  headingAnchors(),
];

/** The Sätteri processor with Labbook's plugins, for `markdown.processor` (Markdown and MDX). */
export function markdownProcessor() {
  return satteri({ mdastPlugins, hastPlugins });
}
