/**
 * renderBatch's clock, with a fake Chromium and fake timers: only the time a diagram is drawing
 * counts, never the time the page takes to load Mermaid (slow on a busy machine).
 */
import type { Browser } from 'playwright';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderBatch, type JobOutcome } from '../../../../src/lib/mermaid/batch-renderer.ts';

const svg = (i: number) => `<svg id="labbook-render-${i}" viewBox="0 0 10 10"><g id="labbook-render-${i}-n"></g></svg>`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A Chromium whose page takes `loadMs` to load Mermaid and `drawMs[i]` to draw diagram `i`,
 * calling the page's "drawing" binding as each diagram starts, as the real page script does.
 */
function fakeBrowser(options: { loadMs: number; drawMs: number[] }): Browser {
  const newContext = async () => {
    let binding: (() => void) | undefined;
    const page = {
      goto: async () => sleep(options.loadMs),
      addStyleTag: async () => null,
      addScriptTag: async () => null,
      isClosed: () => false,
      locator: () => undefined,
      evaluate: async () => {
        const results: PromiseSettledResult<unknown>[] = [];
        for (const [i, ms] of options.drawMs.entries()) {
          binding?.();
          await sleep(ms);
          results.push({ status: 'fulfilled', value: { id: `labbook-render-${i}`, svg: svg(i), width: 10, height: 10 } });
        }
        return results;
      },
    };
    return {
      route: async () => undefined,
      addInitScript: async () => undefined,
      exposeBinding: async (_name: string, callback: () => void) => {
        binding = callback;
      },
      newPage: async () => page,
      close: async () => undefined,
    };
  };
  return { newContext, isConnected: () => true } as unknown as Browser;
}

const outcomeKinds = (outcomes: JobOutcome[]) => outcomes.map((outcome) => (outcome.ok ? 'svg' : outcome.message.slice(0, 40)));

describe('renderBatch timing', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  async function run(browser: Browser, count: number, timeoutMs: number): Promise<JobOutcome[]> {
    const jobs = Array.from({ length: count }, (_, i) => ({ source: `graph TD\n  N${i} --> M`, theme: 'light' as const }));
    const done = renderBatch(jobs, { browser, timeoutMs });
    await vi.runAllTimersAsync();
    return done;
  }

  it('does not count the time the page takes to load Mermaid', async () => {
    const outcomes = await run(fakeBrowser({ loadMs: 60_000, drawMs: [2_000] }), 1, 10_000);
    expect(outcomeKinds(outcomes)).toEqual(['svg']);
  });

  it('gives every diagram of a batch the whole limit', async () => {
    const outcomes = await run(fakeBrowser({ loadMs: 0, drawMs: [8_000, 8_000, 8_000] }), 3, 10_000);
    expect(outcomeKinds(outcomes)).toEqual(['svg', 'svg', 'svg']);
  });

  it('stops a diagram that draws for longer than the limit, and says how to raise it', async () => {
    const outcomes = await run(fakeBrowser({ loadMs: 0, drawMs: [10_001] }), 1, 10_000);
    expect(outcomes).toEqual([{ ok: false, cacheable: false, message: expect.stringMatching(/^took longer than 10 s to draw and was stopped.*raise mermaidTimeout in labbook\.yaml/) }]);
  });
});
