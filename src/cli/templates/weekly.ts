import { markdownText } from './markdown-text.ts';
import { yamlQuoted } from './yaml.ts';

/** One bullet of a weekly summary. */
export interface WeeklyItem {
  title: string;
  takeaway?: string;
}

/** A category heading and its notes, in the order they are shown. */
export interface WeeklySection {
  category: string;
  items: WeeklyItem[];
}

/** What a weekly summary is made from. */
export interface WeeklyTemplateInput {
  /** `2026-W47`. */
  week: string;
  /** Monday and Sunday of the week, `YYYY-MM-DD`. */
  range: { start: string; end: string };
  /** Already grouped and ordered; empty for a week without TILs. */
  sections: WeeklySection[];
}

/** The text of a weekly summary for a person to edit: intro prompt, then one section per category. */
export function renderWeekly(input: WeeklyTemplateInput): string {
  const head = [
    '---',
    `title: ${yamlQuoted(`Week ${input.week}`)}`,
    `week: ${input.week}`,
    '---',
    '',
    '<!-- Intro: two or three sentences on the week. What shipped, what broke, what should everyone read? -->',
    '',
  ];
  if (input.sections.length === 0) {
    const { start, end } = input.range;
    return [...head, `<!-- No TILs in ${input.week} (${start} to ${end}). Add highlights by hand. -->`, ''].join('\n');
  }
  const sections = input.sections.map(({ category, items }) => {
    const bullets = items.map(
      ({ title, takeaway }) => `- **${markdownText(title)}**: ${takeaway ? markdownText(takeaway) : '(no takeaway)'}`,
    );
    return [`## ${markdownText(category)}`, '', ...bullets, ''].join('\n');
  });
  return [...head, sections.join('\n')].join('\n');
}
