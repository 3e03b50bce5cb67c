import { LAYOUT_SUMMARIES, type LayoutName } from '../../lib/content/layouts.ts';
import { yamlText } from './yaml.ts';

/** What `labbook init` writes into labbook.yaml. */
export interface SiteConfigInput {
  title: string;
  /** `owner/name`; when unknown the key is left as a comment to fill in. */
  repo?: string;
  /** The branch links open, when it is not `main` (the default). */
  branch?: string;
  layout: LayoutName;
}

/** A starting labbook.yaml: each key under a comment that says what it is. */
export function renderSiteConfig(input: SiteConfigInput): string {
  const lines = [
    "# Labbook's settings for this folder; every key is explained in Labbook's README, section labbook.yaml.",
    '# Site name, shown in the header and the browser tab.',
    `title: ${yamlText(input.title)}`,
    '# GitHub repository owner/name: "edit this page" and issue links point there.',
    input.repo ? `repo: ${input.repo}` : '# repo: owner/name',
  ];
  if (input.branch && input.branch !== 'main') lines.push('# Branch that "edit this page" and repository-file links open.', `branch: ${yamlText(input.branch)}`);
  // The default layout needs no line; any other is written out so the site never depends on a guess.
  if (input.layout !== 'labbook') lines.push(`# Where the notes are: ${input.layout} = ${LAYOUT_SUMMARIES[input.layout]}.`, `layout: ${input.layout}`);
  return `${lines.join('\n')}\n`;
}
