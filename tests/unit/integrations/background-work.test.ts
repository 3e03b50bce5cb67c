import { describe, expect, it } from 'vitest';
import { finishBackgroundWork, runInBackground } from '../../../src/integrations/background-work.ts';

describe('background work of the build', () => {
  it('starts work at once and waits for all of it', async () => {
    const order: string[] = [];
    runInBackground('slow', async () => {
      order.push('slow started');
      await new Promise((resolve) => setTimeout(resolve, 20));
      order.push('slow done');
    });
    order.push('build goes on');
    await finishBackgroundWork();
    expect(order).toEqual(['slow started', 'build goes on', 'slow done']);
  });

  it('reports the first failure after every task settled, and forgets finished tasks', async () => {
    let lastDone = false;
    runInBackground('index', async () => {
      throw new Error('Pagefind could not start');
    });
    runInBackground('other', async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      lastDone = true;
    });
    await expect(finishBackgroundWork()).rejects.toThrow('Pagefind could not start');
    expect(lastDone).toBe(true);
    await expect(finishBackgroundWork()).resolves.toBeUndefined();
  });

  it('leaves no unhandled rejection when the build fails before it waits', async () => {
    const unhandled: unknown[] = [];
    const listener = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', listener);
    runInBackground('index', () => Promise.reject(new Error('boom')));
    await new Promise((resolve) => setTimeout(resolve, 20));
    process.off('unhandledRejection', listener);
    expect(unhandled).toEqual([]);
    await expect(finishBackgroundWork()).rejects.toThrow('boom');
  });
});
