import type { ModelCard, ModelMetric, ModelResult } from '../../schemas/model-card.ts';
import { metricDirection } from './metric-direction.ts';

/**
 * A card's `model-index` as tables, one per evaluation (task on a dataset split), each metric with
 * its change against the previous version of the model.
 */

/** What the previous version scored on the same evaluation, or that it had no such number. */
export type MetricChange =
  | { kind: 'new' }
  | {
      kind: 'delta';
      /** Current minus previous, rounded to the decimals the two values were written with. */
      diff: number;
      /** `+0.012`, `−0.004`, `±0`: direction-neutral, signed. */
      text: string;
      /** Only for metrics whose direction Labbook knows; see metric-direction.ts. */
      verdict?: 'better' | 'worse' | 'unchanged';
    };

/** One metric row. */
export interface MetricRow {
  type: string;
  /** `name`, else `type`; with the config in brackets when there is one. */
  label: string;
  value: number;
  verified?: boolean;
  /** Undefined when there is no previous version to compare with. */
  change?: MetricChange;
}

/** One evaluation: a task on a dataset split, with every metric it reported. */
export interface ResultTable {
  /** Identifies the evaluation across versions: task type, dataset type and name, config, split. */
  key: string;
  /** `Support tickets · en · test`. */
  title: string;
  /** `Intent classification (text-classification)`, or just the type. */
  task: string;
  /** The `model-index` entry's `name`, when the card has several entries. */
  entry?: string;
  dataset: ModelResult['dataset'];
  metrics: MetricRow[];
}

type ModelIndex = ModelCard['model-index'];

/** The evaluation a result belongs to; deltas compare results with the same key. */
export function resultKey(result: Pick<ModelResult, 'task' | 'dataset'>): string {
  const { task, dataset } = result;
  return [task.type, dataset.type, dataset.name, dataset.config ?? '', dataset.split ?? ''].join('\u0000');
}

/** A metric inside its result: type and config (`f1` macro and `f1` micro are two metrics). */
export function metricKey(metric: Pick<ModelMetric, 'type' | 'config'>): string {
  return `${metric.type}\u0000${metric.config ?? ''}`;
}

/** Decimal places a number is written with: `0.912` has 3, `12` has 0, `1e-7` has 7. */
export function decimalsOf(value: number): number {
  const [mantissa = '', exponent] = String(value).toLowerCase().split('e');
  const decimals = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, Math.min(20, decimals - Number(exponent ?? 0)));
}

/** `current - previous` as a signed, direction-neutral change, with a verdict when the metric's direction is known. */
export function metricChange(type: string, current: number, previous: number): MetricChange {
  const decimals = Math.max(decimalsOf(current), decimalsOf(previous));
  // Rounded to what was written, so 0.924 - 0.912 reads +0.012, not +0.012000000000000011.
  const diff = Number((current - previous).toFixed(decimals));
  const size = Math.abs(diff).toFixed(decimals);
  const text = diff > 0 ? `+${size}` : diff < 0 ? `\u2212${size}` : '±0';
  const direction = metricDirection(type);
  if (!direction) return { kind: 'delta', diff, text };
  const verdict = diff === 0 ? 'unchanged' : (diff > 0) === (direction === 'higher') ? 'better' : 'worse';
  return { kind: 'delta', diff, text, verdict };
}

function describeTask(task: ModelResult['task']): string {
  return task.name && task.name !== task.type ? `${task.name} (${task.type})` : task.type;
}

function describeDataset(dataset: ModelResult['dataset']): string {
  return [dataset.name, dataset.config, dataset.split].filter(Boolean).join(' · ');
}

/**
 * One table per result of the card, in the card's order, with every metric. With `previous` (the
 * previous version's `model-index`), each metric gets its change, or `new` when the previous
 * version did not report that metric on that evaluation.
 */
export function resultTables(modelIndex: ModelIndex, previous?: ModelIndex): ResultTable[] {
  const before = new Map<string, Map<string, number>>();
  for (const result of (previous ?? []).flatMap((entry) => entry.results)) {
    const metrics = before.get(resultKey(result)) ?? new Map<string, number>();
    for (const metric of result.metrics) metrics.set(metricKey(metric), metric.value);
    before.set(resultKey(result), metrics);
  }
  const named = modelIndex.length > 1;
  return modelIndex.flatMap((entry) =>
    entry.results.map((result) => {
      const key = resultKey(result);
      const old = before.get(key);
      return {
        key,
        title: describeDataset(result.dataset),
        task: describeTask(result.task),
        ...(named ? { entry: entry.name } : {}),
        dataset: result.dataset,
        metrics: result.metrics.map((metric): MetricRow => {
          const label = metric.name ?? metric.type;
          const oldValue = old?.get(metricKey(metric));
          let change: MetricChange | undefined;
          if (previous) change = oldValue === undefined ? { kind: 'new' } : metricChange(metric.type, metric.value, oldValue);
          return {
            type: metric.type,
            label: metric.config ? `${label} (${metric.config})` : label,
            value: metric.value,
            ...(metric.verified === undefined ? {} : { verified: metric.verified }),
            ...(change ? { change } : {}),
          };
        }),
      };
    }),
  );
}

/** The number that stands for the card on /models/: the first metric of its first result. */
export interface Headline {
  label: string;
  value: number;
  /** Where it was measured: `Support tickets · test`. */
  where: string;
}

/** The headline metric: the first metric of the first result, as the author ordered them; undefined without results. */
export function headlineMetric(modelIndex: ModelIndex): Headline | undefined {
  const result = modelIndex.flatMap((entry) => entry.results)[0];
  const metric = result?.metrics[0];
  if (!result || !metric) return undefined;
  const label = metric.name ?? metric.type;
  return { label: metric.config ? `${label} (${metric.config})` : label, value: metric.value, where: describeDataset(result.dataset) };
}
