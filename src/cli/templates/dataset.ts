import { componentsHint } from './mdx-components.ts';
import { TODO } from './model.ts';
import { yamlFlowList, yamlQuoted, yamlText } from './yaml.ts';

/** What a new dataset card starts with. */
export interface DatasetTemplateInput {
  title: string;
  /** `acme/support-tickets`: what model cards write in `datasets:`. */
  datasetId: string;
  /** Empty: a TODO placeholder is written (the card starts as a draft). */
  owners: string[];
  /** HF task category, e.g. `text-classification`; undefined leaves a commented example. */
  task?: string;
  /** MDX has no HTML comments; its prompts are `{/* ... *\/}` expressions instead. */
  format: 'md' | 'mdx';
}

/**
 * Body sections in order: the seven questions of "Datasheets for Datasets" (Gebru et al.), each
 * with a prompt that does not show on the built page. All seven are required for a complete card
 * (src/lib/datasets/completeness.ts); a section with only its prompt is not filled.
 */
export const DATASET_SECTIONS: readonly (readonly [heading: string, hint: string])[] = [
  ['Motivation', 'Why was the dataset created, for which task, by whom, and who paid for it?'],
  ['Composition', 'What is one instance, how many are there, which fields and labels, what is missing, is anything confidential or personal, how are the splits made?'],
  ['Collection process', 'How was the data acquired, over which time frame, by whom; was it sampled, and did the people in it consent?'],
  ['Preprocessing, cleaning, labeling', 'What was removed, masked or normalised; how were labels made and checked (agreement)? Is the raw data kept?'],
  ['Uses', 'What has it been used for, what should it be used for, and what must it not be used for?'],
  ['Distribution', 'Who may get it, how, under which license; are there export or third-party restrictions?'],
  ['Maintenance', 'Who maintains it, how to report a problem, how often it is updated, and how old versions are kept.'],
];

function comment(text: string, format: DatasetTemplateInput['format']): string {
  return format === 'mdx' ? `{/* ${text} */}` : `<!-- ${text} -->`;
}

/**
 * A new dataset card: front matter that passes the dataset card schema, every field explained in a
 * YAML comment, `draft: true` until the TODOs are done, and the datasheet sections as prompts.
 */
export function renderDatasetCard(input: DatasetTemplateInput): string {
  const owners = input.owners.length ? input.owners : [TODO];
  const frontmatter = [
    '# A dataset card: Hugging Face dataset card metadata plus Labbook\'s own fields',
    '# (title, dataset_id, owners). Run `labbook new dataset --help` for the rules.',
    `title: ${yamlQuoted(input.title)}`,
    '# Not published while true. Delete this line once the TODOs below are done.',
    'draft: true',
    '# One sentence under the title: what the data is and where it comes from.',
    `description: ${yamlQuoted(`${TODO}: what the data is, where it comes from.`)}`,
    '# What model cards write in `datasets:` to link here (the file name works too).',
    `dataset_id: ${yamlText(input.datasetId)}`,
    '# Who answers for the data: GitHub handles or team names.',
    `owners: ${yamlFlowList(owners)}`,
    '# Hugging Face metadata, all optional (not stated is shown as not stated):',
    '# https://huggingface.co/docs/hub/datasets-cards',
    '# license: cc-by-4.0',
    '# language: [en, de]',
    input.task ? `task_categories: [${yamlText(input.task)}]` : '# task_categories: [text-classification]',
    '# task_ids: [intent-classification]',
    '# size_categories: 10K<n<100K      # n<1K, 1K<n<10K, 10K<n<100K, 100K<n<1M, ...',
    '# source_datasets: [original]      # or the ids of the datasets it extends',
    '# annotations_creators: [expert-generated]   # crowdsourced, found, machine-generated, no-annotation',
    '# language_creators: [found]',
    '# multilinguality: monolingual',
    'tags: []',
    '# Splits and their sizes, one entry per config; the page shows them as a table.',
    '# dataset_info:',
    '#   splits:',
    '#     - { name: train, num_examples: 41200 }',
    '#     - { name: test, num_examples: 4600 }',
  ];
  const intro = comment('What the dataset is, in two or three sentences.', input.format);
  const sections = DATASET_SECTIONS.map(([heading, hint]) => `## ${heading}\n\n${comment(hint, input.format)}\n`);
  return ['---', ...frontmatter, '---', '', ...componentsHint(input.format), intro, '', sections.join('\n')].join('\n');
}
