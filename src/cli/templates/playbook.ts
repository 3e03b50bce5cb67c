import type { Severity } from '../../schemas/playbook.ts';
import { TODO } from './model.ts';
import { yamlFlowList, yamlQuoted, yamlText } from './yaml.ts';
import { componentsHint } from './mdx-components.ts';

/** What a new playbook starts with. */
export interface PlaybookTemplateInput {
  title: string;
  /** Undefined: a TODO placeholder (the playbook starts as a draft). */
  service?: string;
  severity: Severity;
  /** Empty: a TODO placeholder. */
  owners: string[];
  /** `model_name`s of model cards this incident involves. */
  models: string[];
  /** `YYYY-MM-DD`: today, since writing it is a review. */
  reviewed: string;
  format: 'md' | 'mdx';
}

/** Body sections in order, each with a prompt that does not show on the built page. */
export const PLAYBOOK_SECTIONS: readonly (readonly [heading: string, hint: string])[] = [
  ['Symptoms', 'The alert that fires, what users and dashboards show. Quote alert names and error messages exactly, so search finds them.'],
  ['Diagnosis', 'Numbered steps to find which case this is: dashboards, commands, what each answer means.'],
  ['Mitigation', 'How to stop the bleeding first: scale, fail over, disable a feature. Commands to copy.'],
  ['Rollback', 'How to return to the last good model or config, and how to confirm it worked.'],
  ['Escalation', 'When to page the next person in the escalation list, and who else to tell (status page, support).'],
];

function comment(text: string, format: PlaybookTemplateInput['format']): string {
  return format === 'mdx' ? `{/* ${text} */}` : `<!-- ${text} -->`;
}

/**
 * A new playbook: front matter that passes the playbook schema, every field explained in a YAML
 * comment, `draft: true` until the TODOs are done, and the incident sections as prompts.
 */
export function renderPlaybook(input: PlaybookTemplateInput): string {
  const frontmatter = [
    '# An incident playbook. Every field is checked; run `labbook new playbook --help` for the rules.',
    `title: ${yamlQuoted(input.title)}`,
    '# Not published while true. Delete this line once the TODOs below are done.',
    'draft: true',
    '# One sentence under the title: when to open this playbook.',
    `description: ${yamlQuoted(`${TODO}: open this when ...`)}`,
    '# The service the incident is about; /playbooks/ groups by it.',
    `service: ${input.service ? yamlText(input.service) : yamlQuoted(`${TODO}-service`)}`,
    '# SEV1 (customer-facing outage, page now) to SEV4 (cosmetic, file a ticket).',
    `severity: ${input.severity}`,
    '# Who keeps this playbook true: GitHub handles or team names.',
    `owners: ${yamlFlowList(input.owners.length ? input.owners : [TODO])}`,
    '# Who to page, in this order. role: primary, secondary, engineering manager...;',
    '# contact: a rotation, a handle or a team; via (optional): how to reach them.',
    'escalation:',
    `  - { role: primary, contact: ${yamlQuoted(`${TODO}: on-call rotation`)}, via: ${yamlQuoted(`${TODO}: PagerDuty service`)} }`,
    `  - { role: secondary, contact: ${yamlQuoted(`${TODO}: backup`)} }`,
    '# The day someone last checked every step against reality (YYYY-MM-DD). After',
    '# playbookReviewDays (labbook.yaml, default 180) /playbooks/ flags it as overdue.',
    `reviewed: ${input.reviewed}`,
    '# model_name of each model card this incident involves; the cards list this playbook.',
    `models: ${yamlFlowList(input.models)}`,
    'tags: []',
  ];
  const sections = PLAYBOOK_SECTIONS.map(([heading, hint]) => `## ${heading}\n\n${comment(hint, input.format)}\n`);
  return ['---', ...frontmatter, '---', '', ...componentsHint(input.format), sections.join('\n')].join('\n');
}
