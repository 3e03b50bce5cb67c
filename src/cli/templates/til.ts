import { yamlFlowList, yamlQuoted, yamlText } from './yaml.ts';
import { componentsHint } from './mdx-components.ts';
import { markdownText } from './markdown-text.ts';

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

/** What a new entry of a daily log starts with: the day, icon and authors belong to its file. */
export type TilEntryInput = Pick<TilTemplateInput, 'title' | 'category' | 'tags'>;

/** Prompts of a daily-log entry where they differ from a note's: its takeaway is a line, not front matter. */
const ENTRY_HINTS: Readonly<Record<string, string>> = {
  'Key takeaway': 'The lesson in one sentence, on a line starting **Key Takeaway:**, shown on top of the note and in weekly summaries.',
};

/**
 * A TIL as one entry of a daily log (src/lib/daily-log.ts): `### [Category] Title`, the section
 * prompts one level down (a `##` would end the entry), then `Tags:` and a prompt for the optional
 * lines. The title is escaped so Markdown shows it as written; a trailing ` #` is kept, not read as
 * the heading's closing sequence. The category is assumed free of brackets (the caller checks).
 */
export function renderTilEntry(input: TilEntryInput): string {
  const title = markdownText(input.title).replace(/(\s)(#+\s*)$/, '$1\\$2');
  const heading = `### ${input.category === undefined ? '' : `[${markdownText(input.category)}] `}${title}`;
  const sections = TIL_SECTIONS.map(([name, hint]) => `#### ${name}\n\n${comment(ENTRY_HINTS[name] ?? hint, 'md')}\n`);
  const tags = input.tags.length ? [`Tags: ${input.tags.join(', ')}`, ''] : [];
  return [heading, '', ...sections, ...tags, comment('Optional lines: "Keywords: a, b" (search terms) and "Related to #42" (an issue).', 'md'), ''].join('\n');
}

/**
 * A new daily log holding one entry: front matter only for the day's `authors` (when known), the
 * `## YYYY-MM-DD` heading, then the entry.
 */
export function renderDailyLog(date: string, authors: string[], entry: string): string {
  const front = authors.length ? ['---', `authors: ${yamlFlowList(authors)}`, '---'] : [];
  return [...front, `## ${date}`, '', entry].join('\n');
}
