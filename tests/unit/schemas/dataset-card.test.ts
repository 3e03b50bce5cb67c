import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../../src/lib/frontmatter.ts';
import { datasetCardSchema } from '../../../src/schemas/dataset-card.ts';

const fixture = (name: string) => parseFrontmatter(readFileSync(new URL(`../../fixtures/site/datasets/${name}.md`, import.meta.url), 'utf8')).data;

describe('datasetCardSchema', () => {
  it('reads Hugging Face metadata in its natural forms: one text, a comma line or a list', () => {
    const card = datasetCardSchema.parse(fixture('tickets'));
    expect(card.license).toEqual(['cc-by-nc-4.0']);
    expect(card.language).toEqual(['en', 'de']);
    expect(card.task_categories).toEqual(['text-classification']);
    expect(card.size_categories).toEqual(['10K<n<100K']);
    expect(card.multilinguality).toEqual(['multilingual']);
    expect(card.owners).toEqual(['data-platform', 'mira-k']);
    expect(card.configs.map((config) => config.config_name)).toEqual(['en', 'de']);
  });

  it('reads num_examples written 4600, "4,600" or 9_800 as whole numbers', () => {
    const card = datasetCardSchema.parse(fixture('tickets'));
    expect(card.dataset_info.flatMap((info) => info.splits.map((split) => split.num_examples))).toEqual([41200, 4600, 9800]);
    expect(datasetCardSchema.safeParse({ title: 'X', dataset_info: { splits: [{ name: 'train', num_examples: 'many' }] } }).error?.issues[0]?.message).toBe(
      'expected num_examples as a whole number, e.g. 12000',
    );
  });

  it('reads one dataset_info object as a list of one', () => {
    const card = datasetCardSchema.parse(fixture('tickets-fresh'));
    expect(card.dataset_info).toEqual([{ splits: [{ name: 'october', num_examples: 812 }] }]);
  });

  it('leaves what a card does not state undefined, never invented', () => {
    const card = datasetCardSchema.parse({ title: 'Bare' });
    expect([card.license, card.language, card.owners, card.dataset_id, card.size_categories, card.annotations_creators]).toEqual([
      undefined, undefined, undefined, undefined, undefined, undefined,
    ]);
    expect([card.tags, card.configs, card.dataset_info]).toEqual([[], [], []]);
  });

  it('keeps other tools\' keys and fails a near-typo of a known one with "did you mean"', () => {
    expect(datasetCardSchema.safeParse({ title: 'X', paperswithcode_id: 'squad', viewer: false }).success).toBe(true);
    const typo = datasetCardSchema.safeParse({ title: 'X', task_categorie: ['text-classification'] });
    expect(typo.error?.issues[0]?.message).toContain('did you mean "task_categories"');
  });

  it('rejects a dataset_id with spaces, naming the expected form', () => {
    expect(datasetCardSchema.safeParse({ title: 'X', dataset_id: 'acme tickets' }).error?.issues[0]?.message).toContain('e.g. ferrite/support-tickets');
  });
});
