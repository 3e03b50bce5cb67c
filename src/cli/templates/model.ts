import { yamlFlowList, yamlQuoted, yamlText } from './yaml.ts';
import { componentsHint } from './mdx-components.ts';

/** What a new model card starts with. */
export interface ModelTemplateInput {
  title: string;
  /** `support-intent-classifier`: shared by every version of the model. */
  modelName: string;
  /** `1.3.0`. */
  version: string;
  status: 'production' | 'staging' | 'archived';
  /** Empty: a TODO placeholder is written (the card starts as a draft). */
  owners: string[];
  /** HF task id, e.g. `text-classification`; undefined leaves a commented example. */
  task?: string;
  /** MDX has no HTML comments; its prompts are `{/* ... *\/}` expressions instead. */
  format: 'md' | 'mdx';
}

/** Placeholder for values the author still has to give; the file starts as a draft so it is never published. */
export const TODO = 'TODO';

/** Body sections in order, each with a prompt that does not show on the built page. The first three are required for a complete card. */
export const MODEL_SECTIONS: readonly (readonly [heading: string, hint: string])[] = [
  ['Intended use', 'What the model is for and who uses it; and what it must not be used for.'],
  ['Limitations', 'Where it fails or was never tested: languages, input lengths, known failure cases, leakage, noise in the numbers.'],
  ['Ethical considerations', 'Personal data in training, who is affected by mistakes, bias audit results and how they were measured.'],
  ['Training data', 'Datasets, time range, labelling, deduplication against the evaluation sets.'],
];

function comment(text: string, format: ModelTemplateInput['format']): string {
  return format === 'mdx' ? `{/* ${text} */}` : `<!-- ${text} -->`;
}

/**
 * A new model card: front matter that passes the model card schema, every field explained in a
 * YAML comment, `draft: true` until the TODOs are done, and the required sections as prompts.
 */
export function renderModelCard(input: ModelTemplateInput): string {
  const owners = input.owners.length ? input.owners : [TODO];
  const frontmatter = [
    '# A model card: Hugging Face model card metadata plus Labbook\'s own fields',
    '# (title, model_name, version, status, owners). Run `labbook new model --help` for the rules.',
    `title: ${yamlQuoted(input.title)}`,
    '# Not published while true. Delete this line once the TODOs below are done.',
    'draft: true',
    '# One sentence under the title: what the model decides, for whom.',
    `description: ${yamlQuoted(`${TODO}: what the model decides, for whom.`)}`,
    '# Shared by every version of this model. TILs and playbooks link here with `models: [name]`.',
    `model_name: ${yamlText(input.modelName)}`,
    '# This card\'s version, MAJOR.MINOR.PATCH with an optional -pre-release. One card per version;',
    '# the page compares its metrics with the previous version\'s card.',
    `version: ${yamlQuoted(input.version)}`,
    '# production (serving traffic), staging (being evaluated) or archived (retired).',
    `status: ${input.status}`,
    '# Who answers for the model: GitHub handles or team names.',
    `owners: ${yamlFlowList(owners)}`,
    '# Hugging Face metadata, all optional: https://huggingface.co/docs/hub/model-cards',
    '# license: apache-2.0',
    '# language: en               # or a list: [en, de]',
    '# base_model: distilroberta-base',
    '# library_name: transformers',
    input.task ? `pipeline_tag: ${yamlText(input.task)}` : '# pipeline_tag: text-classification   # the HF task; search shows it as the category',
    'tags: []',
    'datasets: []',
    'metrics: []',
    '# Evaluation results, one per task and dataset split, each metric value a number',
    '# (write 91.2% as 91.2 or 0.912). Versions are compared where task type, dataset',
    '# (type, name, config, split) and metric (type, config) match. The first metric of the',
    '# first result is the headline number on /models/.',
    'model-index:',
    `  - name: ${yamlText(input.modelName)}`,
    '    results: []',
    '    # results:',
    `    #   - task: { type: ${input.task ?? 'text-classification'}, name: Intent classification }`,
    '    #     dataset: { type: org/dataset, name: Dataset name, config: en, split: test }',
    '    #     metrics:',
    '    #       - { type: accuracy, value: 0.912 }',
    '    #       - { type: f1, value: 0.884, config: macro, name: Macro F1 }',
  ];
  const intro = comment('What the model is, in two or three sentences: architecture, inputs, outputs.', input.format);
  const sections = MODEL_SECTIONS.map(([heading, hint]) => `## ${heading}\n\n${comment(hint, input.format)}\n`);
  return ['---', ...frontmatter, '---', '', ...componentsHint(input.format), intro, '', sections.join('\n')].join('\n');
}
