import type * as PlotModule from '@observablehq/plot';
import type { parseHTML as ParseHTML } from 'linkedom';
import type { Series, StepLog } from './step-log.ts';

/**
 * Training curves as static SVG, drawn at build time with Observable Plot on linkedom's DOM: one
 * small chart per metric, the run's line in `currentColor` (the page sets it from the theme) and
 * the baseline's, when it logged the same metric, dashed in a muted colour. No script in the page.
 */

/**
 * Observable Plot and linkedom, loaded by the first chart drawn: about a quarter of a second of CPU
 * to load, which a wiki without experiment runs (whose run page module is still loaded by every
 * build) never pays.
 */
let drawing: Promise<{ Plot: typeof PlotModule; parseHTML: typeof ParseHTML }> | undefined;
function drawingLibraries(): Promise<{ Plot: typeof PlotModule; parseHTML: typeof ParseHTML }> {
  drawing ??= Promise.all([import('@observablehq/plot'), import('linkedom')]).then(([Plot, linkedom]) => ({ Plot, parseHTML: linkedom.parseHTML }));
  return drawing;
}

/** Points per line beyond which a curve is thinned (every n-th point, the last one kept). */
export const MAX_POINTS = 600;

/** A curve to draw: one metric of one log, with the baseline's same metric when there is one. */
export interface Curve {
  metric: string;
  x: string;
  file: string;
  run: Series['points'];
  baseline?: Series['points'];
}

/** Every metric of the run's logs, paired with the baseline's log of the same file name and metric. */
export function curvesOf(logs: readonly StepLog[], baselineLogs: readonly StepLog[] = []): Curve[] {
  const base = (file: string, metric: string) => {
    const name = file.split('/').pop();
    return baselineLogs.find((log) => log.file.split('/').pop() === name)?.series.find((s) => s.name === metric)?.points;
  };
  return logs.flatMap((log) => log.series.map((series) => ({ metric: series.name, x: log.x, file: log.file, run: series.points, baseline: base(log.file, series.name) })));
}

function thin(points: Series['points']): Series['points'] {
  if (points.length <= MAX_POINTS) return points;
  const step = Math.ceil(points.length / MAX_POINTS);
  const kept = points.filter((_, index) => index % step === 0);
  const last = points[points.length - 1];
  if (last && kept[kept.length - 1] !== last) kept.push(last);
  return kept;
}

/** One curve as an `<svg>` string: axes, grid, the run's line and the baseline's dashed line. */
export async function curveSvg(curve: Curve, options: { width?: number; height?: number; runLabel?: string; baselineLabel?: string } = {}): Promise<string> {
  const { Plot, parseHTML } = await drawingLibraries();
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const rows = (points: Series['points'], who: string) => thin(points).map(([x, y]) => ({ x, y, who }));
  const run = rows(curve.run, options.runLabel ?? 'this run');
  const baseline = curve.baseline ? rows(curve.baseline, options.baselineLabel ?? 'baseline') : [];
  const svg = Plot.plot({
    document: document as unknown as Document,
    width: options.width ?? 480,
    height: options.height ?? 220,
    marginLeft: 56,
    style: { background: 'transparent', color: 'currentColor', fontSize: '12px', overflow: 'visible' },
    x: { label: curve.x, grid: true },
    y: { label: curve.metric, grid: true },
    marks: [
      ...(baseline.length ? [Plot.line(baseline, { x: 'x', y: 'y', stroke: 'currentColor', strokeOpacity: 0.45, strokeDasharray: '4 3', strokeWidth: 1.5 })] : []),
      Plot.line(run, { x: 'x', y: 'y', stroke: 'currentColor', strokeWidth: 2 }),
    ],
  });
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `${curve.metric} over ${curve.x}${curve.baseline ? ', with the baseline dashed' : ''}`);
  return svg.outerHTML;
}
