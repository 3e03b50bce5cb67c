import type { ExperimentRun } from '../../schemas/experiment-run.ts';
import { curveSvg, curvesOf } from './curves.ts';
import { diffRuns, type RunDiff } from './diff.ts';
import { directionOf, type ExperimentsSettings } from './leaderboard.ts';
import type { Scalar } from './values.ts';

/** What a run's page shows, computed once from all runs (pages only render it). */

/** Site-relative URLs (without base) of experiment pages. */
export const experimentUrls = {
  index: '/experiments/',
  run: (slug: string) => `/experiments/${slug}/`,
  /** A group's leaderboard on the index page. */
  group: (group: string) => `/experiments/#${groupAnchor(group)}`,
};

/** The id of a group's section on /experiments/. */
export function groupAnchor(group: string): string {
  return `group-${group ? group.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase() : 'top'}`;
}

/** How a run is named in lists: `exp-003 · lr-warmup`, or its README title. */
export function runLabel(run: Pick<ExperimentRun, 'id' | 'name' | 'notes'>): string {
  return run.notes?.title ?? (run.name ? `${run.id} · ${run.name}` : run.id);
}

/** A value as the page prints it: numbers as written, `true`, text; null as `null`. */
export function formatValue(value: Scalar | undefined): string {
  if (value === undefined) return '';
  if (value === null) return 'null';
  return String(value);
}

export interface RunCurve {
  metric: string;
  file: string;
  svg: string;
  hasBaseline: boolean;
}

export interface RunView {
  run: ExperimentRun;
  baseline?: ExperimentRun;
  diff?: RunDiff;
  curves: RunCurve[];
  /** The URL of the model card `model:` names, when the wiki has one. */
  modelUrl?: string;
}

/** The page data of one run (async: the charts' libraries load with the first chart, curves.ts). */
export async function runView(run: ExperimentRun, all: readonly ExperimentRun[], settings: ExperimentsSettings, modelUrl: (name: string) => string | undefined): Promise<RunView> {
  const baseline = run.baseline ? all.find((other) => other.folder === run.baseline?.folder) : undefined;
  const diff = baseline ? diffRuns(run, baseline, (metric) => directionOf(metric, settings)) : undefined;
  const curves = await Promise.all(
    curvesOf(run.logs, baseline?.logs).map(async (curve) => ({
      metric: curve.metric,
      file: curve.file,
      hasBaseline: curve.baseline !== undefined,
      svg: await curveSvg(curve, { runLabel: run.id, baselineLabel: baseline?.id }),
    })),
  );
  const model = run.notes?.model;
  return { run, baseline, diff, curves, modelUrl: model ? modelUrl(model) : undefined };
}
