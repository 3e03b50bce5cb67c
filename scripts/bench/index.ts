// npm run bench -- [--pages N] [--runs N] [--baseline] [--unique-code] [--json] [--keep]
// Builds a deterministic synthetic wiki of N pages through LABBOOK_CONTENT and reports cold and warm
// build times, CPU, peak memory, output and page weight, search index size and diagram throughput.
// --baseline also builds the same Markdown with a plain Astro 7 + MDX + Shiki site
// (scripts/bench/plain-astro/) in the same run, interleaved, and reports the ratio Labbook / plain.
// --runs N takes medians of N cold builds (and N warm ones). --unique-code makes every code block
// different (by default they are copies of five snippets, which the highlight cache turns into five
// Shiki calls). --no-first-query and --no-diagrams skip the browser measurements.
// A benchmark, not a test: it asserts nothing.
import { appendFileSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { measureFirstQuery } from './first-query.ts';
import { generateWiki } from './generate.ts';
import { BUDGETS, tilPageWeights } from './page-weight.ts';
import { summarize, timedBuild, type Run } from './timed-build.ts';
import { spawnSync } from 'node:child_process';

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '1' },
    baseline: { type: 'boolean', default: false },
    'unique-code': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'no-first-query': { type: 'boolean', default: false },
    'no-diagrams': { type: 'boolean', default: false },
  },
});
const pages = Number(values.pages);
const runs = Number(values.runs);
if (!Number.isInteger(pages) || pages < 10 || !Number.isInteger(runs) || runs < 1) {
  console.error('--pages expects a whole number of at least 10 and --runs one of at least 1, e.g. --pages 1000 --runs 3');
  process.exit(2);
}

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'labbook-bench-'));
const content = join(work, 'content');
const out = join(work, 'dist');
const caches = join(work, 'cache');
const generated = generateWiki(content, pages, 42, values['unique-code']);
const log = (line: string) => !values.json && console.error(line);

const labbookEnv = {
  LABBOOK_CONTENT: content,
  LABBOOK_OUT: out,
  LABBOOK_CACHE: join(caches, 'astro/'),
  LABBOOK_MERMAID_CACHE: join(caches, 'mermaid'),
  LABBOOK_HIGHLIGHT_CACHE: join(caches, 'highlight'),
};
const plainEnv = { BENCH_CONTENT: content, BENCH_OUT: join(work, 'plain-dist'), BENCH_CACHE: join(work, 'plain-cache/') };

/** Labbook, every cache empty: Astro's data store, highlighted code, diagrams, the output. */
function coldLabbook(): Run {
  rmSync(caches, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
  const run = timedBuild(root, labbookEnv);
  log(`  labbook cold: ${run.wallS.toFixed(1)} s wall, ${run.cpuS?.toFixed(1)} s CPU`);
  return run;
}

/** The plain Astro site over the same folder, its cache and output empty. */
function coldPlain(): Run {
  rmSync(plainEnv.BENCH_OUT, { recursive: true, force: true });
  rmSync(plainEnv.BENCH_CACHE, { recursive: true, force: true });
  const run = timedBuild(join(import.meta.dirname, 'plain-astro'), plainEnv);
  log(`  plain astro cold: ${run.wallS.toFixed(1)} s wall, ${run.cpuS?.toFixed(1)} s CPU`);
  return run;
}

function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
}

/**
 * Diagrams per second through Labbook's renderer, cold (empty SVG cache, Chromium launch included)
 * and warm (all cached, no browser), from scripts/bench-mermaid.ts on `count` diagrams.
 */
function diagramThroughput(count: number): { count: number; coldPerS?: number; warmPerS?: number } {
  const result = spawnSync(process.execPath, [join(root, 'scripts/bench-mermaid.ts'), String(count)], { cwd: root, encoding: 'utf8' });
  const rate = (label: string) => {
    const m = new RegExp(`^${label}[^\\n]*?([\\d.]+) diagrams/s`, 'm').exec(result.stdout ?? '');
    return m ? Number(m[1]) : undefined;
  };
  return { count, coldPerS: rate('cold, 10 documents at a time, launch incl\\.'), warmPerS: rate('warm, 10 documents at a time') };
}

/** A duration the build log reports for a step, in seconds (search index, diagrams). */
function loggedSeconds(text: string, pattern: RegExp): number | undefined {
  const m = pattern.exec(text);
  if (!m) return undefined;
  return m[2] === 's' ? Number(m[1]) : Number(m[1]) / 1000;
}

// Interleaved, so a noisy neighbour on a shared machine hits both sides alike. Labbook goes last,
// so the warm rebuilds below start from its caches.
const coldRuns: Run[] = [];
const plainRuns: Run[] = [];
for (let i = 0; i < runs; i++) {
  if (values.baseline) plainRuns.push(coldPlain());
  coldRuns.push(coldLabbook());
}
const lastCold = coldRuns[coldRuns.length - 1] as Run;
// As after a change to astro.config.mjs or labbook.yaml: Astro drops its data store and renders
// every note again, while highlighted code and diagrams come from their caches.
const configChangeRuns: Run[] = [];
for (let i = 0; i < runs; i++) {
  rmSync(labbookEnv.LABBOOK_CACHE, { recursive: true, force: true });
  const run = timedBuild(root, labbookEnv);
  log(`  labbook, Astro's cache dropped: ${run.wallS.toFixed(1)} s wall, ${run.cpuS?.toFixed(1)} s CPU`);
  configChangeRuns.push(run);
}
const htmlPages = readdirSync(out, { recursive: true }).filter((p) => String(p).endsWith('.html')).length;
const plainPages = values.baseline ? readdirSync(plainEnv.BENCH_OUT, { recursive: true }).filter((p) => String(p).endsWith('.html')).length : undefined;
// Warm: one note edited, everything else as the previous build left it (caches included).
const edited = join(content, generated.tils[0] ?? '');
const warmRuns: Run[] = [];
for (let i = 0; i < runs; i++) {
  appendFileSync(edited, `\nOne more line written while the benchmark ran (${i + 1}).\n`);
  const run = timedBuild(root, labbookEnv);
  log(`  labbook warm: ${run.wallS.toFixed(1)} s wall, ${run.cpuS?.toFixed(1)} s CPU`);
  warmRuns.push(run);
}
const weights = tilPageWeights(out);
const median = weights.median;
const searchIndexS = loggedSeconds(lastCold.log, /indexed \d+ pages[^\n]*? in ([\d.]+) ?(ms|s)\b/);
const firstQuery = median && !values['no-first-query'] ? await measureFirstQuery(out, median.page.replace(/index\.html$/, ''), 'gradient checkpoint') : undefined;
const diagramRates = values['no-diagrams'] ? undefined : diagramThroughput(Math.min(Math.max(generated.diagrams, 20), 100));

const cold = summarize(coldRuns);
const warm = summarize(warmRuns);
const configChange = summarize(configChangeRuns);
const plain = values.baseline ? summarize(plainRuns) : undefined;
const ratio = (a: number | undefined, b: number | undefined) => (a !== undefined && b ? a / b : undefined);
const report = {
  machine: { cores: cpus().length, cpu: cpus()[0]?.model, memGiB: totalmem() / 2 ** 30, node: process.version, load1: (await import('node:os')).loadavg()[0] },
  pages: { requested: pages, generated: generated.pages, htmlPages, plainHtmlPages: plainPages, diagrams: generated.diagrams, codeBlocks: generated.codeBlocks, uniqueCode: values['unique-code'] },
  cold: { ...cold, pagesPerS: htmlPages / cold.wallS },
  warm: { ...warm, ratio: warm.wallS / cold.wallS, cpuRatio: ratio(warm.cpuS, cold.cpuS) },
  configChange: { ...configChange, ratio: configChange.wallS / cold.wallS, cpuRatio: ratio(configChange.cpuS, cold.cpuS) },
  plainAstro: plain && { ...plain, ratio: cold.wallS / plain.wallS, cpuRatio: ratio(cold.cpuS, plain.cpuS) },
  output: { bytes: folderBytes(out), searchIndexBytes: folderBytes(join(out, 'pagefind')), searchIndexS },
  tilPage: { budgets: BUDGETS, ...weights },
  firstQuery,
  diagrams: { inWiki: generated.diagrams, renderer: diagramRates },
};

if (values.json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const f = (n: number | undefined, digits = 1) => (n === undefined ? 'n/a' : n.toFixed(digits));
  const kb = (n: number | undefined) => (n === undefined ? 'n/a' : `${(n / 1024).toFixed(1)} KB`);
  const within = (n: number | undefined, budget: number) => (n === undefined ? '' : n <= budget ? ' ok' : ` OVER ${kb(budget)}`);
  const weightRow = (w: typeof median) =>
    w ? `HTML ${kb(w.htmlGzip)} gz${within(w.htmlGzip, BUDGETS.htmlGzip)}, JS ${kb(w.jsGzip)} gz${within(w.jsGzip, BUDGETS.jsGzip)}, CSS ${kb(w.cssGzip)} gz${within(w.cssGzip, BUDGETS.cssGzip)}` : 'n/a';
  const rows: [string, string][] = [
    ['pages (generated / HTML)', `${generated.pages} / ${htmlPages}`],
    ['code blocks', `${generated.codeBlocks}, ${values['unique-code'] ? 'all different' : 'copies of 5 snippets'}`],
    [`cold build (median of ${runs})`, `${f(cold.wallS)} s wall, ${f(cold.cpuS)} s CPU, ${f(cold.peakMiB, 0)} MiB peak`],
    ['pages per second (cold)', f(report.cold.pagesPerS)],
    [`warm rebuild, one note edited`, `${f(warm.wallS)} s wall (${f(report.warm.ratio * 100, 0)}% of cold), ${f(warm.cpuS)} s CPU, ${f(warm.peakMiB, 0)} MiB peak`],
    ['Astro cache dropped (config change)', `${f(configChange.wallS)} s wall (${f(report.configChange.ratio * 100, 0)}% of cold), ${f(configChange.cpuS)} s CPU: code and diagrams from their caches`],
    ...(plain
      ? ([
          [`plain Astro 7 + MDX + Shiki`, `${f(plain.wallS)} s wall, ${f(plain.cpuS)} s CPU, ${f(plain.peakMiB, 0)} MiB peak, ${plainPages} pages`],
          ['Labbook / plain (cold)', `${f(report.plainAstro?.ratio, 2)}x wall, ${f(report.plainAstro?.cpuRatio, 2)}x CPU`],
        ] as [string, string][])
      : []),
    ['output', kb(report.output.bytes)],
    [`TIL page, median of ${weights.count}`, weightRow(median)],
    ['TIL page, heaviest', weightRow(weights.heaviest)],
    ['search index', report.output.searchIndexBytes ? `${kb(report.output.searchIndexBytes)}, ${f(searchIndexS, 2)} s` : 'not built'],
    ['search, first query', firstQuery ? `"${firstQuery.query}": ${kb(firstQuery.bytes)} in ${firstQuery.requests} requests, ${f(firstQuery.ms, 0)} ms to results` : 'not measured'],
    ['diagrams in the wiki', String(generated.diagrams)],
    [
      `diagrams per second (${diagramRates?.count ?? 0})`,
      diagramRates ? `${f(diagramRates.coldPerS)} cold (Chromium launch incl.), ${f(diagramRates.warmPerS)} warm (cached, no browser)` : 'not measured',
    ],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(`Labbook benchmark: ${pages} pages, ${report.machine.cores} cores, ${f(report.machine.memGiB, 0)} GiB, Node ${process.version}, load ${f(report.machine.load1, 1)}`);
  for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
}
if (values.keep) console.error(`kept ${work}`);
else rmSync(work, { recursive: true, force: true });
