import { getCollection } from 'astro:content';
import type { ExperimentRun } from '../schemas/experiment-run.ts';
import { hasKind } from './collections.ts';
import { sortRuns } from '../lib/experiments/collect.ts';

/** Every run of the wiki, by group then id; a wiki without experiments/ is not asked. */
export async function getRuns(): Promise<ExperimentRun[]> {
  if (!hasKind('experiments')) return [];
  return sortRuns((await getCollection('experiments')).map((entry) => entry.data));
}
