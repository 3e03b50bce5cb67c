import { describe, expect, it } from 'vitest';
import { buildModelCatalog, type ModelCardInput } from '../../../../src/lib/models/catalog.ts';
import { modelCardSchema } from '../../../../src/schemas/model-card.ts';

const COMPLETE = '## Intended use\n\n## Limitations\n\n## Ethical considerations\n';

function card(slug: string, name: string, version: string, accuracy: number, body = COMPLETE): ModelCardInput<string> {
  const data = modelCardSchema.parse({
    title: `${name} ${version}`,
    model_name: name,
    version,
    status: 'production',
    owners: ['a'],
    'model-index': [{ name, results: [{ task: { type: 'text-classification' }, dataset: { type: 'd', name: 'D', split: 'test' }, metrics: [{ type: 'accuracy', value: accuracy }] }] }],
  });
  return { slug, data, body, entry: slug };
}

describe('buildModelCatalog', () => {
  // Given out of order, with a pre-release between releases.
  const catalog = buildModelCatalog([
    card('intent-v1-10-0', 'intent', '1.10.0', 0.95),
    card('reranker', 'reranker', '2.0.0', 0.7, '## Limitations\n'),
    card('intent-v1-2-0', 'intent', '1.2.0', 0.9),
    card('intent-v1-10-0-rc-1', 'intent', '1.10.0-rc.1', 0.93),
  ]);
  const intent = catalog.models.find((m) => m.name === 'intent');

  it('groups cards by model_name, models alphabetical, versions newest first by SemVer', () => {
    expect(catalog.models.map((m) => [m.name, m.cards.map((c) => c.version)])).toEqual([
      ['intent', ['1.10.0', '1.10.0-rc.1', '1.2.0']],
      ['reranker', ['2.0.0']],
    ]);
  });

  it('links each version to its neighbours and to the newest, and lists all versions on every card', () => {
    const [v1100, rc, v120] = intent?.cards ?? [];
    expect([v1100?.previous?.version, v1100?.next?.version]).toEqual(['1.10.0-rc.1', undefined]);
    expect([rc?.previous?.version, rc?.next?.version]).toEqual(['1.2.0', '1.10.0']);
    expect([v120?.previous?.version, v120?.next?.version]).toEqual([undefined, '1.10.0-rc.1']);
    for (const c of intent?.cards ?? []) {
      expect(c.latest).toEqual({ version: '1.10.0', url: '/models/intent-v1-10-0/', status: 'production' });
      expect(c.versions.map((v) => v.url)).toEqual(['/models/intent-v1-10-0/', '/models/intent-v1-10-0-rc-1/', '/models/intent-v1-2-0/']);
    }
  });

  it('compares each card with the previous version only', () => {
    const changes = intent?.cards.map((c) => c.results[0]?.metrics[0]?.change);
    expect(changes).toEqual([
      { kind: 'delta', diff: 0.02, text: '+0.02', verdict: 'better' },
      { kind: 'delta', diff: 0.03, text: '+0.03', verdict: 'better' },
      undefined,
    ]);
  });

  it('gives the headline metric, completeness and URLs', () => {
    const reranker = catalog.models[1]?.cards[0];
    expect(reranker).toMatchObject({ url: '/models/reranker/', headline: { label: 'accuracy', value: 0.7, where: 'D · test' }, missing: ['Intended use', 'Ethical considerations'], entry: 'reranker' });
    expect(intent?.cards[0]?.missing).toEqual([]);
    expect(catalog.latestUrl('intent')).toBe('/models/intent-v1-10-0/');
    expect(catalog.latestUrl('unknown')).toBeUndefined();
  });
});
