import { describe, expect, it } from 'vitest';
import { involvementByModel } from '../../../../src/lib/models/involvement.ts';

describe('involvementByModel', () => {
  it('maps each model name to the TILs and playbooks naming it, in the order given, each once', () => {
    const tils = [
      { slug: 'new', models: ['intent', 'reranker'] },
      { slug: 'daily-log-entry' }, // no models field
      { slug: 'old', models: ['intent', 'intent'] },
    ];
    const playbooks = [{ slug: 'latency', models: ['intent'] }, { slug: 'disk', models: [] }];
    const index = involvementByModel(tils, playbooks);
    expect([...index.keys()].sort()).toEqual(['intent', 'reranker']);
    expect(index.get('intent')?.tils.map((t) => t.slug)).toEqual(['new', 'old']);
    expect(index.get('intent')?.playbooks.map((p) => p.slug)).toEqual(['latency']);
    expect(index.get('reranker')).toEqual({ tils: [tils[0]], playbooks: [] });
  });
});
