import { describe, expect, it } from 'vitest';
import { decimalsOf, headlineMetric, metricChange, resultTables } from '../../../../src/lib/models/results.ts';
import type { ModelCard } from '../../../../src/schemas/model-card.ts';

type Index = ModelCard['model-index'];

const test = { type: 'ferrite/tickets', name: 'Support tickets', config: 'en', split: 'test' };
const fresh = { type: 'ferrite/tickets-fresh', name: 'Fresh sample', split: '2026-10' };
const task = { type: 'text-classification', name: 'Intent classification' };

const v120: Index = [
  {
    name: 'intent',
    results: [
      { task, dataset: test, metrics: [{ type: 'accuracy', value: 0.948 }, { type: 'f1', value: 0.931, config: 'macro', name: 'Macro F1' }, { type: 'latency_p95_ms', value: 14.2 }] },
      { task, dataset: fresh, metrics: [{ type: 'accuracy', value: 0.861 }, { type: 'coverage', value: 0.7 }] },
    ],
  },
];
const v130: Index = [
  {
    name: 'intent',
    results: [
      {
        task,
        dataset: test,
        metrics: [
          { type: 'accuracy', value: 0.921 },
          { type: 'f1', value: 0.907, config: 'macro', name: 'Macro F1', verified: true },
          { type: 'f1', value: 0.93, config: 'micro' },
          { type: 'latency_p95_ms', value: 13.8 },
          { type: 'ece', value: 0.031 },
        ],
      },
      { task, dataset: fresh, metrics: [{ type: 'accuracy', value: 0.897 }, { type: 'coverage', value: 0.7 }] },
      // Same dataset, another split: a new evaluation, every metric new.
      { task, dataset: { ...test, split: 'validation' }, metrics: [{ type: 'accuracy', value: 0.93 }] },
    ],
  },
];

describe('resultTables', () => {
  it('makes one table per result with every metric, and no change column without a previous version', () => {
    const tables = resultTables(v120);
    expect(tables.map((t) => [t.title, t.task, t.metrics.map((m) => [m.label, m.value])])).toEqual([
      ['Support tickets · en · test', 'Intent classification (text-classification)', [['accuracy', 0.948], ['Macro F1 (macro)', 0.931], ['latency_p95_ms', 14.2]]],
      ['Fresh sample · 2026-10', 'Intent classification (text-classification)', [['accuracy', 0.861], ['coverage', 0.7]]],
    ]);
    expect(tables.flatMap((t) => t.metrics).some((m) => 'change' in m)).toBe(false);
    expect(tables[0]?.entry).toBeUndefined();
  });

  it('gives each metric its change against the same task, dataset split and metric of the previous version', () => {
    const changes = resultTables(v130, v120).map((t) => t.metrics.map((m) => [m.label, m.change]));
    expect(changes).toEqual([
      [
        ['accuracy', { kind: 'delta', diff: -0.027, text: '−0.027', verdict: 'worse' }],
        ['Macro F1 (macro)', { kind: 'delta', diff: -0.024, text: '−0.024', verdict: 'worse' }],
        // f1 micro was not reported before: a different metric from f1 macro.
        ['f1 (micro)', { kind: 'new' }],
        ['latency_p95_ms', { kind: 'delta', diff: -0.4, text: '−0.4', verdict: 'better' }],
        ['ece', { kind: 'new' }],
      ],
      [
        ['accuracy', { kind: 'delta', diff: 0.036, text: '+0.036', verdict: 'better' }],
        // Unknown direction: a number, no verdict.
        ['coverage', { kind: 'delta', diff: 0, text: '±0' }],
      ],
      [['accuracy', { kind: 'new' }]],
    ]);
    expect(resultTables(v130, v120)[0]?.metrics[1]?.verified).toBe(true);
  });

  it('does not match a metric across different task types', () => {
    const other: Index = [{ name: 'x', results: [{ task: { type: 'zero-shot-classification' }, dataset: test, metrics: [{ type: 'accuracy', value: 0.5 }] }] }];
    expect(resultTables(other, v120)[0]?.metrics[0]?.change).toEqual({ kind: 'new' });
  });

  it('names the model-index entry when a card has several', () => {
    const two: Index = [...v120, { name: 'intent-distilled', results: [{ task, dataset: test, metrics: [{ type: 'accuracy', value: 0.9 }] }] }];
    expect(resultTables(two).map((t) => t.entry)).toEqual(['intent', 'intent', 'intent-distilled']);
  });
});

describe('metricChange', () => {
  it.each([
    ['accuracy', 0.924, 0.912, '+0.012', 'better'],
    ['accuracy', 0.9, 0.912, '−0.012', 'worse'],
    ['wer', 0.081, 0.093, '−0.012', 'better'],
    ['wer', 12, 11.5, '+0.5', 'worse'],
    ['accuracy', 0.91, 0.91, '±0', 'unchanged'],
    ['bleu_custom_thing', 1, 2, '−1', 'worse'],
    ['novelty', 3, 2, '+1', undefined],
  ])('%s %d vs %d: %s (%s)', (type, current, previous, text, verdict) => {
    const change = metricChange(type, current, previous);
    expect(change).toMatchObject({ kind: 'delta', text });
    expect(change.kind === 'delta' ? change.verdict : 'x').toBe(verdict);
  });

  it('rounds to the decimals the values were written with', () => {
    expect(metricChange('x', 0.3, 0.1)).toEqual({ kind: 'delta', diff: 0.2, text: '+0.2' });
    expect(metricChange('x', 1e-7, 3e-7)).toEqual({ kind: 'delta', diff: -2e-7, text: '−0.0000002' });
  });

  it.each([
    [0.912, 3],
    [12, 0],
    [1e-7, 7],
    [1.5e-7, 8],
    [1e21, 0],
  ])('decimalsOf(%d) = %d', (value, decimals) => {
    expect(decimalsOf(value)).toBe(decimals);
  });
});

describe('headlineMetric', () => {
  it('is the first metric of the first result', () => {
    expect(headlineMetric(v130)).toEqual({ label: 'accuracy', value: 0.921, where: 'Support tickets · en · test' });
  });

  it('shows the metric name and config', () => {
    expect(headlineMetric([{ name: 'x', results: [{ task, dataset: fresh, metrics: [{ type: 'f1', value: 0.8, name: 'F1', config: 'macro' }] }] }])).toEqual({
      label: 'F1 (macro)',
      value: 0.8,
      where: 'Fresh sample · 2026-10',
    });
  });

  it('is undefined without results', () => {
    expect(headlineMetric([])).toBeUndefined();
    expect(headlineMetric([{ name: 'x', results: [] }])).toBeUndefined();
  });
});
