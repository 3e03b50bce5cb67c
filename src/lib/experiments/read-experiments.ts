import { listFileFolders, readContentText } from '../content/files.ts';
import type { Problem } from '../errors.ts';
import { resolveRuns, type ResolvedRun } from './collect.ts';
import { readRun, RUN_MARKERS, type Run } from './run.ts';

/**
 * Every run of the experiments folder (`folder`, relative to the content folder), read through the
 * content reader, with baselines resolved. Problems fail the build; warnings are printed.
 */
export function readExperiments(contentDir: string, folder: string): { runs: ResolvedRun[]; problems: Problem[]; warnings: Problem[] } {
  const listing = listFileFolders(contentDir, folder, (names) => names.some((name) => RUN_MARKERS.includes(name)));
  const found: Problem[] = [...listing.problems];
  const warnings: Problem[] = [];
  const runs: Run[] = [];
  const unreadable: string[] = [];
  for (const { folder: runFolder, names } of listing.folders) {
    const texts = new Map<string, string>();
    const read = (name: string): string => {
      if (!texts.has(name)) {
        const result = readContentText(contentDir, `${runFolder}/${name}`);
        if (result.problem) found.push(result.problem);
        texts.set(name, result.text ?? '');
      }
      return texts.get(name) ?? '';
    };
    const result = readRun(runFolder, folder, names, read);
    found.push(...result.problems);
    warnings.push(...result.warnings);
    if (result.run) runs.push(result.run);
    else unreadable.push(runFolder.split('/').pop() ?? runFolder);
  }
  const resolved = resolveRuns(runs, unreadable);
  return { runs: resolved.runs, problems: [...found, ...resolved.problems], warnings: [...warnings, ...resolved.warnings] };
}
