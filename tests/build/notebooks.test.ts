import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { makeSite, makeWorkDir, runBuild } from './run-build.ts';

const FIXTURE = join(import.meta.dirname, '../fixtures/notebooks-site');

/** A PNG of noise (it does not compress), `seed` making each one different. */
function noisePng(size: number, seed: number): Buffer {
  let state = seed;
  const raw = Buffer.alloc((size * 3 + 1) * size);
  for (let i = 0; i < raw.length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    raw[i] = i % (size * 3 + 1) === 0 ? 0 : state >>> 24;
  }
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = (crcTable[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const notebook = (cells: unknown[], metadata: Record<string, unknown> = {}) => JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata, cells });
const figureCell = (n: number, png: Buffer) => ({
  cell_type: 'code',
  execution_count: n,
  metadata: {},
  source: `plt.imshow(noise(${n}))`,
  outputs: [{ output_type: 'display_data', metadata: {}, data: { 'image/png': png.toString('base64'), 'text/plain': '<Figure size 640x480 with 1 Axes>' } }],
});

/** The fixture wiki plus a notebook of ten figures and one whose outputs carry scripts. */
function fixtureSite(): { site: string; pngs: Buffer[] } {
  const site = mkdtempSync(join(tmpdir(), 'labbook-notebooks-'));
  cpSync(FIXTURE, site, { recursive: true });
  const pngs = Array.from({ length: 10 }, (_, i) => noisePng(96, i + 1));
  writeFileSync(join(site, 'notebooks/ten-figures.ipynb'), notebook([{ cell_type: 'markdown', metadata: {}, source: '# Ten figures' }, ...pngs.map((png, i) => figureCell(i + 1, png))]));
  writeFileSync(
    join(site, 'notebooks/scripted-output.ipynb'),
    notebook([
      { cell_type: 'markdown', metadata: {}, source: 'Outputs with scripts' },
      { cell_type: 'code', execution_count: 1, metadata: {}, source: 'show()', outputs: [{ output_type: 'display_data', metadata: {}, data: { 'text/html': '<b>kept</b><script>window.__xss=1</script><img src="https://example.com/x.png" onerror="window.__xss=1">' } }] },
    ]),
  );
  return { site, pngs };
}

describe('notebooks in the build', () => {
  it('publishes each notebook as a page: cells, outputs, images as files, search markup, one warning for a scripted output', () => {
    const { site, pngs } = fixtureSite();
    const out = join(makeWorkDir(), 'dist');
    const { status, output } = runBuild(site, out);
    expect(status, output).toBe(0);

    const page = readFileSync(join(out, 'notebooks/error-analysis/index.html'), 'utf8');
    // Title from the first heading, tags from the metadata, search kind and filter.
    expect(page).toContain('<h1>Intent classifier error analysis</h1>');
    expect(page).toContain('<span data-pagefind-filter="kind">Notebook</span>');
    expect(page).toContain('<span data-pagefind-filter="tag">evaluation</span>');
    // Markdown cells through the wiki's pipeline: math, callouts, issue refs.
    expect(page).toContain('class="katex"');
    expect(page).toContain('class="callout callout-note"');
    expect(page).toContain('href="https://github.com/acme/notebooks/issues/42"');
    // Code cells highlighted as Python with their execution counts; stdout, stderr, pandas table, traceback.
    expect(page).toMatch(/<pre class="astro-code[^"]*"[^>]*data-language="python"/);
    expect(page).toContain('[1]:');
    expect(page).toContain('<div class="nb-output nb-stream nb-stderr"><pre>UserWarning: GradScaler');
    expect(page).toMatch(/<div class="nb-output nb-html"><div>\s*<table border="1">/);
    expect(page).toContain('<span class="ansi-red">KeyError</span>: \'recall\'');

    // Images are files next to the page, linked by content-hashed names.
    const calibration = join(out, 'notebooks/calibration/calibration-figures');
    const files = readdirSync(calibration).filter((name) => name.startsWith('output-')).sort();
    expect(files).toHaveLength(3);
    expect(files.some((name) => name.endsWith('.svg'))).toBe(true);
    const calibrationPage = readFileSync(join(calibration, 'index.html'), 'utf8');
    for (const name of files) expect(calibrationPage).toContain(`<img src="${name}"`);
    // An image of a Markdown cell is published by Astro, as for notes.
    const figure = /<img[^>]*src="(\/_astro\/reliability[^"]+)"[^>]*alt="Reliability diagram"|<img[^>]*alt="Reliability diagram"[^>]*src="(\/_astro\/reliability[^"]+)"/.exec(calibrationPage);
    expect(figure, calibrationPage.slice(calibrationPage.indexOf('Reliability') - 300, calibrationPage.indexOf('Reliability') + 100)).not.toBeNull();
    expect(existsSync(join(out, (figure?.[1] ?? figure?.[2] ?? '').slice(1)))).toBe(true);

    // Ten images: the page links ten files and stays small; the files hold the images' bytes.
    const ten = join(out, 'notebooks/ten-figures');
    const tenPage = readFileSync(join(ten, 'index.html'), 'utf8');
    const srcs = [...tenPage.matchAll(/<img src="(output-[0-9a-f]{16}\.png)"/g)].map((match) => match[1] as string);
    expect(srcs).toHaveLength(10);
    expect(srcs.map((src) => readFileSync(join(ten, src)))).toEqual(pngs);
    expect(tenPage).not.toContain('base64');
    expect(tenPage).not.toContain(pngs[0]?.toString('base64').slice(0, 40));
    expect(gzipSync(tenPage).length).toBeLessThan(100 * 1024);

    // A scripted output is sanitized, with one warning naming the notebook and the cell.
    const scripted = readFileSync(join(out, 'notebooks/scripted-output/index.html'), 'utf8');
    expect(scripted).toContain('<b>kept</b>');
    expect(scripted).not.toMatch(/window\.__xss|onerror/);
    const warnings = output.split('\n').filter((line) => line.includes('notebooks/scripted-output.ipynb'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('cell 2: removed <script>, onerror on <img>');
    // The pandas table's presentation markup is removed without a warning.
    expect(output).not.toContain('notebooks/error-analysis.ipynb: cell');

    // The list, the header link and the home page card; search indexed the notebooks.
    expect(readFileSync(join(out, 'notebooks/index.html'), 'utf8')).toContain('href="/notebooks/calibration/calibration-figures/"');
    const home = readFileSync(join(out, 'index.html'), 'utf8');
    expect(home).toMatch(/<a href="\/notebooks\/"[^>]*>(<span[^>]*>)?Notebooks/);
    expect(output).toMatch(/indexed \d+ pages \(1 docs page, 4 notebooks\)/);
    // The link check covered the notebook pages and their images.
    expect(output).toMatch(/links: \d+ pages checked, no broken links/);
  });

  it('fails naming each bad notebook: not JSON (line, column), not nbformat 4, over the size limit; writes no site', () => {
    const site = makeSite({
      'labbook.yaml': 'title: Bad notebooks\nnotebookMaxSize: 0.01\n',
      'docs/index.md': '# Docs\n',
      'notebooks/conflict.ipynb': '{\n "cells": [],\n<<<<<<< HEAD\n}\n',
      'notebooks/old.ipynb': JSON.stringify({ nbformat: 3, nbformat_minor: 0, metadata: {}, worksheets: [] }),
      'notebooks/huge.ipynb': notebook([{ cell_type: 'markdown', metadata: {}, source: 'x'.repeat(20_000) }]),
      'notebooks/fine.ipynb': notebook([{ cell_type: 'markdown', metadata: {}, source: '# Fine' }]),
    });
    const out = join(makeWorkDir(), 'dist');
    const { status, output } = runBuild(site, out);
    expect(status).not.toBe(0);
    expect(output).toContain('notebooks/conflict.ipynb:3: is not valid JSON (line 3, column 1)');
    expect(output).toContain('notebooks/old.ipynb: is nbformat 3.0; Labbook shows nbformat 4 notebooks');
    expect(output).toMatch(/notebooks\/huge\.ipynb: is 20 KB, over the notebook size limit of 10 KB/);
    expect(output).not.toContain('notebooks/fine.ipynb:');
    expect(existsSync(out)).toBe(false);
  });

  it('an edited notebook is rendered again on the next build; the others keep their pages', () => {
    const { site } = fixtureSite();
    const work = makeWorkDir();
    const out = join(work, 'dist');
    expect(runBuild(site, out).status).toBe(0);
    const path = join(site, 'notebooks/error-analysis.ipynb');
    writeFileSync(path, readFileSync(path, 'utf8').replace('epoch 2 loss 0.318', 'epoch 2 loss 0.299'));
    const again = runBuild(site, out);
    expect(again.status, again.output).toBe(0);
    const page = readFileSync(join(out, 'notebooks/error-analysis/index.html'), 'utf8');
    expect(page).toContain('epoch 2 loss 0.299');
    expect(page).not.toContain('0.318');
    expect(readFileSync(join(out, 'notebooks/ten-figures/index.html'), 'utf8')).toContain('<h1>Ten figures</h1>');
  });
});
