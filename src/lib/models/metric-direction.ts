/**
 * Which way is better for a metric, when Labbook knows it. Unknown metrics get no verdict: a
 * change is shown as a plain number and never called better or worse.
 */

/** Metrics where a smaller number is better. */
const LOWER_IS_BETTER = new Set(['loss', 'wer', 'cer', 'perplexity', 'ppl', 'latency', 'error', 'mae', 'mse', 'rmse', 'ece']);

/** Metrics where a larger number is better. */
const HIGHER_IS_BETTER = new Set([
  'accuracy', 'acc', 'f1', 'precision', 'recall', 'auc', 'roc_auc', 'map', 'mrr', 'ndcg', 'bleu', 'rouge', 'rougel',
  'exact_match', 'em', 'throughput', 'spearman', 'pearson', 'matthews_correlation', 'hit_rate',
]);

/** `higher` or `lower` is better, or undefined when the metric is unknown. */
export type MetricDirection = 'higher' | 'lower';

/**
 * The direction of a metric from its type: the whole id (`exact_match`), else its words
 * (`eval_loss`, `p95_latency_ms`, `ndcg@10`, `rouge-l`). A type that names words of both kinds is unknown.
 */
export function metricDirection(type: string): MetricDirection | undefined {
  const id = type.trim().toLowerCase();
  if (LOWER_IS_BETTER.has(id)) return 'lower';
  if (HIGHER_IS_BETTER.has(id)) return 'higher';
  const words = id.split(/[^a-z0-9]+/).filter(Boolean);
  const lower = words.some((word) => LOWER_IS_BETTER.has(word));
  const higher = words.some((word) => HIGHER_IS_BETTER.has(word)) || HIGHER_IS_BETTER.has(words.join(''));
  if (lower === higher) return undefined;
  return lower ? 'lower' : 'higher';
}
