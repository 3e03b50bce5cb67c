import { yamlFlowList, yamlQuoted, yamlText } from './yaml.ts';
import { componentsHint } from './mdx-components.ts';

/** What a new TIL starts with. */
export interface TilTemplateInput {
  title: string;
  /** `YYYY-MM-DD`, the same day as the file name. */
  date: string;
  category?: string;
  tags: string[];
  /** GitHub handles (or names) of who writes it; empty leaves `authors: []` to fill in. */
  authors: string[];
  /** MDX has no HTML comments; its prompts are `{/* ... *\/}` expressions instead. */
  format: 'md' | 'mdx';
}

/** Body sections in order, each with a one-line prompt that does not show on the built page. */
export const TIL_SECTIONS: readonly (readonly [heading: string, hint: string])[] = [
  ['Symptoms', 'What did you see? Error messages, graphs, numbers.'],
  ['Diagnosis', 'How did you narrow it down? Commands, logs, what you ruled out.'],
  ['Root cause', 'What was actually wrong, and why did it behave that way?'],
  [
    'Key takeaway',
    'The lesson in one sentence. Also copy it into the front matter as `takeaway:` to show it on top and in weekly summaries.',
  ],
];

/** A comment that stays in the source but not on the page, in the syntax of the format. */
function comment(text: string, format: TilTemplateInput['format']): string {
  return format === 'mdx' ? `{/* ${text} */}` : `<!-- ${text} -->`;
}

/**
 * The text of a new TIL: front matter that passes the TIL schema, then the section prompts.
 * `takeaway:` starts empty (read as not stated until the lesson is written in).
 */
export function renderTil(input: TilTemplateInput): string {
  const frontmatter = [
    `title: ${yamlQuoted(input.title)}`,
    `date: ${input.date}`,
    ...(input.category === undefined ? [] : [`category: ${yamlText(input.category)}`]),
    `tags: ${yamlFlowList(input.tags)}`,
    'keywords: []',
    'issues: []',
    `authors: ${yamlFlowList(input.authors)}`,
    '# The lesson in one sentence, shown on top of the note and in weekly summaries.',
    'takeaway:',
  ];
  const sections = TIL_SECTIONS.map(([heading, hint]) => `## ${heading}\n\n${comment(hint, input.format)}\n`);
  return ['---', ...frontmatter, '---', '', ...componentsHint(input.format), sections.join('\n')].join('\n');
}
