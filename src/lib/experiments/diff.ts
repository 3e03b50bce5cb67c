import { metricChange, type MetricChange } from '../models/results.ts';
import type { Flat, Scalar } from './values.ts';

/** What changed between a run and its baseline, parameter by parameter and metric by metric. */

export interface ValueChange {
  key: string;
  /** `changed`: both state it, differently; `added`/`removed`: only the run / only the baseline states it. */
  kind: 'changed' | 'added' | 'removed' | 'same';
  before?: Scalar;
  after?: Scalar;
  /** For two numbers of a metric: the signed change and, when the direction is known, a verdict. */
  change?: MetricChange;
}

export interface RunDiff {
  params: ValueChange[];
  /** How many parameters both state with the same value (not listed). */
  sameParams: number;
  metrics: ValueChange[];
}

function compare(run: Flat, baseline: Flat): ValueChange[] {
  const keys = [...Object.keys(run), ...Object.keys(baseline).filter((key) => !(key in run))];
  return keys.map((key): ValueChange => {
    const inRun = key in run;
    const inBase = key in baseline;
    const after = run[key];
    const before = baseline[key];
    if (!inBase) return { key, kind: 'added', after };
    if (!inRun) return { key, kind: 'removed', before };
    return { key, kind: Object.is(after, before) || after === before ? 'same' : 'changed', before, after };
  });
}

/**
 * The diff of a run against its baseline. Parameters: only what differs (plus how many are the
 * same). Metrics: every metric either states, with the change for numbers; `directions` gives the
 * direction of a metric when labbook.yaml or the name knows it.
 */
export function diffRuns(run: { params: Flat; metrics: Flat }, baseline: { params: Flat; metrics: Flat }, direction?: (metric: string) => 'higher' | 'lower' | undefined): RunDiff {
  const params = compare(run.params, baseline.params);
  const metrics = compare(run.metrics, baseline.metrics).map((change) => {
    if (typeof change.after !== 'number' || typeof change.before !== 'number') return change;
    const delta = metricChange(change.key, change.after, change.before);
    // metricChange judges by the metric's name; labbook.yaml may say otherwise.
    const dir = direction?.(change.key);
    if (delta.kind === 'delta' && dir) {
      const verdict = delta.diff === 0 ? 'unchanged' : (delta.diff > 0) === (dir === 'higher') ? 'better' : 'worse';
      return { ...change, change: { ...delta, verdict } as MetricChange };
    }
    if (delta.kind === 'delta' && direction && !dir) return { ...change, change: { kind: 'delta', diff: delta.diff, text: delta.text } as MetricChange };
    return { ...change, change: delta };
  });
  return { params: params.filter((change) => change.kind !== 'same'), sameParams: params.filter((change) => change.kind === 'same').length, metrics };
}
