/**
 * The plugin with the real renderer: Mermaid in headless Chromium. One browser for the whole file
 * (the shared one of browser-pool.ts), closed at the end.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { markdownToHtml } from 'satteri';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderBatch } from '../../../src/lib/mermaid/batch-renderer.ts';
import { closeMermaidBrowser, configureMermaidBrowser, lookUpBrowser, mermaidBrowserStats, withBrowser } from '../../../src/lib/mermaid/browser-pool.ts';
import { createDiagramRenderer, type DiagramOutcome } from '../../../src/lib/mermaid/diagram-renderer.ts';
import { diagramSvgs, pageSvgs } from '../../../src/lib/mermaid/markup.ts';
import { openRenderContext } from '../../../src/lib/mermaid/render-context.ts';
import { instantiateIds } from '../../../src/lib/mermaid/svg-ids.ts';
import { shareStyles } from '../../../src/lib/mermaid/shared-styles.ts';
import { mergeThemes } from '../../../src/lib/mermaid/theme-merge.ts';
import { mermaid } from '../../../src/markdown/mermaid.ts';

/** One diagram of every type Mermaid ships. */
const EVERY_TYPE = {
  flowchart: 'flowchart LR\n  A["one\\ntwo"] -->|go| B["x<br>y"]\n  B --> C{ok?}',
  graph: 'graph TD\n  A --> B',
  sequence: 'sequenceDiagram\n  Alice->>Bob: Hello\n  Bob-->>Alice: Hi',
  class: 'classDiagram\n  Animal <|-- Duck\n  class Duck{\n    +swim()\n  }',
  state: 'stateDiagram-v2\n  [*] --> Still\n  Still --> [*]',
  er: 'erDiagram\n  CUSTOMER ||--o{ ORDER : places',
  gantt: 'gantt\n  dateFormat YYYY-MM-DD\n  section S\n  Task :a1, 2026-01-01, 3d',
  pie: 'pie title Pets\n  "Dogs" : 386\n  "Cats" : 85',
  mindmap: 'mindmap\n  root((ML))\n    Data\n    Training',
  timeline: 'timeline\n  2024 : A\n  2025 : B',
  gitGraph: 'gitGraph\n  commit\n  branch dev\n  commit\n  checkout main\n  merge dev',
  journey: 'journey\n  title Day\n  section Work\n    Code: 5: Me',
  quadrant: 'quadrantChart\n  x-axis Low --> High\n  y-axis Low --> High\n  A: [0.3, 0.6]',
  xychart: 'xychart-beta\n  x-axis [a, b]\n  y-axis 0 --> 10\n  bar [3, 7]',
  block: 'block-beta\n  columns 2\n  a b',
  sankey: 'sankey-beta\n\nA,B,10\nA,C,5',
} as const;
/** Shapes rough.js draws in the classic look, edges with circle and cross ends, a cylinder (arcs), a subgraph. */
const ROUGH_SHAPES =
  'flowchart TD\n  R@{ shape: doc, label: "Report" } --o S@{ shape: docs, label: "Runs" }\n  S --x T@{ shape: hex, label: "Eval" }\n' +
  '  T --> U@{ shape: cyl, label: "Registry" }\n  subgraph serve [Serving]\n    U --> V(Canary) --> W@{ shape: dbl-circ, label: "Done" }\n  end';
const LABELS = ['flowchart diagram', 'flowchart diagram', 'sequence diagram', 'class diagram', 'state diagram', 'entity relationship diagram', 'Gantt chart', 'pie chart', 'mind map', 'timeline', 'git graph', 'user journey', 'quadrant chart', 'XY chart', 'block diagram', 'Sankey diagram'];

const fence = (source: string) => `\`\`\`mermaid\n${source}\n\`\`\`\n`;
const newCache = () => mkdtempSync(join(tmpdir(), 'mermaid-render-'));
const svgs = (outcome: DiagramOutcome | undefined) => (outcome?.kind === 'svg' ? outcome : undefined);

describe('mermaid with Chromium', () => {
  beforeAll(() => {
    configureMermaidBrowser({ idleMs: 60_000 });
    // The build's "starting Chromium" line, printed at each launch: expected here, kept out of the output.
    const info = console.info.bind(console);
    vi.spyOn(console, 'info').mockImplementation((...args: unknown[]) => {
      if (!String(args[0]).startsWith('[labbook] mermaid: starting Chromium')) info(...args);
    });
  });
  afterAll(async () => {
    await closeMermaidBrowser();
    configureMermaidBrowser({ idleMs: 10_000 });
    vi.restoreAllMocks();
  });

  it('renders every diagram type Mermaid ships, light and dark, in one browser; most as one SVG for both themes', async () => {
    const before = mermaidBrowserStats().launches;
    const renderer = createDiagramRenderer({ cacheDir: newCache(), env: process.env });
    const { html } = await markdownToHtml(Object.values(EVERY_TYPE).map(fence).join('\n'), { mdastPlugins: [mermaid({ renderer })] });
    const figures = html.match(/<figure class="mermaid-diagram"[^>]*>.*?<\/figure>/g) ?? [];
    expect(figures).toHaveLength(16);
    const themed: string[] = [];
    const start = '^<figure class="mermaid-diagram"[^>]*><div class="mermaid-diagram__scroll" role="region" tabindex="0" aria-label="Diagram \\d+: [^"]+">';
    for (const [i, figure] of figures.entries()) {
      if (new RegExp(`${start}<svg class="[^"]*mermaid-themed[^"]*" role="img"`).test(figure)) themed.push(Object.keys(EVERY_TYPE)[i] as string);
      else expect(figure).toMatch(new RegExp(`${start}<svg class="[^"]*mermaid-light[^"]*" role="img" aria-label="[^"]+"[^>]*>.*<svg class="[^"]*mermaid-dark[^"]*" role="img"`));
      expect(figure.match(/<svg [^>]*aria-label="([^"]+)"/)?.[1]).toBe(LABELS[i]);
      expect(figure).toContain(`aria-label="Diagram ${i + 1}: ${LABELS[i]}"`);
    }
    // How narrow each may get (svg-size.ts), read from what Mermaid really draws: 16 px labels
    // shrink to 11 px; a Gantt chart's 10 px axis labels and a git graph's commit labels not at all.
    const scaleOf = (figure: string) => Number(/--diagram-min-width:(\d+)px/.exec(figure)?.[1]) / Number(/viewBox="[-\d.]+ [-\d.]+ ([\d.]+)/.exec(figure)?.[1]);
    const scales = Object.fromEntries(Object.keys(EVERY_TYPE).map((type, i) => [type, scaleOf(figures[i] ?? '')]));
    expect(scales.flowchart).toBeCloseTo(11 / 16, 2);
    expect(scales.sequence).toBeCloseTo(11 / 16, 2);
    expect(scales.gantt).toBeCloseTo(1, 2);
    expect(scales.gitGraph).toBeCloseTo(1, 2);
    for (const [type, scale] of Object.entries(scales)) expect(scale, type).toBeGreaterThanOrEqual(11 / 16 - 0.01);
    // Mind maps and timelines get extra rules for the dark palette (render-config.ts): two SVGs.
    expect(themed).toEqual(expect.arrayContaining(['flowchart', 'graph', 'sequence', 'class', 'state', 'er', 'gantt', 'pie', 'gitGraph', 'journey', 'quadrant', 'xychart']));
    expect(mermaidBrowserStats().launches - before).toBeLessThanOrEqual(1);
  });

  it('gives byte-identical SVG for the same diagram, whatever was rendered before it', async () => {
    const sources = [EVERY_TYPE.gitGraph, EVERY_TYPE.mindmap, EVERY_TYPE.sankey, EVERY_TYPE.gantt];
    const first = await createDiagramRenderer({ cacheDir: newCache(), env: process.env }).render(sources);
    const reordered = await createDiagramRenderer({ cacheDir: newCache(), env: process.env }).render([EVERY_TYPE.pie, ...sources.toReversed()]);
    expect(reordered.slice(1).toReversed()).toEqual(first);
    for (const outcome of first) expect(outcome.kind).toBe('svg');
  });

  it('keeps labels text: no markup, no script, no javascript: link', async () => {
    const renderer = createDiagramRenderer({ cacheDir: newCache(), env: process.env });
    const [flow, sequence, mindmap] = await renderer.render([
      'flowchart LR\n  A["<img src=x onerror=alert(1)>"] --> B["<b>bold</b> <script>alert(2)</script>"]\n  click B "javascript:alert(1)"',
      'sequenceDiagram\n  Alice->>Bob: <img src=x onerror=alert(1)>',
      'mindmap\n  root[<img src=x onerror=alert>]\n    <b>child</b>',
    ]);
    for (const outcome of [flow, sequence, mindmap]) {
      const svg = svgs(outcome);
      expect(svg).toBeDefined();
      const both = `${svg?.light}${svg?.dark}`;
      expect(both).not.toMatch(/<(img|b|script|iframe)\b/i);
      // No event handler or link in any tag (the label text may say "onerror=", as text).
      expect(both.match(/<[^>]*>/g)?.filter((tag) => /\s(on\w+|href|xlink:href)\s*=|javascript:/i.test(tag))).toEqual([]);
    }
    expect(svgs(flow)?.light).toContain('&lt;img src="x"&gt;');
    expect(svgs(mindmap)?.light).toContain('&lt;img src=x onerror=alert&gt;');
    expect(svgs(mindmap)?.light).toContain('&lt;b&gt;child&lt;/b&gt;');
  });

  it('names a diagram by its accTitle and describes it by its accDescr', async () => {
    const renderer = createDiagramRenderer({ cacheDir: newCache(), env: process.env });
    const [outcome] = await renderer.render(['flowchart LR\n  accTitle: Job flow\n  accDescr: How a job reaches the cluster\n  A --> B']);
    const light = svgs(outcome)?.light ?? '';
    expect(light).toMatch(/^<svg class="flowchart mermaid-light" role="img" aria-label="Job flow" id="__labbook_mermaid__"/);
    const describedBy = light.match(/aria-describedby="([^"]+)"/)?.[1];
    expect(light).toContain(`<desc id="${describedBy}">How a job reaches the cluster</desc>`);
  });

  it("reports Mermaid's own message for a diagram it rejects", async () => {
    const [outcome] = await createDiagramRenderer({ cacheDir: newCache(), env: process.env }).render(['graph TD\n  A-->']);
    expect(outcome).toEqual({ kind: 'error', message: expect.stringMatching(/^does not parse: Parse error on line \d+:\n[\s\S]*Expecting /) });
  });

  it('rejects a diagram that sets a locked key, without rendering it', async () => {
    const [outcome] = await createDiagramRenderer({ cacheDir: newCache(), env: process.env }).render(['%%{init: {"securityLevel": "loose"}}%%\ngraph TD\n  A-->B']);
    expect(outcome).toEqual({ kind: 'error', message: expect.stringMatching(/^sets securityLevel on line 1 of the diagram/) });
  });

  it('a rebuild with unchanged diagrams starts no browser, and gives the same HTML', async () => {
    const cacheDir = newCache();
    const markdown = [EVERY_TYPE.flowchart, EVERY_TYPE.sequence, EVERY_TYPE.mindmap, 'graph TD\n  A-->'].map(fence).join('\n');
    const build = async () =>
      (await markdownToHtml(markdown, { mdastPlugins: [mermaid({ renderer: createDiagramRenderer({ cacheDir, env: process.env }), onError: 'warn' })] })).html;
    // The broken diagram warns (onError: 'warn') in both builds; its message is cached too.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const first = await build();
    await closeMermaidBrowser();
    const launches = mermaidBrowserStats().launches;
    expect(await build()).toBe(first);
    expect(mermaidBrowserStats()).toEqual({ launches, open: false });
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });

  it('refuses the pictures Mermaid returns instead of a diagram: too much text, its error bomb', async () => {
    const long = `flowchart LR\n${Array.from({ length: 3000 }, (_, i) => `  N${i}[label ${i}] --> M${i}`).join('\n')}`;
    const [tooLong, bomb] = await createDiagramRenderer({ cacheDir: newCache(), env: process.env }).render([long, 'error']);
    expect(tooLong).toEqual({ kind: 'error', message: expect.stringMatching(/^is too long for Mermaid: its text is over 50,000 characters/) });
    expect(bomb).toEqual({ kind: 'error', message: expect.stringMatching(/^does not parse: Mermaid drew its "Syntax error in text" picture/) });
  });

  it('cites the line as written, comments counted, and says why an image cannot be drawn', async () => {
    const gantt = 'gantt\n  dateFormat YYYY-MM-DD\n  %% one\n  %% two\n  section S\n  Task :a1, 2026-01-01, 3d\n  dateFormat\n';
    const sequence = 'sequenceDiagram\n  %% one\n  %% two\n  Alice->>Bob: hi\n  Bob-->>\n';
    const image = 'flowchart LR\n  A@{ img: "https://example.com/x.png", label: "pic", w: 60, h: 60 }';
    const [g, s, i] = await createDiagramRenderer({ cacheDir: newCache(), env: process.env }).render([gantt, sequence, image]);
    expect(g).toEqual({ kind: 'error', message: expect.stringMatching(/^does not parse: Parse error on line 7:/) });
    expect(s).toEqual({ kind: 'error', message: expect.stringMatching(/^does not parse: Parse error on line 5:/) });
    expect(i).toEqual({ kind: 'error', message: expect.stringMatching(/^cannot be drawn: it shows an image \(https:\/\/example\.com\/x\.png\), and diagrams are drawn at build time without network access/) });
  });

  it('stops a diagram that takes too long, says so, and keeps the browser usable', async () => {
    const slow = createDiagramRenderer({ cacheDir: newCache(), env: process.env, timeoutMs: 1 });
    // How the limit is counted is tested with a fake clock (batch-renderer.test.ts); here, the real page.
    const [outcome] = await slow.render(['graph TD\n  Slow --> Diagram']);
    expect(outcome).toEqual({ kind: 'error', message: expect.stringMatching(/^took longer than 0 s to draw and was stopped/) });
    const [next] = await createDiagramRenderer({ cacheDir: newCache(), env: process.env }).render(['graph TD\n  Next --> Diagram']);
    expect(next?.kind).toBe('svg');
  });

  it('says whether it draws at build time, for Astro to know when to render notes again', () => {
    const identity = (env: Record<string, string | undefined>) => createDiagramRenderer({ cacheDir: newCache(), env }).identity?.();
    expect(identity(process.env)).toEqual({ fingerprint: expect.stringContaining('"mermaid":"11.'), drawnAt: 'build' });
    expect(identity({ ...process.env, LABBOOK_NO_BROWSER: '1' })).toMatchObject({ drawnAt: 'client' });
    expect(identity({ LABBOOK_CHROMIUM: '/nowhere' })).toMatchObject({ drawnAt: 'unknown' });
  });

  it("one SVG for both themes, and one sharing another's stylesheet, draw the same pixels as each theme's own SVG", async () => {
    const outcomes = await createDiagramRenderer({ cacheDir: newCache(), env: process.env }).render(Object.values(EVERY_TYPE));
    const { found } = await lookUpBrowser(process.env);
    if (!found) throw new Error('this test needs a Chromium');
    let compared = 0;
    await withBrowser(found, async (browser) => {
      const page = await browser.newPage({ viewport: { width: 900, height: 700 } });
      try {
        // `svgs` on one page, one above the other; a picture of them all.
        const shot = async (theme: 'light' | 'dark', svgs: readonly string[]) => {
          // The site's rule: the theme's own SVG shows, the other one is hidden.
          const css = `svg.mermaid-dark,[data-theme='dark'] svg.mermaid-light{display:none}[data-theme='dark'] svg.mermaid-dark{display:inline}body{margin:0;background:${theme === 'dark' ? '#0f1216' : '#fff'}}main{width:880px}`;
          await page.setContent(`<html data-theme="${theme}"><head><style>${css}</style></head><body><main>${svgs.map((svg) => `<div>${svg}</div>`).join('')}</main></body></html>`);
          return page.locator('main').screenshot({ animations: 'disabled' });
        };
        for (const [i, outcome] of outcomes.entries()) {
          const pair = svgs(outcome);
          const merged = pair && mergeThemes(pair.light, pair.dark);
          if (!pair || !merged) continue;
          // The second copy has no stylesheet of its own: it uses the first's (shared-styles.ts).
          const shared = shareStyles([instantiateIds(merged, 'one'), instantiateIds(merged, 'two')]);
          expect(shared[1]).not.toContain('<style>:where');
          for (const theme of ['light', 'dark'] as const) {
            const own = await shot(theme, [instantiateIds(pair[theme], 'one'), instantiateIds(pair[theme], 'two')]);
            expect((await shot(theme, shared)).equals(own), `${Object.keys(EVERY_TYPE)[i]} in ${theme}`).toBe(true);
          }
          compared++;
        }
      } finally {
        await page.close();
      }
    });
    expect(compared).toBeGreaterThanOrEqual(12);
    // Two dozen screenshots on a loaded machine: a generous ceiling, nothing asserts on time.
  }, 600_000);

  it('draws a diagram in full where an earlier batch of the same page had one Mermaid rejected', async () => {
    const { found } = await lookUpBrowser(process.env);
    if (!found) throw new Error('this test needs a Chromium');
    const flow = { source: 'flowchart LR\n  A --> B', theme: 'light' as const };
    const broken = { source: 'graph TD\n  A-->', theme: 'light' as const };
    await withBrowser(found, async (browser) => {
      const options = { browser, timeoutMs: 60_000 };
      // The same warm page (page-pool.ts) draws both batches: the second diagram of each is at one position.
      const [, rejected] = await renderBatch([flow, broken], options);
      expect(rejected?.ok).toBe(false);
      const [, again] = await renderBatch([flow, flow], options);
      expect(again?.ok && again.svg).toMatch(/^<svg [^>]*viewBox="[^"]+"[^>]*>[\s\S]*>B<\/tspan>/);
    });
  });

  it('gives the same page HTML from two renders with empty caches, rough.js shapes and shared sheets included', async () => {
    const markdown = [ROUGH_SHAPES, EVERY_TYPE.class, EVERY_TYPE.state, EVERY_TYPE.gitGraph, EVERY_TYPE.mindmap, ROUGH_SHAPES].map(fence).join('\n');
    const page = async () => (await markdownToHtml(markdown, { mdastPlugins: [mermaid({ renderer: createDiagramRenderer({ cacheDir: newCache(), env: process.env }) })] })).html;
    const first = await page();
    expect(first.match(/<figure class="mermaid-diagram"/g)).toHaveLength(6);
    expect(await page()).toBe(first);
  });

  it("the page's SVGs (coordinates rounded, unused definitions and rules left out, sheets shared) look like each theme's own", async () => {
    const sources = [...Object.values(EVERY_TYPE), ROUGH_SHAPES];
    const outcomes = await createDiagramRenderer({ cacheDir: newCache(), env: process.env }).render(sources);
    const { found } = await lookUpBrowser(process.env);
    if (!found) throw new Error('this test needs a Chromium');
    let compared = 0;
    await withBrowser(found, async (browser) => {
      const page = await browser.newPage({ viewport: { width: 900, height: 700 } });
      try {
        const shot = async (theme: 'light' | 'dark', svgs: readonly string[]) => {
          const css = `svg.mermaid-dark,[data-theme='dark'] svg.mermaid-light{display:none}[data-theme='dark'] svg.mermaid-dark{display:inline}body{margin:0;background:${theme === 'dark' ? '#0f1216' : '#fff'}}main{width:880px}`;
          await page.setContent(`<html data-theme="${theme}"><head><style>${css}</style></head><body><main>${svgs.map((svg) => `<div>${svg}</div>`).join('')}</main></body></html>`);
          return page.locator('main').screenshot({ animations: 'disabled' });
        };
        // Pixels that differ at all, and by more than 8 of 255 levels, between two pictures of one size.
        const difference = (a: Buffer, b: Buffer) =>
          page.evaluate(async ([a, b]) => {
            const pixels = async (src: string) => {
              const image = new Image();
              image.src = src;
              await image.decode();
              const canvas = document.createElement('canvas');
              canvas.width = image.width;
              canvas.height = image.height;
              const context = canvas.getContext('2d');
              context?.drawImage(image, 0, 0);
              return context?.getImageData(0, 0, image.width, image.height);
            };
            const [x, y] = [await pixels(a), await pixels(b)];
            if (!x || !y || x.width !== y.width || x.height !== y.height) return undefined;
            let differing = 0;
            let strongly = 0;
            for (let i = 0; i < x.data.length; i += 4) {
              const delta = Math.max(Math.abs((x.data[i] ?? 0) - (y.data[i] ?? 0)), Math.abs((x.data[i + 1] ?? 0) - (y.data[i + 1] ?? 0)), Math.abs((x.data[i + 2] ?? 0) - (y.data[i + 2] ?? 0)));
              if (delta > 0) differing++;
              if (delta > 8) strongly++;
            }
            return { differing, strongly, total: x.data.length / 4 };
          }, [`data:image/png;base64,${a.toString('base64')}`, `data:image/png;base64,${b.toString('base64')}`] as const);
        for (const [i, outcome] of outcomes.entries()) {
          const pair = svgs(outcome);
          if (!pair) continue;
          const name = Object.keys(EVERY_TYPE)[i] ?? 'rough shapes';
          // Two copies, as a page with the same diagram twice: the second uses the first's sheet.
          const onPage = pageSvgs([diagramSvgs(pair.light, pair.dark, 'one'), diagramSvgs(pair.light, pair.dark, 'two')]).flat();
          for (const theme of ['light', 'dark'] as const) {
            const own = await shot(theme, [instantiateIds(pair[theme], 'one'), instantiateIds(pair[theme], 'two')]);
            const result = await difference(own, await shot(theme, onPage));
            expect(result, `${name} in ${theme}: same size`).toBeDefined();
            // Rounding moves an edge by less than 0.005 px: antialiasing changes by a level or two
            // along some edges (at most 1 pixel in 100 here, 1 in 30 of those by more than 8 levels).
            // A shape that moves (an arc whose centre shifted 0.15 px) changes its whole outline, and
            // nine in ten of those pixels by more than 8 levels.
            const { differing = Infinity, strongly = Infinity, total = 0 } = result ?? {};
            expect(differing, `${name} in ${theme}: ${JSON.stringify(result)}`).toBeLessThanOrEqual(total / 100);
            expect(strongly, `${name} in ${theme}: ${JSON.stringify(result)}`).toBeLessThanOrEqual(Math.max(10, differing / 10));
          }
          compared++;
        }
      } finally {
        await page.close();
      }
    });
    expect(compared).toBe(17);
  }, 600_000);

  it('renders offline: the page reaches no network', async () => {
    const { found } = await lookUpBrowser(process.env);
    if (!found) throw new Error('this test needs a Chromium');
    await withBrowser(found, async (browser) => {
      const context = await openRenderContext(browser, {});
      try {
        await expect((await context.newPage()).goto('http://127.0.0.1:9/')).rejects.toThrow(/ERR_BLOCKED_BY_CLIENT|ERR_INTERNET_DISCONNECTED/);
        const page = await context.newPage();
        await page.goto('data:text/html,<p>local</p>');
        expect(await page.evaluate(() => fetch('https://example.com/').then(() => 'fetched', () => 'blocked'))).toBe('blocked');
      } finally {
        await context.close();
      }
    });
  });
});
