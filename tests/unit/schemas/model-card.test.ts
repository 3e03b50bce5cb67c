import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../../src/lib/frontmatter.ts';
import { knownKeysAt, misspeltKey, schemaProblems } from '../../../src/lib/schema-problems.ts';
import { modelCardSchema } from '../../../src/schemas/model-card.ts';

/** A valid card's front matter with two results; `extra` lines are appended, `replace` swaps lines. */
const CARD = `title: Support intent classifier v1.3.0
model_name: support-intent-classifier
version: 1.3.0
status: production
owners: [mira-k, ml-platform]
license: apache-2.0
language: en
tags: [intent, support]
datasets: [ferrite/support-tickets]
metrics: [accuracy, f1]
base_model: distilroberta-base
pipeline_tag: text-classification
library_name: transformers
widget:
  - text: My card was charged twice
co2_eq_emissions: 1.2
model-index:
  - name: support-intent-classifier
    results:
      - task: { type: text-classification, name: Intent classification }
        dataset: { type: ferrite/support-tickets, name: Support tickets, config: en, split: test }
        metrics:
          - { type: accuracy, value: 0.924 }
          - { type: f1, value: 0.901, config: macro, name: Macro F1, verified: false }
      - task: { type: text-classification }
        dataset: { type: ferrite/support-tickets-fresh, name: Fresh sample, split: validation }
        metrics:
          - { type: accuracy, value: 0.887 }`;

/** Problems of a card's front matter as the build prints them: `path: message`, with the line. */
function check(yaml: string) {
  const { data, keyLines } = parseFrontmatter(`---\n${yaml}\n---\n`);
  const result = modelCardSchema.safeParse(data);
  if (result.success) return { data: result.data, problems: [] };
  return { data: undefined, problems: schemaProblems(result.error, { code: 'frontmatter-field', file: 'models/card.md', data, keyLines }).map((p) => `${p.line ?? '-'}: ${p.message}`) };
}

describe('model card schema', () => {
  it('accepts Hugging Face metadata, keeps unknown HF keys, and reads one-or-many fields as lists', () => {
    const { data, problems } = check(CARD);
    expect(problems).toEqual([]);
    expect(data).toMatchObject({
      model_name: 'support-intent-classifier',
      version: '1.3.0',
      status: 'production',
      language: ['en'],
      base_model: ['distilroberta-base'],
      draft: false,
      widget: [{ text: 'My card was charged twice' }],
      co2_eq_emissions: 1.2,
    });
    expect(data?.['model-index'][0]?.results).toHaveLength(2);
    expect(data?.['model-index'][0]?.results[0]?.metrics[1]).toEqual({ type: 'f1', value: 0.901, config: 'macro', name: 'Macro F1', verified: false });
  });

  it('names the exact field path of a wrong type inside model-index', () => {
    const yaml = CARD.replace('- { type: accuracy, value: 0.887 }', '- { type: accuracy, value: "88.7%" }');
    expect(check(yaml).problems).toEqual([
      '18: model-index[0].results[1].metrics[0].value: expected a number such as 0.912 (not text: write 91.2% as 91.2), received "88.7%"',
    ]);
  });

  it.each([
    ['version: 1.3', 'version: expected a version written MAJOR.MINOR.PATCH, e.g. "1.3.0", received 1.3'],
    ['version: v1.3.0', 'version: expected a version written MAJOR.MINOR.PATCH with an optional -pre-release, e.g. 1.3.0 or 2.0.0-rc.1, received "v1.3.0"'],
    ['version: 01.3.0', 'version: expected a version written MAJOR.MINOR.PATCH with an optional -pre-release, e.g. 1.3.0 or 2.0.0-rc.1, received "01.3.0"'],
    ['status: live', 'status: expected production, staging or archived, received "live"'],
    ['owners: []', 'owners: expected at least one owner, e.g. [mira-k], received []'],
    ['model_name: support intent', 'model_name: expected a name of letters, digits and . _ / - (no spaces), e.g. support-intent-classifier, received "support intent"'],
    ['language: 3', 'language: expected a language code or a list of them, e.g. [en, de], received 3'],
    ['language: { en: true }', 'language: expected a language code or a list of them, e.g. [en, de], received {"en":true}'],
  ])('rejects %s', (line, message) => {
    const key = line.slice(0, line.indexOf(':'));
    const yaml = CARD.split('\n').map((l) => (l.startsWith(`${key}:`) ? line : l)).join('\n');
    expect(check(yaml).problems.map((p) => p.replace(/^\d+: /, ''))).toEqual([message]);
  });

  it.each<[string, string, unknown]>([
    ['language: en, de', 'language', ['en', 'de']],
    ['tags: intent, support', 'tags', ['intent', 'support']],
    ['owners: mira-k, ml-platform', 'owners', ['mira-k', 'ml-platform']],
    ['base_model: distilroberta-base', 'base_model', ['distilroberta-base']],
  ])('reads %s as a list', (line, key, expected) => {
    const yaml = CARD.split('\n').map((l) => (l.startsWith(`${key}:`) ? line : l)).join('\n');
    const { data, problems } = check(yaml);
    expect(problems).toEqual([]);
    expect((data as Record<string, unknown> | undefined)?.[key]).toEqual(expected);
  });

  it('accepts a card that states no version, status, owners or model_name, leaving them not stated', () => {
    const { data, problems } = check('title: Support Intent Classifier');
    expect(problems).toEqual([]);
    expect(data).toMatchObject({ model_name: 'support-intent-classifier' });
    expect([data?.version, data?.status, data?.owners]).toEqual([undefined, undefined, undefined]);
  });

  it('accepts a pre-release version', () => {
    expect(check(CARD.replace('version: 1.3.0', 'version: 2.0.0-rc.1')).problems).toEqual([]);
  });

  it('requires Labbook fields and reports a misspelt one next to what it caused', () => {
    const yaml = CARD.replace('owners: [mira-k, ml-platform]', 'owner: [mira-k]').replace('model-index:', 'model_index:');
    expect(check(yaml).problems).toEqual([
      '6: owner: unknown field: did you mean "owners"? Rename it (keys Labbook does not know are kept for other tools, but this one looks like a typo).',
      '18: model_index: unknown field: did you mean "model-index"? Rename it (keys Labbook does not know are kept for other tools, but this one looks like a typo).',
    ]);
  });

  it('rejects a metric repeated in one result and a result repeated in one card', () => {
    const yaml = CARD.replace('- { type: accuracy, value: 0.887 }', '- { type: accuracy, value: 0.887 }\n          - { type: accuracy, value: 0.9 }').replace(
      'dataset: { type: ferrite/support-tickets-fresh, name: Fresh sample, split: validation }',
      'dataset: { type: ferrite/support-tickets, name: Support tickets, config: en, split: test }',
    );
    expect(check(yaml).problems.map((p) => p.replace(/, received .*$/, ''))).toEqual([
      '18: model-index[0].results[1].metrics[1].type: repeats metrics[0] (same type and config); give one a config or remove it',
      '18: model-index[0].results[1].dataset: repeats model-index[0].results[0] (same task, dataset, config and split); merge their metrics',
    ]);
    const once = yaml.replace('\n          - { type: accuracy, value: 0.9 }', '');
    expect(check(once).problems.map((p) => p.replace(/, received .*$/, ''))).toEqual([
      '18: model-index[0].results[1].dataset: repeats model-index[0].results[0] (same task, dataset, config and split); merge their metrics',
    ]);
  });

  it('requires task, dataset name and at least one metric in a result', () => {
    const yaml = CARD.replace('      - task: { type: text-classification }\n', '      - dataset_note: x\n')
      .replace('name: Fresh sample, ', '')
      .replace('          - { type: accuracy, value: 0.887 }', '          []');
    const problems = check(yaml.replace('        metrics:\n          []', '        metrics: []')).problems.map((p) => p.replace(/, received .*$/, ''));
    expect(problems).toEqual([
      '18: model-index[0].results[1].task: required: expected the task as { type: text-classification, name: ... }',
      '18: model-index[0].results[1].dataset.name: required: expected a dataset name as text',
      '18: model-index[0].results[1].metrics: expected at least one metric',
    ]);
  });
});

describe('misspeltKey', () => {
  it.each([
    ['owner', 'owners'],
    ['stauts', 'status'],
    ['verison', 'version'],
    ['model_index', 'model-index'],
    ['pipline_tag', 'pipeline_tag'],
    ['Model-Name', 'model_name'],
    ['widget', undefined],
    ['co2_eq_emissions', undefined],
    ['thumbnail', undefined],
    ['new_version', undefined],
    ['model_type', undefined],
    ['license_name', undefined],
    ['owners', undefined],
  ])('%s -> %s', (key, expected) => {
    expect(misspeltKey(key, knownKeysAt(modelCardSchema, []))).toBe(expected);
  });
});
