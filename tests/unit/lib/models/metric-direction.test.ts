import { describe, expect, it } from 'vitest';
import { metricDirection } from '../../../../src/lib/models/metric-direction.ts';

describe('metricDirection', () => {
  it.each([
    ['accuracy', 'higher'],
    ['f1', 'higher'],
    ['macro_f1', 'higher'],
    ['ndcg@10', 'higher'],
    ['mrr@10', 'higher'],
    ['rouge-l', 'higher'],
    ['exact_match', 'higher'],
    ['Recall', 'higher'],
    ['loss', 'lower'],
    ['eval_loss', 'lower'],
    ['wer', 'lower'],
    ['cer', 'lower'],
    ['perplexity', 'lower'],
    ['latency_p95_ms', 'lower'],
    ['p50-latency', 'lower'],
    ['error_rate', 'lower'],
    ['mean_squared_error', 'lower'],
    ['ece', 'lower'],
    ['coverage', undefined],
    ['bertscore', undefined],
    ['accuracy_error', undefined],
  ])('%s: %s is better', (type, direction) => {
    expect(metricDirection(type)).toBe(direction);
  });
});
