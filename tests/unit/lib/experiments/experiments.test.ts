import { describe, expect, it } from 'vitest';
import { flatten, readValues } from '../../../../src/lib/experiments/values.ts';
import { parsePlotJson, parseStepLog } from '../../../../src/lib/experiments/step-log.ts';
import { readRun, runIdOf, type Run } from '../../../../src/lib/experiments/run.ts';
import { resolveRuns, textMetricWarnings } from '../../../../src/lib/experiments/collect.ts';
import { defaultColumns, directionOf, leaderboard } from '../../../../src/lib/experiments/leaderboard.ts';
import { diffRuns } from '../../../../src/lib/experiments/diff.ts';
import { curveSvg, curvesOf } from '../../../../src/lib/experiments/curves.ts';

/** A run folder from file texts. */
function run(folder: string, files: Record<string, string>) {
  return readRun(folder, 'experiments', Object.keys(files).sort(), (name) => files[name] ?? '');
}

const fake = (id: string, metrics: Run['metrics'], extra: Partial<Run> = {}): Run => ({
  folder: `experiments/${id}`, dirName: id, id, group: '', slug: id, params: {}, paramFiles: [], metrics, metricFiles: [`experiments/${id}/metrics.json`], logs: [], ...extra,
});

describe('values', () => {
  it('flattens nested keys to dotted names and keeps lists as text', () => {
    expect(flatten({ optimizer: { name: 'adam', lr: 0.001 }, layers: [64, 128], dropout: null })).toEqual({ 'optimizer.name': 'adam', 'optimizer.lr': 0.001, layers: '[64, 128]', dropout: null });
  });
  it('names the line and column of a JSON syntax error', () => {
    const result = readValues('experiments/a/metrics.json', '{\n  "loss": 0.3,\n  "acc": 0.9,,\n}');
    expect(result.problem?.code).toBe('experiment-syntax');
    expect(result.problem?.line).toBe(3);
    expect(result.problem?.message).toMatch(/line 3, column 14/);
  });
  it('names the line of a YAML syntax error', () => {
    const result = readValues('experiments/a/config.yml', 'lr: 0.1\nbatch: [1, 2\nseed: 3');
    expect(result.problem?.code).toBe('experiment-syntax');
    expect(result.problem?.file).toBe('experiments/a/config.yml');
  });
  it('locates JSON errors whatever the Node version says', () => {
    expect(readValues('m.json', '{"loss": }').problem).toMatchObject({ line: 1 });
    expect(readValues('m.json', '{"loss": }').problem?.message).toMatch(/column 10/);
    expect(readValues('m.json', '{"a": 1}\n  x').problem?.message).toMatch(/line 2, column 3/);
    expect(readValues('m.json', '{"a": [1, 2}').problem?.message).toMatch(/column 12/);
  });
  it('refuses a list where name/value pairs are expected', () => {
    expect(readValues('m.json', '[1, 2]').problem?.message).toMatch(/a list/);
  });
});

describe('step logs', () => {
  it('reads CSV columns over the step column', () => {
    const result = parseStepLog('a/train.csv', 'step,loss,acc\n1,0.9,0.5\n2,0.5,\n3,0.3,0.8\n');
    expect(result.log).toEqual({ file: 'a/train.csv', x: 'step', series: [{ name: 'loss', points: [[1, 0.9], [2, 0.5], [3, 0.3]] }, { name: 'acc', points: [[1, 0.5], [3, 0.8]] }] });
  });
  it('reads TSV and JSON Lines', () => {
    expect(parseStepLog('a/l.tsv', 'epoch\tloss\n0\t1\n1\t0.5').log?.x).toBe('epoch');
    expect(parseStepLog('a/l.jsonl', '{"step":1,"loss":2}\n{"step":2,"loss":1}\n').log?.series[0]?.points).toEqual([[1, 2], [2, 1]]);
  });
  it('reports an empty log and a malformed line with its line', () => {
    expect(parseStepLog('a/e.csv', '\n').problem).toMatchObject({ code: 'experiment-step-log', line: 1 });
    expect(parseStepLog('a/b.csv', 'step,loss\n1,0.5\n2,0.4,9\n').problem).toMatchObject({ file: 'a/b.csv', line: 3 });
    expect(parseStepLog('a/b.jsonl', '{"step":1}\n{"step":2\n').problem).toMatchObject({ line: 2 });
  });
  it('reads a DVC JSON plot with the fields dvc.yaml names', () => {
    const result = parsePlotJson('a/roc.json', '{"roc": [{"fpr": 0, "tpr": 0, "t": 1}, {"fpr": 1, "tpr": 1, "t": 0}]}', 'fpr', ['tpr']);
    expect(result.log).toEqual({ file: 'a/roc.json', x: 'fpr', series: [{ name: 'tpr', points: [[0, 0], [1, 1]] }] });
  });
});

describe('a run folder', () => {
  it('splits id and name at the first underscore', () => {
    expect(runIdOf('exp-003_lr_warmup')).toEqual({ id: 'exp-003', name: 'lr_warmup' });
    expect(runIdOf('baseline')).toEqual({ id: 'baseline' });
  });
  it('reads config, metrics, README front matter and step logs', () => {
    const { run: r, problems } = run('experiments/sweep/exp-002_warmup', {
      'config.yml': 'optimizer:\n  lr: 0.001\nbatch_size: 32\n',
      'metrics.json': '{"eval": {"loss": 0.41, "accuracy": 0.88}}',
      'README.md': '---\nbaseline: exp-001\nmodel: intent-v1\ntags: [warmup, lr]\n---\n## Hypothesis\nWarmup helps.\n',
      'train.csv': 'step,loss\n1,1\n2,0.5\n',
    });
    expect(problems).toEqual([]);
    expect(r).toMatchObject({ id: 'exp-002', name: 'warmup', group: 'sweep', slug: 'sweep/exp-002_warmup' });
    expect(r?.params).toEqual({ 'optimizer.lr': 0.001, batch_size: 32 });
    expect(r?.metrics).toEqual({ 'eval.loss': 0.41, 'eval.accuracy': 0.88 });
    expect(r?.notes).toMatchObject({ baseline: 'exp-001', model: 'intent-v1', tags: ['warmup', 'lr'] });
    expect(r?.logs.map((log) => log.file)).toEqual(['experiments/sweep/exp-002_warmup/train.csv']);
  });
  it('reads a DVC layout: params.yaml, the metrics and plots dvc.yaml names, and warns about files not committed', () => {
    const { run: r, warnings } = run('experiments/dvc-get-started', {
      'params.yaml': 'train:\n  n_est: 50\n',
      'dvc.yaml': 'stages:\n  train:\n    cmd: python train.py\nmetrics:\n- eval/metrics.json\n- eval/missing.json\nplots:\n- eval/live/loss.tsv\n- ROC:\n    x: fpr\n    y:\n      eval/roc.json: tpr\n',
      'eval/metrics.json': '{"avg_prec": 0.9}',
      'eval/live/loss.tsv': 'step\tloss\n0\t1\n1\t0.6\n',
      'eval/roc.json': '[{"fpr":0,"tpr":0},{"fpr":1,"tpr":1}]',
    });
    expect(r?.params).toEqual({ 'train.n_est': 50 });
    expect(r?.metrics).toEqual({ avg_prec: 0.9 });
    expect(r?.logs.map((log) => [log.file.split('/').pop(), log.x])).toEqual([['loss.tsv', 'step'], ['roc.json', 'fpr']]);
    expect(warnings.map((w) => w.message)).toEqual([expect.stringContaining('eval/missing.json')]);
  });
  it('a broken file gives a problem and no run (nothing half-written)', () => {
    const result = run('experiments/exp-009', { 'metrics.json': '{"loss": }' });
    expect(result.run).toBeUndefined();
    expect(result.problems[0]).toMatchObject({ file: 'experiments/exp-009/metrics.json', line: 1 });
  });
});

describe('baselines and text metrics', () => {
  it('uses the declared baseline, else the previous run by id in the group', () => {
    const runs = [fake('exp-10', {}), fake('exp-2', {}), fake('exp-1', {}, { notes: { file: 'x', tags: [], body: '', baseline: 'exp-10' } })];
    const { runs: resolved, problems } = resolveRuns(runs);
    expect(problems).toEqual([]);
    expect(resolved.map((r) => [r.id, r.baseline?.folder, r.baseline?.declared])).toEqual([
      ['exp-1', 'experiments/exp-10', true],
      ['exp-2', 'experiments/exp-1', false],
      ['exp-10', 'experiments/exp-2', false],
    ]);
  });
  it('a baseline that does not exist is an error naming the run and the baseline', () => {
    const { problems } = resolveRuns([fake('exp-1', {}, { notes: { file: 'experiments/exp-1/README.md', tags: [], body: '', baseline: 'exp-0' } })]);
    expect(problems[0]).toMatchObject({ code: 'experiment-baseline', file: 'experiments/exp-1/README.md' });
    expect(problems[0]?.message).toMatch(/run exp-1 names `baseline: exp-0`/);
  });
  it('warns about a metric that is text where other runs have numbers', () => {
    const warnings = textMetricWarnings([fake('a', { acc: 0.9 }), fake('b', { acc: '91%' }), fake('c', { note: 'ok' })]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: 'experiment-metric-text', file: 'experiments/b/metrics.json' });
    expect(warnings[0]?.message).toMatch(/`acc`/);
  });
});

describe('leaderboard', () => {
  const runs = [fake('a', { loss: 0.5, accuracy: 0.8, rare: 1 }), fake('b', { loss: 0.3, accuracy: '91%' }), fake('c', { loss: 0.4, accuracy: 0.85 })];
  it('defaults to the metrics most runs share', () => {
    expect(defaultColumns(runs)).toEqual(['loss', 'accuracy']);
  });
  it('marks the best value per column by direction; text is not ranked', () => {
    const board = leaderboard(runs);
    expect(board.columns).toEqual([{ metric: 'loss', direction: 'lower' }, { metric: 'accuracy', direction: 'higher' }]);
    expect(board.rows.map((row) => row.cells.map((cell) => cell.best))).toEqual([[false, false], [true, false], [false, true]]);
    expect(board.rows[1]?.cells[1]).toEqual({ value: '91%', ranked: false, best: false });
  });
  it('takes columns and directions from labbook.yaml', () => {
    const board = leaderboard(runs, { metrics: ['rare', 'loss'], higherIsBetter: ['loss'] });
    expect(board.columns.map((c) => c.metric)).toEqual(['rare', 'loss']);
    expect(board.rows[0]?.cells[1]?.best).toBe(true);
    expect(directionOf('eval.accuracy')).toBe('higher');
    expect(directionOf('val.loss')).toBe('lower');
  });
});

describe('diff against the baseline', () => {
  it('lists changed, added and removed parameters and metric changes with verdicts', () => {
    const diff = diffRuns({ params: { lr: 0.01, bs: 32, warmup: 100 }, metrics: { loss: 0.3, acc: 0.9 } }, { params: { lr: 0.001, bs: 32, dropout: 0.1 }, metrics: { loss: 0.4, acc: 0.91 } });
    expect(diff.params).toEqual([
      { key: 'lr', kind: 'changed', before: 0.001, after: 0.01 },
      { key: 'warmup', kind: 'added', after: 100 },
      { key: 'dropout', kind: 'removed', before: 0.1 },
    ]);
    expect(diff.sameParams).toBe(1);
    expect(diff.metrics.map((m) => [m.key, m.change?.kind === 'delta' ? [m.change.text, m.change.verdict] : undefined])).toEqual([
      ['loss', ['\u22120.1', 'better']],
      ['acc', ['\u22120.01', 'worse']],
    ]);
  });
});

describe('curves', () => {
  it('draws a static SVG with the run and the dashed baseline in currentColor', async () => {
    const curves = curvesOf([{ file: 'experiments/b/train.csv', x: 'step', series: [{ name: 'loss', points: [[1, 1], [2, 0.5]] }] }], [{ file: 'experiments/a/train.csv', x: 'step', series: [{ name: 'loss', points: [[1, 1.2], [2, 0.8]] }] }]);
    expect(curves).toHaveLength(1);
    const svg = await curveSvg(curves[0]!);
    expect(svg).toMatch(/^<svg[^>]*role="img"/);
    expect(svg).toContain('aria-label="loss over step, with the baseline dashed"');
    expect(svg.match(/stroke="currentColor" fill="none" aria-label="line"><path d="M[\d.,L]+"/g)).toHaveLength(2);
    expect(svg).toContain('stroke-dasharray="4 3"');
    expect(svg).not.toContain('<script');
    expect(svg).toBe(await curveSvg(curves[0]!));
  });
});
