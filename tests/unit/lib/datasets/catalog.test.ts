import { describe, expect, it } from 'vitest';
import { buildDatasetCatalog, datasetResolver, splitRows, type ModelUse } from '../../../../src/lib/datasets/catalog.ts';
import { datasetCardSchema } from '../../../../src/schemas/dataset-card.ts';

const card = (slug: string, data: Record<string, unknown>, body = '') => ({ slug, data: datasetCardSchema.parse({ title: slug, ...data }), body, entry: slug });
const model = (name: string, version: string | undefined, datasets: string[], evaluatedOn: string[] = []): ModelUse => ({
  title: `${name} ${version ?? ''}`.trim(), url: `/models/${name}-${version ?? 'x'}/`, model_name: name, version, datasets, evaluatedOn,
});

describe('datasetResolver: a model card\'s datasets: entry finds the dataset card', () => {
  const urlOf = datasetResolver([
    { slug: 'tickets', dataset_id: 'acme/tickets' },
    { slug: 'nested/reviews' },
    { slug: 'a/dup' },
    { slug: 'b/dup' },
  ]);
  it('by dataset_id, in any case', () => {
    expect(urlOf('acme/tickets')).toBe('/datasets/tickets/');
    expect(urlOf('ACME/Tickets')).toBe('/datasets/tickets/');
  });
  it('by file path or file name', () => {
    expect(urlOf('nested/reviews')).toBe('/datasets/nested/reviews/');
    expect(urlOf('reviews')).toBe('/datasets/nested/reviews/');
    expect(urlOf('other-org/reviews')).toBe('/datasets/nested/reviews/');
    expect(urlOf('tickets')).toBe('/datasets/tickets/');
  });
  it('not when the wiki has no such card, or two cards share the file name', () => {
    expect(urlOf('imagenet')).toBeUndefined();
    expect(urlOf('dup')).toBeUndefined();
    expect(urlOf('a/dup')).toBe('/datasets/a/dup/');
  });
});

describe('splitRows', () => {
  it('lists dataset_info splits, then splits configs names without counts', () => {
    const data = datasetCardSchema.parse({
      title: 'X',
      configs: [{ config_name: 'en', data_files: [{ split: 'train', path: 'a' }, { split: 'validation', path: 'b' }] }],
      dataset_info: [{ config_name: 'en', splits: [{ name: 'train', num_examples: 10 }] }],
    });
    expect(splitRows(data)).toEqual([{ config: 'en', split: 'train', examples: 10 }, { config: 'en', split: 'validation' }]);
  });
  it('drops a lone default config', () => {
    const data = datasetCardSchema.parse({ title: 'X', configs: [{ config_name: 'default', data_files: 'data/*.csv' }] });
    expect(splitRows(data)).toEqual([{ split: 'train' }]);
  });
});

describe('buildDatasetCatalog', () => {
  const catalog = buildDatasetCatalog(
    [
      card('tickets', { dataset_id: 'acme/tickets', dataset_info: { splits: [{ name: 'train', num_examples: 10 }, { name: 'test', num_examples: 5 }] } }),
      card('fresh', { dataset_info: { splits: [{ name: 'october' }] } }),
    ],
    [model('intent', '1.3.0', ['acme/tickets'], ['acme/tickets', 'fresh']), model('intent', '1.2.0', ['acme/tickets']), model('ranker', undefined, [], ['tickets'])],
  );
  const [fresh, tickets] = catalog.cards;
  it('lists the model cards that use each dataset, and how', () => {
    expect(tickets?.usedBy.map((user) => [user.model_name, user.version, user.how])).toEqual([
      ['intent', '1.3.0', 'trained and evaluated'],
      ['intent', '1.2.0', 'trained'],
      ['ranker', undefined, 'evaluated'],
    ]);
    expect(fresh?.usedBy.map((user) => user.how)).toEqual(['evaluated']);
  });
  it('totals examples only when every split states them', () => {
    expect(tickets?.totalExamples).toBe(15);
    expect(fresh?.totalExamples).toBeUndefined();
  });
  it('marks a card without sections incomplete', () => {
    expect(tickets?.missing).toHaveLength(7);
  });
});

describe('dataset card URLs (the registry entry every link rule uses)', () => {
  it('publishes datasets/<path>.md at /datasets/<path>/, dots as dashes, and refuses a name without letters', async () => {
    const { urlOf } = await import('../../../../src/lib/validate-content.ts');
    expect(urlOf('datasets/support-tickets.md')).toEqual({ url: '/datasets/support-tickets/' });
    expect(urlOf('datasets/acme/tickets.v2.mdx')).toEqual({ url: '/datasets/acme/tickets-v2/' });
    expect(urlOf('datasets/---.md').problem?.message).toContain('e.g. datasets/support-tickets.md');
  });
});
