import { metricDirection, type MetricDirection } from '../models/metric-direction.ts';
import type { Run } from './run.ts';
import type { Scalar } from './values.ts';

/**
 * A group's leaderboard: runs as rows, chosen metrics as columns, the best value of each column
 * marked when the metric's direction is known (labbook.yaml, else its name).
 */

/** labbook.yaml's `experiments:` settings. */
export interface ExperimentsSettings {
  /** The columns, in order; default: the metrics most runs of the group share. */
  metrics?: readonly string[];
  /** Metrics where smaller is better / larger is better, beyond what their names say. */
  lowerIsBetter?: readonly string[];
  higherIsBetter?: readonly string[];
}

/** How many columns the default choice shows at most. */
export const DEFAULT_COLUMN_LIMIT = 8;

/** The direction of a metric: labbook.yaml first, then its name (src/lib/models/metric-direction.ts). */
export function directionOf(metric: string, settings: ExperimentsSettings = {}): MetricDirection | undefined {
  if (settings.lowerIsBetter?.includes(metric)) return 'lower';
  if (settings.higherIsBetter?.includes(metric)) return 'higher';
  // `eval.loss` is judged by its last part first: `train.accuracy` is an accuracy.
  return metricDirection(metric.split('.').pop() ?? metric) ?? metricDirection(metric);
}

/**
 * Default columns: metrics stated by at least half of the runs (at least one of them as a number),
 * the most shared first, then in the order they first appear.
 */
export function defaultColumns(runs: readonly Pick<Run, 'metrics'>[], limit = DEFAULT_COLUMN_LIMIT): string[] {
  const count = new Map<string, number>();
  const numeric = new Set<string>();
  for (const run of runs) {
    for (const [key, value] of Object.entries(run.metrics)) {
      count.set(key, (count.get(key) ?? 0) + 1);
      if (typeof value === 'number') numeric.add(key);
    }
  }
  const order = [...count.keys()];
  return order
    .filter((key) => numeric.has(key) && (count.get(key) ?? 0) * 2 >= runs.length)
    .sort((a, b) => (count.get(b) ?? 0) - (count.get(a) ?? 0) || order.indexOf(a) - order.indexOf(b))
    .slice(0, limit);
}

export interface LeaderboardCell {
  /** The value as written; undefined when the run does not state it. */
  value?: Scalar;
  /** Ranked: a number in a column whose direction is known. */
  ranked: boolean;
  best: boolean;
}

export interface LeaderboardColumn {
  metric: string;
  direction?: MetricDirection;
}

export interface LeaderboardRow<R> {
  run: R;
  cells: LeaderboardCell[];
}

export interface Leaderboard<R> {
  columns: LeaderboardColumn[];
  rows: LeaderboardRow<R>[];
}

/** The leaderboard of one group's runs (in the order given). */
export function leaderboard<R extends Pick<Run, 'metrics'>>(runs: readonly R[], settings: ExperimentsSettings = {}): Leaderboard<R> {
  const metrics = settings.metrics?.length ? [...settings.metrics] : defaultColumns(runs);
  const columns = metrics.map((metric) => ({ metric, direction: directionOf(metric, settings) }));
  const best = columns.map(({ metric, direction }) => {
    const numbers = runs.map((run) => run.metrics[metric]).filter((value): value is number => typeof value === 'number');
    if (!direction || numbers.length < 2) return undefined;
    return direction === 'lower' ? Math.min(...numbers) : Math.max(...numbers);
  });
  const rows = runs.map((run) => ({
    run,
    cells: columns.map(({ metric, direction }, index): LeaderboardCell => {
      const value = metric in run.metrics ? run.metrics[metric] : undefined;
      const ranked = typeof value === 'number' && direction !== undefined;
      return { value, ranked, best: ranked && value === best[index] };
    }),
  }));
  return { columns, rows };
}
