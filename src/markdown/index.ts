import { join } from 'node:path';
import { satteri } from '@astrojs/markdown-satteri';
import type { HastPluginList, MdastPluginList } from 'satteri';
import type { KindFolders } from '../lib/content/layouts.ts';
import type { RepoFiles } from '../lib/links/repo-files.ts';
import { callouts } from './callouts.ts';
import { demoteH1 } from './demote-h1.ts';
import { reportFailures } from './document-failures.ts';
import { headingAnchors } from './heading-anchors.ts';
import { highlight } from './highlight.ts';
import { internalLinks } from './internal-links.ts';
import { issueLinks } from './issue-links.ts';
import { runLinks } from './run-links.ts';
import type { RunTarget } from '../lib/experiments/mentions.ts';
import { lineEndings } from './line-endings.ts';
import { localImages } from './local-images.ts';
import { math } from './math.ts';
import { mermaid } from './mermaid.ts';
import { nestingLimit } from './nesting-limit.ts';
import { newTabLinks } from './new-tab-links.ts';
import { MATH_FEATURES, withPreparedSource } from './prepare-source.ts';
import { sanitizeMarkdown } from './sanitize-html.ts';
import { tableScroll } from './table-scroll.ts';
import { taskListLabels } from './task-list-labels.ts';
import { titleHeading } from './title-heading.ts';
import { wikilinks } from './wikilinks.ts';
import type { UnknownLanguages } from '../lib/highlight/unknown-languages.ts';
import type { RenderReport } from '../lib/dev/render-report.ts';

/** What the plugins need to know about the wiki. */
export interface MarkdownOptions {
  /** The wiki's GitHub repository, `owner/name`, for `#42` and commit links. */
  repo?: string;
  /** What a Mermaid diagram that does not parse does: fail the build (`error`, default) or warn and show an error box (`warn`). */
  mermaid?: 'error' | 'warn';
  /** Seconds one diagram may spend drawing (`mermaidTimeout`). Default 60. */
  mermaidTimeout?: number;
  /** What a formula KaTeX rejects does: fail the build (`error`, default) or warn and show KaTeX's message in the page (`warn`). */
  math?: 'error' | 'warn';
  /** The content folder, so Markdown errors name files as `til/x.md:14` and relative links resolve. Default: the working directory. */
  contentDir?: string;
  /** The site's base path (`/wiki/`), added to links between pages. Default `/`. */
  base?: string;
  /** Where each kind lives in the wiki (its layout), so links between notes resolve. Default: the labbook layout. */
  folders?: KindFolders;
  /** The wiki's repository on disk and on GitHub: links to its files that are not pages open there. */
  repoFiles?: RepoFiles;
  /** A link to a page that does not exist fails the build (`error`, default) or is listed as a warning (`warn`). */
  brokenLinks?: 'error' | 'warn';
  /** The wiki's experiment runs, whose ids and folder names in text link to their pages. Default none. */
  runs?: readonly RunTarget[];
  /** The build's tally of code blocks in unknown languages, printed once by the labbook() integration. */
  unknownLanguages?: UnknownLanguages;
  /** Under `astro dev`, where a document's problems go instead of failing it (started by the labbook() integration). */
  renderReport?: RenderReport;
}

/** mdast plugins, in order. (Internal links arrive here.) */
export function mdastPlugins(options: MarkdownOptions = {}): MdastPluginList {
  return [
    // First: no later walker (ours, Astro's) may meet a 20,000-deep list and overflow the stack.
    nestingLimit({ contentDir: options.contentDir }),
    // Before every plugin that adds HTML: it must see only what the author wrote (Markdown, not MDX).
    sanitizeMarkdown({ contentDir: options.contentDir }),
    // Before local images and internal links, which check and publish the images and links it makes of `[[...]]`.
    wikilinks({ contentDir: options.contentDir, folders: options.folders, onBroken: options.brokenLinks }),
    // After sanitizing (which drops unsafe image URLs): refuses missing, non-image and outside images and SVGs with code before Astro copies them.
    localImages({ contentDir: options.contentDir }),
    // Turns ```mermaid fences into SVG before Shiki or any text plugin sees diagram source.
    mermaid({ onError: options.mermaid, contentDir: options.contentDir, timeoutSeconds: options.mermaidTimeout, report: options.renderReport }),
    // After the sanitizer (its KaTeX HTML is ours, not the author's) and before Shiki sees ```math.
    math({ onError: options.math, contentDir: options.contentDir, report: options.renderReport }),
    // After the sanitizer, which leaves these classed Markdown nodes alone; order-free otherwise.
    callouts({ contentDir: options.contentDir }),
    // Order-free: drops a first `# Heading` that repeats the page's title (READMEs written for GitHub).
    titleHeading({
      docsDir: options.contentDir && join(options.contentDir, options.folders?.docs ?? 'docs'),
      tilDir: options.contentDir && join(options.contentDir, options.folders?.til ?? 'til'),
    }),
    // Before issue links, which only shorten GitHub URLs: page links get their published URL here.
    internalLinks({ contentDir: options.contentDir, base: options.base, onBroken: options.brokenLinks, folders: options.folders, repoFiles: options.repoFiles }),
    // On mdast, where code, links and headings are still distinct nodes it can skip.
    issueLinks({ repo: options.repo }),
    // Order-free among text plugins: skips links, so GitHub references and run mentions never nest.
    runLinks({ runs: options.runs, base: options.base }),
    // Last: fails the document with every problem the plugins above recorded (diagrams, formulas in
    // dev, links), or under `astro dev` hands them to the dev server.
    reportFailures({ report: options.renderReport }),
  ];
}

/** hast plugins, in order. */
export function hastPlugins(options: MarkdownOptions = {}): HastPluginList {
  return [
    // First, where Astro's own highlighter ran (it is off in astro.config.mjs): same output, cached.
    highlight({ unknownLanguages: options.unknownLanguages, contentDir: options.contentDir }),
    // Next, so every later plugin sees LF text whatever editor saved the file.
    lineEndings(),
    // Before anchors, so a demoted heading gets the h2 treatment (anchor, table of contents).
    demoteH1(),
    // Sets ids before Astro's heading-id plugin, which keeps them; anchors need the final id.
    headingAnchors(),
    // Order-free: only raw-HTML links that open a new tab.
    newTabLinks(),
    // Order-free: names the checkboxes of task lists.
    taskListLabels(),
    // Order-free: wraps each table in a named, focusable scroll region (wide tables on phones).
    tableScroll(),
  ];
}

/**
 * The Sätteri processor with Labbook's plugins, for `markdown.processor` (Markdown and MDX). Math
 * is parsed by Sätteri; prepare-source.ts rewrites admonitions and prose dollars before parsing.
 */
export function markdownProcessor(options: MarkdownOptions = {}) {
  return withPreparedSource(satteri({ mdastPlugins: mdastPlugins(options), hastPlugins: hastPlugins(options), features: MATH_FEATURES }), options.contentDir);
}
