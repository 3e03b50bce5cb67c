import { FrontmatterSyntaxError, parseFrontmatter, parseYamlMapping, normalizeSource } from '../frontmatter.ts';
import { problems, type Problem } from '../errors.ts';
import { slugSegment } from '../routes.ts';
import { readValues, type Flat } from './values.ts';
import { parsePlotJson, parseStepLog, STEP_LOG_FILE, type StepLog } from './step-log.ts';

/**
 * One run from its folder (`experiments/<id>_<name>/`): parameters, metrics, README notes and step
 * logs, read from the files it holds. DVC's layout (`params.yaml`, `metrics.json`, `dvc.yaml` with
 * `metrics:` and `plots:`) reads the same way. What a run does not state stays unstated.
 */

/** Parameter files, read in this order; a key the first states is not taken from a later one. */
export const PARAM_FILES = ['params.yaml', 'params.yml', 'config.yml', 'config.yaml', 'params.json', 'config.json'];
/** Metric files, read in this order. */
export const METRIC_FILES = ['metrics.json', 'metrics.yaml', 'metrics.yml'];
/** A folder holding one of these is a run. */
export const RUN_MARKERS = [...PARAM_FILES, ...METRIC_FILES, 'dvc.yaml'];

/** What a run's README front matter may say. */
export interface RunNotes {
  title?: string;
  baseline?: string;
  model?: string;
  tags: string[];
  status?: string;
  date?: string;
  /** The Markdown after the front matter. */
  body: string;
}

export interface Run {
  /** Its folder, relative to the content folder: `experiments/sweep/exp-003_lr-warmup`. */
  folder: string;
  /** The folder's name: `exp-003_lr-warmup`. */
  dirName: string;
  /** The part before the first `_` (`exp-003`), or the whole folder name. */
  id: string;
  /** The part after the first `_` (`lr-warmup`), when there is one. */
  name?: string;
  /** Its group: the folder holding it, relative to the experiments folder (`sweep`, or `` at the top). */
  group: string;
  /** Its page's path under /experiments/: `sweep/exp-003-lr-warmup`. */
  slug: string;
  /** Dotted parameter names -> values, and the files they came from. */
  params: Flat;
  paramFiles: string[];
  metrics: Flat;
  metricFiles: string[];
  notes?: RunNotes & { file: string };
  logs: StepLog[];
}

export interface RunRead {
  run?: Run;
  problems: Problem[];
  warnings: Problem[];
}

/** `exp-003_lr-warmup` -> id `exp-003`, name `lr-warmup`; `baseline` -> id `baseline`. */
export function runIdOf(dirName: string): { id: string; name?: string } {
  const at = dirName.indexOf('_');
  if (at <= 0 || at === dirName.length - 1) return { id: dirName };
  return { id: dirName.slice(0, at), name: dirName.slice(at + 1) };
}

/** The text of one field as a list of words (`[a, b]` or `a, b`). */
function listOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String).map((s) => s.trim()).filter(Boolean);
  if (typeof value === 'string') return value.split(',').map((s) => s.trim()).filter(Boolean);
  return [];
}

const textOf = (value: unknown): string | undefined => (value === undefined || value === null || value === '' ? undefined : String(value).trim() || undefined);

/** Paths a dvc.yaml entry names: `path`, `{path: {cache: false}}`, or a plot `{title: {x, y: {path: field}}}`. */
interface DvcPlot {
  file: string;
  x?: string;
  y?: string[];
}

/** The metric files and plots a dvc.yaml names (top level and in its stages). */
export function readDvcYaml(text: string): { metrics: string[]; plots: DvcPlot[] } {
  const data = parseYamlMapping(normalizeSource(text)).data;
  const metrics: string[] = [];
  const plots: DvcPlot[] = [];
  const addMetrics = (list: unknown) => {
    if (!Array.isArray(list)) return;
    for (const item of list) {
      if (typeof item === 'string') metrics.push(item);
      else if (item && typeof item === 'object') metrics.push(...Object.keys(item));
    }
  };
  const addPlots = (list: unknown) => {
    if (!Array.isArray(list)) return;
    for (const item of list) {
      if (typeof item === 'string') plots.push({ file: item });
      else if (item && typeof item === 'object') {
        for (const [key, spec] of Object.entries(item as Record<string, unknown>)) {
          const s = spec && typeof spec === 'object' ? (spec as Record<string, unknown>) : {};
          const x = typeof s.x === 'string' ? s.x : undefined;
          if (s.y && typeof s.y === 'object' && !Array.isArray(s.y)) {
            for (const [file, fields] of Object.entries(s.y as Record<string, unknown>)) plots.push({ file, x, y: listOf(fields) });
          } else plots.push({ file: key, x, y: typeof s.y === 'string' ? [s.y] : undefined });
        }
      }
    }
  };
  addMetrics(data.metrics);
  addPlots(data.plots);
  if (data.stages && typeof data.stages === 'object') {
    for (const stage of Object.values(data.stages as Record<string, unknown>)) {
      if (!stage || typeof stage !== 'object') continue;
      addMetrics((stage as Record<string, unknown>).metrics);
      addPlots((stage as Record<string, unknown>).plots);
    }
  }
  return { metrics: [...new Set(metrics)], plots };
}

/** Plot files Labbook can draw as curves. */
const PLOT_FILE = /\.(?:csv|tsv|jsonl|json)$/i;

/**
 * Read one run. `folder` is relative to the content folder, `experiments` is the experiments
 * folder (`experiments`), `names` every file in the run folder (relative to it, `_`/`.` names
 * already left out) and `read` gives a file's text.
 */
export function readRun(folder: string, experiments: string, names: readonly string[], read: (name: string) => string): RunRead {
  const found: Problem[] = [];
  const warnings: Problem[] = [];
  const dirName = folder.split('/').pop() ?? folder;
  const inside = folder === experiments ? '' : folder.slice(experiments.length + 1);
  const group = inside.includes('/') ? inside.slice(0, inside.lastIndexOf('/')) : '';
  const has = new Set(names);
  const path = (name: string) => `${folder}/${name}`;

  const values = (files: readonly string[]) => {
    const merged: Flat = {};
    const used: string[] = [];
    for (const name of files) {
      if (!has.has(name)) continue;
      const result = readValues(path(name), read(name));
      if (result.problem) {
        found.push(result.problem);
        continue;
      }
      used.push(path(name));
      for (const [key, value] of Object.entries(result.values)) if (!(key in merged)) merged[key] = value;
    }
    return { values: merged, used };
  };

  let dvc: ReturnType<typeof readDvcYaml> = { metrics: [], plots: [] };
  if (has.has('dvc.yaml')) {
    try {
      dvc = readDvcYaml(read('dvc.yaml'));
    } catch (error) {
      if (!(error instanceof FrontmatterSyntaxError)) throw error;
      found.push(problems.experimentSyntax(path('dvc.yaml'), error.line, undefined, 'YAML', error.message));
    }
  }
  const clean = (name: string) => name.replace(/^\.\//, '');
  // One warning per dvc.yaml: a pipeline whose outputs live in DVC's cache names many files.
  const missing = [...new Set([...dvc.metrics, ...dvc.plots.map((plot) => plot.file)].map(clean))].filter((named) => !has.has(named) && (PLOT_FILE.test(named) || /\.ya?ml$/i.test(named)));
  if (missing.length) warnings.push(problems.experimentFileMissing(path('dvc.yaml'), missing));
  const params = values(PARAM_FILES);
  const metrics = values([...METRIC_FILES, ...dvc.metrics.map(clean).filter((name) => !METRIC_FILES.includes(name))]);

  let notes: Run['notes'];
  const readme = names.find((name) => /^readme\.md$/i.test(name));
  if (readme) {
    try {
      const { data, body } = parseFrontmatter(read(readme));
      notes = {
        file: path(readme),
        title: textOf(data.title),
        baseline: textOf(data.baseline),
        model: textOf(data.model),
        tags: listOf(data.tags),
        status: textOf(data.status),
        date: textOf(data.date),
        body,
      };
    } catch (error) {
      if (!(error instanceof FrontmatterSyntaxError)) throw error;
      found.push(problems.yaml('frontmatter-yaml', path(readme), error.line, error.message, error.advice));
    }
  }

  const logs: StepLog[] = [];
  const plotted = new Set<string>();
  for (const plot of dvc.plots) {
    const name = clean(plot.file);
    if (!has.has(name) || !PLOT_FILE.test(name) || plotted.has(`${name}\u0000${plot.x ?? ''}`)) continue;
    plotted.add(`${name}\u0000${plot.x ?? ''}`);
    const result = /\.json$/i.test(name) ? parsePlotJson(path(name), read(name), plot.x, plot.y) : parseStepLog(path(name), read(name));
    if (result.problem) found.push(result.problem);
    else logs.push(result.log);
  }
  for (const name of names) {
    if (name.includes('/') || !STEP_LOG_FILE.test(name) || [...plotted].some((key) => key.startsWith(`${name}\u0000`))) continue;
    const result = parseStepLog(path(name), read(name));
    if (result.problem) found.push(result.problem);
    else logs.push(result.log);
  }

  if (found.length) return { problems: found, warnings };
  const { id, name } = runIdOf(dirName);
  const slug = (inside || dirName).split('/').map(slugSegment).join('/');
  return {
    run: { folder, dirName, id, name, group, slug, params: params.values, paramFiles: params.used, metrics: metrics.values, metricFiles: metrics.used, notes, logs },
    problems: found,
    warnings,
  };
}
