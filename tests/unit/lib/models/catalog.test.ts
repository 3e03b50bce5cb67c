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

describe('model cards that do not state a version, status or owners', () => {
  const bare = (slug: string, front: Record<string, unknown>): ModelCardInput<string> => ({ slug, data: modelCardSchema.parse(front), body: COMPLETE, entry: slug });
  const catalog = buildModelCatalog([
    bare('intent-notes', { title: 'Intent notes', model_name: 'intent' }),
    card('intent-v1-2-0', 'intent', '1.2.0', 0.9),
    bare('intent-draft', { title: 'Intent draft', model_name: 'intent' }),
    card('intent-v1-3-0', 'intent', '1.3.0', 0.95),
  ]);
  const cards = catalog.models[0]?.cards ?? [];

  it('builds, sorting versioned cards newest first and unversioned ones after them by slug', () => {
    expect(cards.map((c) => [c.slug, c.version])).toEqual([
      ['intent-v1-3-0', '1.3.0'],
      ['intent-v1-2-0', '1.2.0'],
      ['intent-draft', undefined],
      ['intent-notes', undefined],
    ]);
    expect(catalog.latestUrl('intent')).toBe('/models/intent-v1-3-0/');
  });

  it('skips unversioned cards in version deltas', () => {
    expect(cards.map((c) => c.previous?.version)).toEqual(['1.2.0', undefined, undefined, undefined]);
    expect(cards.map((c) => c.results[0]?.metrics[0]?.change?.kind)).toEqual(['delta', undefined, undefined, undefined]);
  });

  it('leaves version, status and owners undefined rather than inventing them', () => {
    const notes = cards.find((c) => c.slug === 'intent-notes');
    expect([notes?.version, notes?.status, notes?.owners]).toEqual([undefined, undefined, undefined]);
    expect(notes?.versions.find((v) => v.url === notes.url)).toEqual({ url: '/models/intent-notes/' });
  });
});

describe('model_name when the card does not state it', () => {
  it.each([
    ['Support Intent Classifier', 'support-intent-classifier'],
    ['Passage re-ranker (ONNX)', 'passage-re-ranker-onnx'],
    ['Modèle été', 'modele-ete'],
    ['org/model v2', 'org/model-v2'],
    ['意図分類', '意図分類'],
  ])('the title %j gives %j', (title, name) => {
    expect(modelCardSchema.parse({ title }).model_name).toBe(name);
  });

  it('keeps a stated model_name', () => {
    expect(modelCardSchema.parse({ title: 'Anything', model_name: 'intent' }).model_name).toBe('intent');
  });
});
