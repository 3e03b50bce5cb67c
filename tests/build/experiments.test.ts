import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeWorkDir, runBuild } from './run-build.ts';

const FIXTURE = join(import.meta.dirname, '../fixtures/experiments-site');

/** A copy of the experiments fixture, to change without touching it. */
function copyFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'labbook-exp-'));
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

/** The row of a run in the leaderboard's HTML. */
const rowOf = (html: string, id: string) => html.split('<tr').find((row) => row.includes(`data-value="${id}"`)) ?? '';

describe('experiments in a build', () => {
  let out: string;
  let output: string;
  beforeAll(() => {
    out = join(makeWorkDir(), 'dist');
    const result = runBuild(copyFixture(), out);
    output = result.output;
    expect(result.status, output).toBe(0);
  });

  it('marks the best run of each metric on the leaderboard, and shows a text metric unranked', () => {
    const html = readFileSync(join(out, 'experiments/index.html'), 'utf8');
    const best = rowOf(html, 'exp-002');
    expect(best.match(/class="num best"/g)).toHaveLength(3);
    expect(rowOf(html, 'exp-001')).not.toContain('best');
    expect(rowOf(html, 'exp-004')).toContain('n/a (crashed at epoch 2)');
    expect(html).toContain('aria-sort="ascending"');
    expect(output).toContain('experiments/exp-004_label-smoothing/metrics.json: metric `eval.accuracy` is text');
  });

  it('a run page shows the parameters that changed against its baseline, and curves as SVG', () => {
    const html = readFileSync(join(out, 'experiments/exp-002_lr-warmup/index.html'), 'utf8');
    const changed = html.match(/<tr class="diff--[a-z]+"[^]*?<\/tr>/g)?.map((row) => row.replace(/<[^>]+>/g, ' ').trim().split(/\s+/));
    expect(changed).toEqual([['optimizer.lr', '0.0003', '0.0005'], ['warmup_steps', '0', '500']]);
    expect(html).toContain('\u22120.045 (better)');
    expect(html).toContain('aria-label="loss over step, with the baseline dashed"');
    expect(html.match(/<svg[^>]*role="img"/g)).toHaveLength(2);
    expect(html).toContain('href="/experiments/exp-001_baseline/"');
    expect(html).toContain('href="/models/intent-v1-0-0/"');
    expect(html).toContain('href="https://github.com/ferrite-ml/platform/issues/57"');
    // No chart library in the browser.
    expect(html).not.toMatch(/<script[^>]+src="[^"]*plot/i);
  });

  it('reads a DVC-style folder: params.yaml and the metrics and plots dvc.yaml names', () => {
    const html = readFileSync(join(out, 'experiments/dvc/get-started/index.html'), 'utf8');
    expect(html).toMatch(/<code[^>]*>train\.n_est<\/code>/);
    expect(html).toMatch(/<code[^>]*>roc_auc\.test<\/code>/);
    expect(html).toContain('aria-label="tpr over fpr"');
    expect(html).toContain('aria-label="loss over step"');
  });

  it('a model card lists the runs that produced it; a TIL that mentions a run links to it', () => {
    const card = readFileSync(join(out, 'models/intent-v1-0-0/index.html'), 'utf8');
    expect(card).toContain('id="model-runs"');
    expect(card.match(/href="\/experiments\/exp-00[12]_[a-z-]+\/"/g)).toEqual(['href="/experiments/exp-001_baseline/"', 'href="/experiments/exp-002_lr-warmup/"']);
    const til = readFileSync(join(out, 'til/2026-11-20-warmup/index.html'), 'utf8');
    expect(til).toContain('<a href="/experiments/exp-002_lr-warmup/" class="run-ref">exp-002</a>');
    expect(til).toContain('<a href="/experiments/exp-001_baseline/" class="run-ref">exp-001_baseline</a>');
    expect(output).toMatch(/link-check\] links: \d+ pages checked, no broken links/);
  });

  it("the same repository's notebooks and dataset card are pages too: one ML repository, every artifact", () => {
    const notebook = readFileSync(join(out, 'notebooks/error-analysis/index.html'), 'utf8');
    expect(notebook).toMatch(/<div class="nb-output nb-html"><div>\s*<table border="1">/);
    expect(notebook).toContain('<div class="nb-output nb-stream nb-stderr"><pre>');
    expect(notebook).toContain('<span class="ansi-red">KeyError</span>');
    const figures = join(out, 'notebooks/calibration/calibration-figures');
    const png = readdirSync(figures).find((name) => /^output-[0-9a-f]+\.png$/.test(name));
    expect(png).toBeDefined();
    expect(readFileSync(join(figures, 'index.html'), 'utf8')).toContain(`<img src="${png}"`);
    const dataset = readFileSync(join(out, 'datasets/tickets/index.html'), 'utf8');
    expect(dataset).toContain('href="/models/intent-v1-0-0/"');
    expect(readFileSync(join(out, 'models/intent-v1-0-0/index.html'), 'utf8')).toContain('<a href="/datasets/tickets/"><code>acme/tickets</code></a>');
  });

  it('tags the run pages for search as Experiment', () => {
    const html = readFileSync(join(out, 'experiments/exp-002_lr-warmup/index.html'), 'utf8');
    expect(html).toContain('<span data-pagefind-filter="kind">Experiment</span>');
    expect(html).toContain('<span data-pagefind-filter="tag">warmup</span>');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toMatch(/<a href="\/experiments\/"><span class="section-card__label">Experiments<\/span> <span class="section-card__count">6<\/span>/);
  });
});

describe('experiments that cannot be read', () => {
  it('names the file and line of broken metrics, the missing baseline and a malformed step log, and publishes nothing', () => {
    const site = copyFixture();
    writeFileSync(join(site, 'experiments/exp-005_distill/metrics.json'), '{\n  "eval": { "loss": 0.398, }\n}\n');
    writeFileSync(join(site, 'experiments/exp-003_bigger-batch/README.md'), '---\nbaseline: exp-000\n---\nNotes.\n');
    writeFileSync(join(site, 'experiments/exp-001_baseline/train_log.csv'), 'step,loss\n0,1\n1,0.5,7\n');
    const out = join(makeWorkDir(), 'dist');
    const { status, output } = runBuild(site, out);
    expect(status).toBe(1);
    expect(output).toContain('experiments/exp-005_distill/metrics.json:2: is not valid JSON (line 2, column 28)');
    expect(output).toContain('experiments/exp-003_bigger-batch/README.md: run exp-003_bigger-batch names `baseline: exp-000`');
    expect(output).toContain('experiments/exp-001_baseline/train_log.csv:3: step log line has 3 fields where the header has 2');
    // exp-002 names the broken exp-001 as its baseline: that is not reported a second time.
    expect(output).not.toContain('exp-002_lr-warmup/README.md');
    expect(existsSync(join(out, 'index.html'))).toBe(false);
    rmSync(site, { recursive: true, force: true });
  });
});

describe('experiments in warm rebuilds', () => {
  /** Pages the build copied from its cache (`├─ /x/index.html (restored)` in Astro's log). */
  const restored = (output: string) => new Set([...output.matchAll(/├─ (\S+) \((?:restored|cached)\)/g)].map((m) => m[1] as string));

  it('renders a run again when any file of its folder changes, and its baseline-diffing neighbour too', () => {
    const site = copyFixture();
    const out = join(makeWorkDir(), 'dist');
    expect(runBuild(site, out).status).toBe(0);
    const same = runBuild(site, out);
    expect(restored(same.output)).toContain('/experiments/exp-001_baseline/index.html');
    writeFileSync(join(site, 'experiments/exp-001_baseline/train_log.csv'), 'step,loss,accuracy\n0,2.5,0.1\n100,1.2,0.6\n');
    const edited = runBuild(site, out);
    expect(edited.status, edited.output).toBe(0);
    const reused = restored(edited.output);
    expect(reused).not.toContain('/experiments/exp-001_baseline/index.html');
    expect(reused).not.toContain('/experiments/exp-002_lr-warmup/index.html');
    expect(readFileSync(join(out, 'experiments/exp-001_baseline/index.html'), 'utf8')).toContain('aria-label="loss over step"');
    rmSync(site, { recursive: true, force: true });
    // Three builds in turn: a ceiling for a loaded machine, not a pace.
  }, 900_000);
});
