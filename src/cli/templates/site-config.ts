import type { LayoutName } from '../../lib/content/layouts.ts';
import { yamlText } from './yaml.ts';

/** What `labbook init` writes into labbook.yaml. */
export interface SiteConfigInput {
  title: string;
  /** `owner/name`; when unknown the key is left as a comment to fill in. */
  repo?: string;
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
  // The default layout needs no line; any other is written out so the site never depends on a guess.
  if (input.layout === 'diary') {
    lines.push('# Where the notes are: diary = daily logs and notes in TILs/, weekly summaries in TILs/WEEKLY/, docs/.', 'layout: diary');
  }
  return `${lines.join('\n')}\n`;
}
