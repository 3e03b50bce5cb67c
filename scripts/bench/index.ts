// npm run bench -- [--pages N] [--json] [--keep]
// Builds a deterministic synthetic wiki of N pages through LABBOOK_CONTENT and reports cold and warm
// build times, CPU, peak memory, output and page weight, search index size and diagram throughput.
// A benchmark, not a test: it asserts nothing and prints numbers.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { measureFirstQuery } from './first-query.ts';
import { generateWiki } from './generate.ts';

const { values } = parseArgs({
  options: { pages: { type: 'string', default: '1000' }, json: { type: 'boolean', default: false }, keep: { type: 'boolean', default: false } },
});
const pages = Number(values.pages);
if (!Number.isInteger(pages) || pages < 10) {
  console.error('--pages expects a whole number of at least 10, e.g. --pages 1000');
  process.exit(2);
}

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'labbook-bench-'));
const content = join(work, 'content');
const out = join(work, 'dist');
const generated = generateWiki(content, pages);
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

interface Run {
  wallS: number;
  cpuS?: number;
  peakMiB?: number;
  log: string;
}

/** One `astro build`, timed; CPU and peak memory come from GNU time where the machine has it. */
function build(): Run {
  const env = {
    ...process.env,
    LABBOOK_CONTENT: content,
    LABBOOK_OUT: out,
    LABBOOK_CACHE: join(work, 'cache/astro/'),
    LABBOOK_MERMAID_CACHE: join(work, 'cache/mermaid'),
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
  };
  const astro = [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'];
  const command = gnuTime ? [gnuTime, '-f', 'BENCH %e %U %S %M', process.execPath, ...astro] : [process.execPath, ...astro];
  const started = performance.now();
  const result = spawnSync(command[0] as string, command.slice(1), { cwd: root, env, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const wallS = (performance.now() - started) / 1000;
  const log = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) {
    console.error(log.slice(-4000));
    throw new Error(`build failed (exit ${result.status}); content kept in ${content}`);
  }
  const m = /BENCH ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(log);
  return m ? { wallS, cpuS: Number(m[2]) + Number(m[3]), peakMiB: Number(m[4]) / 1024, log } : { wallS, log };
}

function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
}

/** Bytes (raw and gzipped) of the JS and CSS a TIL page loads before any interaction. */
function pageWeight(htmlPath: string) {
  const html = readFileSync(htmlPath, 'utf8');
  const inlineJs = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '').join('');
  const assets = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => readFileSync(join(out, decodeURI(m[1] ?? ''))));
  const js = Buffer.concat([Buffer.from(inlineJs), ...assets(/<script[^>]*\bsrc="\/([^"]+\.js)"/g)]);
  const css = Buffer.concat(assets(/<link[^>]*rel="stylesheet"[^>]*href="\/([^"]+\.css)"/g));
  return {
    htmlBytes: html.length,
    htmlGzip: gzipSync(html).length,
    jsBytes: js.length,
    jsGzip: js.length ? gzipSync(js).length : 0,
    cssBytes: css.length,
    cssGzip: css.length ? gzipSync(css).length : 0,
  };
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
function loggedSeconds(log: string, pattern: RegExp): number | undefined {
  const m = pattern.exec(log);
  if (!m) return undefined;
  return m[2] === 's' ? Number(m[1]) : Number(m[1]) / 1000;
}

const cold = build();
const htmlPages = readdirSync(out, { recursive: true }).filter((p) => String(p).endsWith('.html')).length;
// Warm: one note edited, everything else as the cold build left it (caches included).
const edited = join(content, generated.tils[0] ?? '');
appendFileSync(edited, '\nOne more line written while the benchmark ran.\n');
const warm = build();
const tilHtml = readdirSync(join(out, 'til'), { recursive: true })
  .map(String)
  .find((p) => /note-\d+\/index\.html$/.test(p));
const weight = tilHtml ? pageWeight(join(out, 'til', tilHtml)) : undefined;
const searchIndexS = loggedSeconds(cold.log, /indexed \d+ pages[^\n]*? in ([\d.]+) ?(ms|s)\b/);
const firstQuery = tilHtml ? await measureFirstQuery(out, `/til/${tilHtml.replace(/index\.html$/, '')}`, 'gradient checkpoint') : undefined;
const diagramRates = diagramThroughput(Math.min(Math.max(generated.diagrams, 20), 100));

const report = {
  machine: { cores: (await import('node:os')).cpus().length, node: process.version },
  pages: { requested: pages, generated: generated.pages, htmlPages, diagrams: generated.diagrams },
  cold: { wallS: cold.wallS, cpuS: cold.cpuS, peakMiB: cold.peakMiB, pagesPerS: htmlPages / cold.wallS },
  warm: { wallS: warm.wallS, cpuS: warm.cpuS, peakMiB: warm.peakMiB, ratio: warm.wallS / cold.wallS },
  output: { bytes: folderBytes(out), searchIndexBytes: folderBytes(join(out, 'pagefind')), searchIndexS },
  tilPage: weight,
  firstQuery,
  diagrams: { inWiki: generated.diagrams, renderer: diagramRates },
};

if (values.json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const f = (n: number | undefined, digits = 1) => (n === undefined ? 'n/a' : n.toFixed(digits));
  const kb = (n: number | undefined) => (n === undefined ? 'n/a' : `${(n / 1024).toFixed(1)} KB`);
  const rows: [string, string][] = [
    ['pages (generated / HTML)', `${generated.pages} / ${htmlPages}`],
    ['cold build', `${f(cold.wallS)} s wall, ${f(cold.cpuS)} s CPU, ${f(cold.peakMiB, 0)} MiB peak`],
    ['pages per second (cold)', f(report.cold.pagesPerS)],
    ['warm rebuild (one note edited)', `${f(warm.wallS)} s wall (${f(report.warm.ratio * 100, 0)}% of cold), ${f(warm.peakMiB, 0)} MiB peak`],
    ['output', kb(report.output.bytes)],
    ['TIL page HTML', weight ? `${kb(weight.htmlBytes)} (${kb(weight.htmlGzip)} gz)` : 'n/a'],
    ['TIL page JS', weight ? `${kb(weight.jsBytes)} (${kb(weight.jsGzip)} gz)` : 'n/a'],
    ['TIL page CSS', weight ? `${kb(weight.cssBytes)} (${kb(weight.cssGzip)} gz)` : 'n/a'],
    ['search index', report.output.searchIndexBytes ? `${kb(report.output.searchIndexBytes)}, ${f(searchIndexS, 2)} s` : 'not built'],
    ['search, first query', firstQuery ? `"${firstQuery.query}": ${kb(firstQuery.bytes)} in ${firstQuery.requests} requests, ${f(firstQuery.ms, 0)} ms to results` : 'no browser'],
    ['diagrams in the wiki', String(generated.diagrams)],
    [
      `diagrams per second (${diagramRates.count})`,
      `${f(diagramRates.coldPerS)} cold (Chromium launch incl.), ${f(diagramRates.warmPerS)} warm (cached, no browser)`,
    ],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(`Labbook benchmark: ${pages} pages, ${report.machine.cores} cores, Node ${process.version}`);
  for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
}
if (values.keep) console.error(`kept ${work}`);
else rmSync(work, { recursive: true, force: true });
