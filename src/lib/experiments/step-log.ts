import { normalizeSource } from '../frontmatter.ts';
import { problems, type Problem } from '../errors.ts';

/**
 * Step logs: a run's metrics over training steps, from CSV, TSV, JSON Lines, or a JSON plot file
 * named in dvc.yaml. Each numeric column becomes one series over the step column.
 */

/** One metric over steps: `[step, value]` pairs in file order. */
export interface Series {
  name: string;
  points: [number, number][];
}

/** A step log as the run page draws it. */
export interface StepLog {
  /** Path relative to the content folder. */
  file: string;
  /** The column steps are read from (`step`, `epoch`...), or `row` when the log has none. */
  x: string;
  series: Series[];
}

export type StepLogResult = { log: StepLog; problem?: undefined } | { log?: undefined; problem: Problem };

/** Step column names, in the order one is chosen when a log has several. */
const STEP_COLUMNS = ['step', 'global_step', 'iteration', 'iter', 'epoch', 'batch'];

/** A file extension a step log may have. */
export const STEP_LOG_FILE = /\.(?:csv|tsv|jsonl)$/i;

/** One CSV/TSV line split into fields; double quotes group a field and `""` is a quote. */
function splitLine(line: string, separator: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') (field += '"'), i++;
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === separator) fields.push(field), (field = '');
    else field += char;
  }
  fields.push(field);
  return fields.map((f) => f.trim());
}

/** A number written in a log cell (`0.5`, `1e-3`, `nan` is not one), or undefined. */
function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Rows of named values -> series: the step column (named, else `x`, else the row number) and every
 * other column that holds at least one number. Cells without a number are gaps, not zeros.
 */
export function seriesOf(file: string, rows: Record<string, unknown>[], columns: string[], x?: string, only?: readonly string[]): StepLog {
  const lower = columns.map((c) => c.toLowerCase());
  const step = x && columns.includes(x) ? x : columns[lower.findIndex((c) => STEP_COLUMNS.includes(c))] ?? columns.find((c) => STEP_COLUMNS.some((s) => c.toLowerCase() === s));
  const series: Series[] = [];
  for (const column of only ?? columns) {
    if (column === step) continue;
    const points: [number, number][] = [];
    rows.forEach((row, index) => {
      const y = numberOf(row[column]);
      const at = step ? numberOf(row[step]) : index;
      if (y !== undefined && at !== undefined) points.push([at, y]);
    });
    if (points.length) series.push({ name: column, points });
  }
  return { file, x: step ?? 'row', series };
}

/** Parse a CSV, TSV or JSON Lines step log. An empty log or a malformed line is a problem with the line. */
export function parseStepLog(file: string, source: string): StepLogResult {
  const lines = normalizeSource(source).split('\n');
  while (lines.length && lines[lines.length - 1]?.trim() === '') lines.pop();
  if (!lines.some((line) => line.trim())) return { problem: problems.experimentStepLog(file, 1, 'is empty: it has no header and no rows') };
  if (/\.jsonl$/i.test(file)) {
    const rows: Record<string, unknown>[] = [];
    const columns: string[] = [];
    for (const [index, line] of lines.entries()) {
      if (!line.trim()) continue;
      let row: unknown;
      try {
        row = JSON.parse(line);
      } catch (error) {
        const reason = (error instanceof Error ? error.message : String(error)).replace(/ in JSON at position \d+.*$/, '');
        return { problem: problems.experimentStepLog(file, index + 1, `line is not JSON (${reason}): each line of a .jsonl file is one object, e.g. {"step": 1, "loss": 0.9}`) };
      }
      if (row === null || typeof row !== 'object' || Array.isArray(row)) {
        return { problem: problems.experimentStepLog(file, index + 1, 'line is not a JSON object: each line of a .jsonl file is one object, e.g. {"step": 1, "loss": 0.9}') };
      }
      for (const key of Object.keys(row)) if (!columns.includes(key)) columns.push(key);
      rows.push(row as Record<string, unknown>);
    }
    return { log: seriesOf(file, rows, columns) };
  }
  const separator = /\.tsv$/i.test(file) ? '\t' : ',';
  const header = splitLine(lines[0] ?? '', separator);
  if (header.some((name) => name === '')) return { problem: problems.experimentStepLog(file, 1, 'header has an empty column name: the first line names every column, e.g. step,loss,accuracy') };
  if (lines.length < 2) return { problem: problems.experimentStepLog(file, 1, 'has a header and no rows') };
  const rows: Record<string, unknown>[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!line.trim()) continue;
    const cells = splitLine(line, separator);
    if (cells.length !== header.length) {
      return { problem: problems.experimentStepLog(file, i + 1, `line has ${cells.length} fields where the header has ${header.length}`) };
    }
    rows.push(Object.fromEntries(header.map((name, column) => [name, cells[column]])));
  }
  return { log: seriesOf(file, rows, header) };
}

/**
 * A JSON plot file as DVC writes it (a list of objects, or an object holding one such list), with
 * the x and y fields dvc.yaml names; without them every numeric field over the step field.
 */
export function parsePlotJson(file: string, source: string, x?: string, y?: readonly string[]): StepLogResult {
  let data: unknown;
  try {
    data = JSON.parse(normalizeSource(source));
  } catch (error) {
    return { problem: problems.experimentStepLog(file, undefined, `is not JSON (${error instanceof Error ? error.message : String(error)})`) };
  }
  const list = Array.isArray(data) ? data : data && typeof data === 'object' ? Object.values(data).find(Array.isArray) : undefined;
  if (!list || list.length === 0) return { problem: problems.experimentStepLog(file, 1, 'holds no list of points: DVC plot files are a list of objects, e.g. [{"step": 1, "loss": 0.9}]') };
  const rows = list.filter((row): row is Record<string, unknown> => row !== null && typeof row === 'object' && !Array.isArray(row));
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return { log: seriesOf(file, rows, columns, x, y) };
}
