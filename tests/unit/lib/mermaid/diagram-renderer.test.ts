/**
 * The renderer's prefetch, with a fake browser (the `lookUp` and `runBatch` settings) so every
 * batch is counted; one test uses the real browser pool with a "Chromium" that cannot start.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { markdownToHtml } from 'satteri';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JobOutcome, RenderJob } from '../../../../src/lib/mermaid/batch-renderer.ts';
import { configureMermaidBrowser, mermaidBrowserStats, type BrowserLookup } from '../../../../src/lib/mermaid/browser-pool.ts';
import { createDiagramRenderer, type DiagramRendererSettings } from '../../../../src/lib/mermaid/diagram-renderer.ts';
import { resetNoBrowserWarning } from '../../../../src/lib/mermaid/no-browser-warning.ts';
import { reportFailures } from '../../../../src/markdown/document-failures.ts';
import { mermaid } from '../../../../src/markdown/mermaid.ts';

const FOUND: BrowserLookup = { found: { executablePath: '/fake/chromium', source: 'system' } };
const BROKEN = 'graph TD\n  A-->';
const PARSE_ERROR = 'does not parse: Parse error on line 2:\n  A-->\n-----^';

/** Mermaid as far as these tests need it: SVG naming source and theme, a parse error for BROKEN. */
const draw = (job: RenderJob): JobOutcome =>
  job.source === BROKEN ? { ok: false, message: PARSE_ERROR, cacheable: true } : { ok: true, svg: `<svg id="__labbook_mermaid__"><text>${job.theme}: ${job.source}</text></svg>` };

/** A fake browser that records every batch; `gate` holds batches until it resolves. */
function fakeBrowser(options: { fail?: Error; gate?: Promise<void>; outcome?: (job: RenderJob) => JobOutcome } = {}) {
  const batches: string[][] = [];
  const lookUp = vi.fn(async () => FOUND);
  const runBatch = vi.fn(async (jobs: RenderJob[]) => {
    batches.push(jobs.map((job) => `${job.theme}: ${job.source}`));
    await options.gate;
    if (options.fail) throw options.fail;
    return jobs.map(options.outcome ?? draw);
  });
  return { batches, lookUp, runBatch };
}

const newCache = () => mkdtempSync(join(tmpdir(), 'diagram-renderer-'));
const renderer = (browser: ReturnType<typeof fakeBrowser>, extra: Partial<DiagramRendererSettings> = {}) =>
  createDiagramRenderer({ cacheDir: newCache(), env: {}, windowMs: 1, lookUp: browser.lookUp, runBatch: browser.runBatch, ...extra });
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
const fence = (source: string) => `\`\`\`mermaid\n${source}\n\`\`\`\n`;

describe('DiagramRenderer.prefetch', () => {
  let unhandled: unknown[];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  beforeEach(() => {
    unhandled = [];
    process.on('unhandledRejection', onUnhandled);
    resetNoBrowserWarning();
  });
  afterEach(() => {
    process.off('unhandledRejection', onUnhandled);
    vi.restoreAllMocks();
  });

  it('renders what is not cached in whole batches, and render() then asks for nothing', async () => {
    const browser = fakeBrowser();
    const diagrams = renderer(browser, { maxBatch: 50 });
    const sources = Array.from({ length: 60 }, (_, i) => `graph TD\n  N${i} --> M`);
    expect(diagrams.prefetch?.([...sources, ...sources])).toBe(60);
    await settle();
    expect(browser.batches.map((batch) => batch.length)).toEqual([50, 50, 20]);
    expect(browser.lookUp).toHaveBeenCalledTimes(1);
    const outcomes = await diagrams.render(sources);
    expect(browser.runBatch).toHaveBeenCalledTimes(3);
    expect(outcomes[7]).toEqual({ kind: 'svg', light: expect.stringContaining('light: graph TD\n  N7 --> M'), dark: expect.stringContaining('dark: graph TD\n  N7 --> M') });
  });

  it('gives render() the result of a prefetch still under way instead of asking again', async () => {
    let open = () => undefined as void;
    const browser = fakeBrowser({ gate: new Promise<void>((resolve) => (open = resolve)) });
    const diagrams = renderer(browser);
    diagrams.prefetch?.(['graph TD\n  A --> B']);
    await settle();
    const rendering = diagrams.render(['graph TD\n  A --> B']);
    await settle();
    open();
    expect((await rendering)[0]?.kind).toBe('svg');
    expect(browser.batches).toEqual([['light: graph TD\n  A --> B', 'dark: graph TD\n  A --> B']]);
  });

  it('changes no output: the same HTML with and without prefetch', async () => {
    const markdown = ['Intro.', fence('graph TD\n  A --> B'), '- item\n\n  ```mermaid\n  pie\n    "a" : 1\n  ```', fence('graph TD\n  A --> B')].join('\n');
    const html = async (prefetch: boolean) => {
      const diagrams = renderer(fakeBrowser());
      if (prefetch) diagrams.prefetch?.(['graph TD\n  A --> B', 'pie\n  "a" : 1']);
      return (await markdownToHtml(markdown, { mdastPlugins: [mermaid({ renderer: diagrams }), reportFailures()] })).html;
    };
    const without = await html(false);
    expect(without).toContain('<figure class="mermaid-diagram"');
    expect(await html(true)).toBe(without);
  });

  it('starts nothing, not even the browser lookup, when every diagram is cached', async () => {
    const cacheDir = newCache();
    const first = fakeBrowser();
    await renderer(first, { cacheDir }).render(['graph TD\n  A --> B']);
    const second = fakeBrowser();
    expect(renderer(second, { cacheDir }).prefetch?.(['graph TD\n  A --> B'])).toBe(0);
    await settle();
    expect(second.lookUp).not.toHaveBeenCalled();
    expect(second.runBatch).not.toHaveBeenCalled();
  });

  it('skips a diagram that sets a locked key: render() rejects it without drawing', async () => {
    const browser = fakeBrowser();
    expect(renderer(browser).prefetch?.(['%%{init: {"securityLevel": "loose"}}%%\ngraph TD\n  A-->B'])).toBe(0);
    await settle();
    expect(browser.lookUp).not.toHaveBeenCalled();
  });

  it('keeps no SVG in memory once the disk cache has it', async () => {
    const cacheDir = newCache();
    const browser = fakeBrowser();
    const diagrams = renderer(browser, { cacheDir });
    diagrams.prefetch?.(['graph TD\n  A --> B']);
    await settle();
    rmSync(cacheDir, { recursive: true });
    // With the disk cache gone, render() has to ask again: nothing was kept.
    expect((await diagrams.render(['graph TD\n  A --> B']))[0]?.kind).toBe('svg');
    expect(browser.runBatch).toHaveBeenCalledTimes(2);
  });

  it('reports a diagram that does not parse once, by the render, with the same message as without prefetch', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const build = async (prefetch: boolean) => {
      const browser = fakeBrowser();
      const diagrams = renderer(browser);
      if (prefetch) {
        diagrams.prefetch?.([BROKEN]);
        await settle();
        expect(warn).not.toHaveBeenCalled();
      }
      const failure = await Promise.resolve(markdownToHtml(`Intro.\n\n${fence(BROKEN)}`, { mdastPlugins: [mermaid({ renderer: diagrams }), reportFailures()] })).then(
        () => 'built',
        (reason: unknown) => (reason instanceof Error ? reason.message : String(reason)),
      );
      const { html } = await markdownToHtml(fence(BROKEN), { mdastPlugins: [mermaid({ renderer: diagrams, onError: 'warn' })] });
      return { failure, html, warnings: warn.mock.calls.splice(0).map(String), batches: browser.batches.length };
    };
    const without = await build(false);
    expect(without.failure).toBe(`line 3: mermaid diagram ${PARSE_ERROR.replaceAll('\n', '\n    ')}`);
    expect(without.warnings).toHaveLength(1);
    const withPrefetch = await build(true);
    expect(withPrefetch).toEqual(without);
    expect(withPrefetch.batches).toBe(1);
    expect(error).not.toHaveBeenCalled();
    expect(unhandled).toEqual([]);
  });

  it('has no unhandled rejection and logs nothing when Chromium cannot start; render() warns once, as without prefetch', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const outcomes = async (prefetch: boolean) => {
      resetNoBrowserWarning();
      const diagrams = renderer(fakeBrowser({ fail: new Error('Failed to launch chromium\ndetails') }));
      if (prefetch) {
        diagrams.prefetch?.(['graph TD\n  A --> B', 'pie\n  "a" : 1']);
        await settle();
        expect(warn).not.toHaveBeenCalled();
      }
      return { outcomes: await diagrams.render(['graph TD\n  A --> B', 'pie\n  "a" : 1']), warnings: warn.mock.calls.splice(0).map(String) };
    };
    const without = await outcomes(false);
    expect(without).toEqual({ outcomes: [{ kind: 'client' }, { kind: 'client' }], warnings: [expect.stringContaining('Chromium did not start (Failed to launch chromium)')] });
    expect(await outcomes(true)).toEqual(without);
    await settle();
    expect(error).not.toHaveBeenCalled();
    expect(unhandled).toEqual([]);
  });

  it('stays quiet without a browser and when LABBOOK_CHROMIUM is wrong, leaving both to render()', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const missing = renderer(fakeBrowser(), { lookUp: async () => ({ missing: 'no Chromium or Chrome was found' }) });
    missing.prefetch?.(['graph TD\n  A --> B']);
    await settle();
    expect(warn).not.toHaveBeenCalled();
    expect(await missing.render(['graph TD\n  A --> B'])).toEqual([{ kind: 'client' }]);
    expect(warn).toHaveBeenCalledTimes(1);

    const wrong = renderer(fakeBrowser(), { lookUp: async () => Promise.reject(new Error('LABBOOK_CHROMIUM is set to /nowhere, but no file is there.')) });
    wrong.prefetch?.(['graph TD\n  A --> B']);
    await settle();
    await expect(wrong.render(['graph TD\n  A --> B'])).rejects.toThrow('LABBOOK_CHROMIUM is set to /nowhere');
    expect(unhandled).toEqual([]);
  });

  it('leaves a failure that may not recur (a timeout) for render() to try again', async () => {
    let calls = 0;
    const browser = fakeBrowser({ outcome: (job) => (calls++ < 2 ? { ok: false, message: 'took longer than 10 s to draw and was stopped', cacheable: false } : draw(job)) });
    const diagrams = renderer(browser);
    diagrams.prefetch?.(['graph TD\n  A --> B']);
    await settle();
    expect((await diagrams.render(['graph TD\n  A --> B']))[0]?.kind).toBe('svg');
    expect(browser.runBatch).toHaveBeenCalledTimes(2);
  });

  it('with the real browser pool and a Chromium that cannot start: no unhandled rejection, and render() falls back', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const launches = mermaidBrowserStats().launches;
    // An executable that exits at once: the launch fails fast.
    const diagrams = createDiagramRenderer({ cacheDir: newCache(), env: { LABBOOK_CHROMIUM: '/bin/false' }, windowMs: 1 });
    try {
      diagrams.prefetch?.(['graph TD\n  A --> B']);
      for (let waited = 0; mermaidBrowserStats().launches === launches && waited < 10_000; waited += 20) await settle();
      await settle();
      expect(warn).not.toHaveBeenCalled();
      expect(await diagrams.render(['graph TD\n  A --> B'])).toEqual([{ kind: 'client' }]);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0]?.[0]).toMatch(/mermaid: Chromium did not start \(/);
      expect(mermaidBrowserStats().launches - launches).toBe(1);
      expect(unhandled).toEqual([]);
    } finally {
      configureMermaidBrowser({ forgetLaunchError: true });
    }
  });
});

describe('the shared renderer', () => {
  it("takes the plugin's mermaidTimeout, and prefetch then uses the same renderer", async () => {
    const { sharedDiagramRenderer } = await import('../../../../src/lib/mermaid/diagram-renderer.ts');
    mermaid({ timeoutSeconds: 90 });
    const fromConfig = sharedDiagramRenderer({ timeoutMs: 90_000 });
    expect(sharedDiagramRenderer()).toBe(fromConfig);
    expect(sharedDiagramRenderer({ timeoutMs: 30_000 })).not.toBe(fromConfig);
  });
});

describe('diagram types Labbook does not draw', () => {
  it('says plainly that ZenUML is not supported, without asking the browser', async () => {
    const browser = fakeBrowser();
    const diagrams = renderer(browser);
    const zenuml = '%% a comment\nzenuml\n  title Order\n  Alice->Bob: hi';
    expect(diagrams.prefetch?.([zenuml])).toBe(0);
    const [outcome] = await diagrams.render([zenuml]);
    expect(outcome).toEqual({ kind: 'error', message: expect.stringMatching(/^is a ZenUML diagram, which Labbook does not draw: .*Write it as a sequenceDiagram/) });
    expect(browser.batches).toEqual([]);
  });
});
