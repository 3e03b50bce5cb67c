import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { makeSite, makeWorkDir, runBuild, tilFile } from './run-build.ts';

const STARTING_CHROMIUM = 'mermaid: starting Chromium';
const flowchart = '```mermaid\nflowchart LR\n  A[Write] --> B[Build]\n```\n';
const broken = '```mermaid\ngraph TD\n  A-->\n```\n';

/** A wiki with a diagram in a TIL, a daily-log entry and a doc; `extra` files added or replaced. */
const site = (extra: Record<string, string> = {}, config = '') =>
  makeSite({
    'labbook.yaml': `title: Diagram Wiki\n${config}`,
    'til/2026-11-02-flow.md': tilFile('A flow', '2026-11-02', '', `Intro.\n\n${flowchart}`),
    'til/2026-11-03.md': `## 2026-11-03\n\n### [Infra] First entry\n\nText.\n\n### [Infra] Second entry\n\nMore text.\n\n${flowchart}`,
    'docs/index.md': `---\ntitle: Handbook\n---\n${flowchart}`,
    ...extra,
  });
const read = (out: string, path: string) => readFileSync(join(out, path), 'utf8');
/** The text of a page's module scripts: inline ones, and the site's own files it loads. */
const moduleScripts = (out: string, html: string) =>
  [...html.matchAll(/<script type="module"(?: src="\/([^"]+)")?>([^<]*)<\/script>/g)].map(([, file, text]) => (file ? read(out, file) : (text ?? ''))).join('\n');
const mermaidCache = () => mkdtempSync(join(tmpdir(), 'labbook-mermaid-cache-'));

describe('astro build with Mermaid diagrams', () => {
  it('fails on a diagram Mermaid rejects, naming the file and the line of the fence', () => {
    const out = join(makeWorkDir(), 'dist');
    const { status, output } = runBuild(site({ 'til/2026-11-04-broken.md': tilFile('Broken', '2026-11-04', '', `Intro.\n\n${broken}`) }), out, {
      LABBOOK_MERMAID_CACHE: mermaidCache(),
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/til\/2026-11-04-broken\.md:7: mermaid diagram does not parse: Parse error on line \d+:\n {4}graph TD/);
    expect(existsSync(out)).toBe(false);
  });

  it('fails on a broken diagram in a daily-log entry, counting lines in the daily log', () => {
    const { status, output } = runBuild(
      site({ 'til/2026-11-05.md': `## 2026-11-05\n\n### [Infra] Fine\n\nText.\n\n### [Infra] Broken entry\n\nText.\n\n${broken}` }),
      join(makeWorkDir(), 'dist'),
      { LABBOOK_MERMAID_CACHE: mermaidCache() },
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/til\/2026-11-05\.md:7: Markdown failed to render: til\/2026-11-05\.md:11: mermaid diagram does not parse: Parse error/);
  });

  it('reports both the rejected diagram and the broken link of the same file', () => {
    const body = `Intro.\n\n${broken}\nSee [the plan](../docs/no-such-plan.md).\n`;
    const { status, output } = runBuild(site({ 'til/2026-11-04-broken.md': tilFile('Broken', '2026-11-04', '', body) }), join(makeWorkDir(), 'dist'), {
      LABBOOK_MERMAID_CACHE: mermaidCache(),
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/til\/2026-11-04-broken\.md:7: mermaid diagram does not parse: Parse error/);
    expect(output).toMatch(/til\/2026-11-04-broken\.md:12: link "\.\.\/docs\/no-such-plan\.md" points to docs\/no-such-plan\.md/);
  });

  it('with `mermaid: warn`, shows the error in the page and warns, and the build passes', () => {
    const out = join(makeWorkDir(), 'dist');
    const { status, output } = runBuild(site({ 'til/2026-11-04-broken.md': tilFile('Broken', '2026-11-04', '', `Intro.\n\n${broken}`) }, 'mermaid: warn\n'), out, {
      LABBOOK_MERMAID_CACHE: mermaidCache(),
    });
    expect(status, output).toBe(0);
    expect(output).toMatch(/\[labbook\] til\/2026-11-04-broken\.md:7: mermaid diagram does not parse: Parse error/);
    const html = read(out, 'til/2026-11-04-broken/index.html');
    expect(html).toContain('<div class="mermaid-error"><p class="mermaid-error__title"><strong>This Mermaid diagram could not be drawn</strong> (til/2026-11-04-broken.md:7)</p>');
    expect(html).toContain('<pre class="mermaid-error__source"><code>graph TD&#10;  A--&#62;</code></pre>');
  });

  it("without a browser, passes with one warning and leaves the diagrams to the reader's browser, until there is one", () => {
    const content = site();
    const out = join(makeWorkDir(), 'dist');
    const { status, output } = runBuild(content, out, { LABBOOK_MERMAID_CACHE: mermaidCache(), LABBOOK_NO_BROWSER: '1' });
    expect(status, output).toBe(0);
    expect(output.match(/mermaid: LABBOOK_NO_BROWSER is set, so diagrams are drawn in the reader's browser/g)).toHaveLength(1);
    expect(output).not.toContain(STARTING_CHROMIUM);
    const til = read(out, 'til/2026-11-02-flow/index.html');
    expect(til).toContain('<pre class="mermaid">flowchart LR&#10;  A[Write] --&#62; B[Build]</pre>');
    // The page carries the client renderer, which loads Mermaid from the site; a page without diagrams does not.
    expect(moduleScripts(out, til)).toContain('_labbook/mermaid.min.js');
    expect(read(out, 'til/2026-11-03-first-entry/index.html')).not.toMatch(/_labbook|mermaid\.min/);
    expect(existsSync(join(out, '_labbook/mermaid.min.js'))).toBe(true);

    // Once there is a browser, the next build draws them as SVG, though no note changed.
    const again = runBuild(content, out, { LABBOOK_MERMAID_CACHE: mermaidCache() });
    expect(again.status, again.output).toBe(0);
    expect(read(out, 'til/2026-11-02-flow/index.html')).toMatch(/<figure class="mermaid-diagram" style="--diagram-min-width:\d+px"><div class="mermaid-diagram__scroll" role="region" tabindex="0"/);
  });

  it('renders diagrams in TILs, daily-log entries and docs as SVG, and rebuilds them without a browser', () => {
    const content = site();
    const cache = mermaidCache();
    const timed = () => {
      // A fresh work dir: Astro's own cache is empty, so every note really is rendered again.
      const out = join(makeWorkDir(), 'dist');
      const started = performance.now();
      const result = runBuild(content, out, { LABBOOK_MERMAID_CACHE: cache });
      return { ...result, out, seconds: (performance.now() - started) / 1000 };
    };
    const cold = timed();
    expect(cold.status, cold.output).toBe(0);
    expect(cold.output.match(new RegExp(STARTING_CHROMIUM, 'g'))).toHaveLength(1);
    for (const page of ['til/2026-11-02-flow/index.html', 'til/2026-11-03-second-entry/index.html', 'docs/index.html']) {
      const html = read(cold.out, page);
      // One SVG whose colours follow the theme (theme-merge.ts).
      expect(html).toMatch(/<figure class="mermaid-diagram"[^>]*><div class="mermaid-diagram__scroll" role="region" tabindex="0" aria-label="Diagram 1: flowchart diagram"><svg class="flowchart mermaid-themed[^"]*" role="img" aria-label="flowchart diagram"/);
      // The full-size viewer comes with the diagram.
      expect(html).toContain('data-diagram-viewer');
      expect(html).not.toContain('mermaid-dark');
      expect(html).not.toContain('<pre class="mermaid">');
      // No page loads Mermaid.
      expect(html).not.toMatch(/mermaid\.min/);
    }
    // And the site does not carry Mermaid's 3 MB browser bundle it does not need.
    expect(existsSync(join(cold.out, '_labbook'))).toBe(false);
    expect(readdirSync(join(cold.out, '_astro')).filter((name) => name.startsWith('mermaid'))).toEqual([]);
    const warm = timed();
    expect(warm.status, warm.output).toBe(0);
    expect(warm.output).not.toContain(STARTING_CHROMIUM);
    console.info(`diagram wiki build: ${cold.seconds.toFixed(1)} s with an empty Mermaid cache, ${warm.seconds.toFixed(1)} s with a full one`);
  });

  it('a diagram page carries each shared sheet once, no unused definitions, coordinates to a hundredth, within its size budget', () => {
    const fences = [
      'flowchart LR\n  A[Collect] --> B{Clean?}\n  B -->|yes| C[Train]\n  B -->|no| D[Fix]\n  D --> B',
      // rough.js shapes, circle and cross arrowheads, a cylinder (arcs), a subgraph.
      'flowchart TD\n  R@{ shape: doc, label: "Report" } --o S@{ shape: docs, label: "Runs" }\n  S --x T@{ shape: hex, label: "Eval" }\n  T --> U@{ shape: cyl, label: "Registry" }\n  subgraph serve [Serving]\n    U --> V(Canary)\n  end',
      'classDiagram\n  class Model {\n    +str name\n    +predict(x)\n  }\n  Model <|-- Classifier\n  Model <|-- Ranker',
      'stateDiagram-v2\n  [*] --> Queued\n  Queued --> Running\n  Running --> Done\n  Done --> [*]',
      'sequenceDiagram\n  Trainer->>Registry: push model\n  Registry-->>Trainer: version',
    ];
    const body = [...fences.map((source) => `\`\`\`mermaid\n${source}\n\`\`\``), `\`\`\`mermaid-example\n${fences[0]}\n\`\`\``].join('\n\nText.\n\n');
    const out = join(makeWorkDir(), 'dist');
    const { status, output } = runBuild(makeSite({ 'labbook.yaml': 'title: Diagram Pages\n', 'docs/diagrams.md': `---\ntitle: Diagrams\n---\n${body}\n` }), out, {
      LABBOOK_MERMAID_CACHE: mermaidCache(),
    });
    expect(status, output).toBe(0);
    const html = read(out, 'docs/diagrams/index.html');
    const figures = html.match(/<figure class="mermaid-diagram"[\s\S]*?<\/figure>/g) ?? [];
    expect(figures).toHaveLength(6);
    const svg = figures.join('');

    // Each shared sheet is written once on the page; any other <style> holds only the rules naming
    // the diagram's own elements (its dark theme's gradient).
    const styles = svg.match(/<style>[\s\S]*?<\/style>/g) ?? [];
    const sheets = [...new Set(svg.match(/\blbms-[0-9a-f]{10}\b/g))];
    expect(sheets.length).toBeGreaterThanOrEqual(4);
    for (const sheet of sheets) expect(styles.filter((style) => style.includes(`:where(.${sheet})`)), sheet).toHaveLength(1);
    for (const style of styles.filter((style) => !style.includes(':where(.lbms-'))) expect(style).toMatch(/^<style>(?:\[data-theme='dark'\] #[\w-]+\{[^{}]*url\(#[\w-]+\)[^{}]*\})+<\/style>$/);

    // Every marker, gradient and filter is used; paths without arcs have at most two decimals.
    for (const [, id] of svg.matchAll(/<(?:marker|linearGradient|radialGradient|filter)\b[^>]*\sid="([^"]+)"/g)) expect(svg, id).toContain(`#${id})`);
    const paths = [...svg.matchAll(/<path\b[^>]*\sd="([^"]*)"/g)].map((match) => match[1] ?? '');
    expect(paths.filter((d) => !/[Aa]/.test(d) && /\d\.\d{3}/.test(d))).toEqual([]);
    expect(svg).not.toMatch(/\sstyle=""|\sdata-points=/);

    // What the diagrams add to the page, gzipped: 37 KB before the SVGs were compacted, 13 KB after.
    const gz = (text: string) => gzipSync(text, { level: 9 }).length;
    const added = gz(html) - gz(html.replace(/<figure class="mermaid-diagram"[\s\S]*?<\/figure>/g, ''));
    expect(added).toBeLessThan(20_000);
  });
});
