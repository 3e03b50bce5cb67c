import { problems, type Problem } from '../errors.ts';
import type { Run } from './run.ts';

/**
 * All runs together: ordered by id within each group, each with its baseline (declared in its
 * README, else the run before it in its group), and metrics that are text where other runs have
 * numbers reported.
 */

/** A run with the run it is compared with. */
export interface ResolvedRun extends Run {
  /** The baseline's folder, and whether the README named it (else it is the previous run). */
  baseline?: { folder: string; declared: boolean };
}

/** Natural order of ids: `exp-2` before `exp-10`. */
export const compareIds = (a: string, b: string): number => a.localeCompare(b, 'en', { numeric: true }) || (a < b ? -1 : a > b ? 1 : 0);

/** Runs sorted by group, then id (then folder name). */
export function sortRuns<R extends Run>(runs: readonly R[]): R[] {
  return [...runs].sort((a, b) => compareIds(a.group, b.group) || compareIds(a.id, b.id) || compareIds(a.dirName, b.dirName));
}

/** The run a name means: its id or folder name, in the same group first. */
function findRun(runs: readonly Run[], name: string, group: string): Run | undefined {
  const matches = runs.filter((run) => run.id === name || run.dirName === name || run.slug === name);
  return matches.find((run) => run.group === group) ?? matches[0];
}

/**
 * `unreadable`: folder names of runs that could not be read (their problems are reported); a
 * baseline naming one of them is not reported again.
 */
export function resolveRuns(runs: readonly Run[], unreadable: readonly string[] = []): { runs: ResolvedRun[]; problems: Problem[]; warnings: Problem[] } {
  const sorted = sortRuns(runs);
  const found: Problem[] = [];
  const resolved: ResolvedRun[] = sorted.map((run, index) => {
    const declared = run.notes?.baseline;
    if (declared) {
      const target = findRun(sorted, declared, run.group);
      const file = run.notes?.file ?? run.folder;
      const broken = unreadable.some((dirName) => dirName === declared || dirName.split('_')[0] === declared);
      if (!target) {
        if (!broken) found.push(problems.experimentBaseline(file, run.dirName, declared, sorted.map((r) => r.id)));
        return { ...run };
      }
      if (target === run) {
        found.push(problems.experimentBaselineSelf(file, run.dirName));
        return { ...run };
      }
      return { ...run, baseline: { folder: target.folder, declared: true } };
    }
    const previous = sorted[index - 1];
    return previous && previous.group === run.group ? { ...run, baseline: { folder: previous.folder, declared: false } } : { ...run };
  });
  return { runs: resolved, problems: found, warnings: textMetricWarnings(sorted) };
}

/** A metric that is text in one run where other runs of its group have numbers: one warning per run and metric. */
export function textMetricWarnings(runs: readonly Run[]): Problem[] {
  const warnings: Problem[] = [];
  const byGroup = Map.groupBy(runs, (run) => run.group);
  for (const group of byGroup.values()) {
    for (const run of group) {
      for (const [metric, value] of Object.entries(run.metrics)) {
        if (typeof value !== 'string') continue;
        const numeric = group.filter((other) => other !== run && typeof other.metrics[metric] === 'number').length;
        if (numeric > 0) warnings.push(problems.experimentMetricText(run.metricFiles[0] ?? run.folder, metric, value, numeric));
      }
    }
  }
  return warnings;
}

/** Runs by group, groups in order (`` first). */
export function groupsOf<R extends Run>(runs: readonly R[]): { group: string; runs: R[] }[] {
  return [...Map.groupBy(sortRuns(runs), (run) => run.group)].map(([group, members]) => ({ group, runs: members }));
}
