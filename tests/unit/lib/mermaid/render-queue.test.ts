import { describe, expect, it, vi } from 'vitest';
import { createRenderQueue } from '../../../../src/lib/mermaid/render-queue.ts';

const tick = (ms = 5) => new Promise((resolve) => setTimeout(resolve, ms));

describe('createRenderQueue', () => {
  const echo = () => vi.fn(async (jobs: string[]) => jobs.map((job) => `svg of ${job}`));

  it('renders jobs asked for by different callers in one batch', async () => {
    const run = echo();
    const queue = createRenderQueue<string, string>({ run, maxBatch: 10, maxInFlight: 1, windowMs: 5 });
    const results = await Promise.all([queue.render('a', 'a'), (async () => (await tick(1), queue.render('b', 'b')))()]);
    expect(results).toEqual(['svg of a', 'svg of b']);
    expect(run.mock.calls).toEqual([[['a', 'b']]]);
  });

  it('renders a job asked for twice at the same time once', async () => {
    const run = echo();
    const queue = createRenderQueue<string, string>({ run, maxBatch: 10, maxInFlight: 1, windowMs: 1 });
    expect(await Promise.all([queue.render('a', 'k'), queue.render('a', 'k')])).toEqual(['svg of a', 'svg of a']);
    expect(run).toHaveBeenCalledTimes(1);
    // Once done, the key is forgotten: a later request renders again (the disk cache answers those).
    await queue.render('a', 'k');
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('splits batches at maxBatch and runs at most maxInFlight at once', async () => {
    let running = 0;
    let most = 0;
    const sizes: number[] = [];
    const run = async (jobs: number[]) => {
      sizes.push(jobs.length);
      most = Math.max(most, ++running);
      await tick(10);
      running -= 1;
      return jobs;
    };
    const queue = createRenderQueue<number, number>({ run, maxBatch: 3, maxInFlight: 2, windowMs: 1 });
    const jobs = Array.from({ length: 10 }, (_, i) => i);
    expect(await Promise.all(jobs.map((job) => queue.render(job, String(job))))).toEqual(jobs);
    expect(sizes).toEqual([3, 3, 3, 1]);
    expect(most).toBe(2);
  });

  it('fails every job of a batch that fails, and goes on with the next', async () => {
    let calls = 0;
    const queue = createRenderQueue<string, string>({
      run: async (jobs) => {
        if (calls++ === 0) throw new Error('no browser');
        return jobs;
      },
      maxBatch: 10,
      maxInFlight: 1,
      windowMs: 1,
    });
    await expect(Promise.all([queue.render('a', 'a'), queue.render('b', 'b')])).rejects.toThrow('no browser');
    expect(await queue.render('c', 'c')).toBe('c');
  });
});
