import type { AstroIntegration } from 'astro';
import { describe, expect, it, vi } from 'vitest';
import { LabbookError, LabbookFailure, problems } from '../../../src/lib/errors.ts';
import { exitOnFailure, failCleanly, type Exit } from '../../../src/integrations/fail-cleanly.ts';

class Exited extends Error {}
const exit = vi.fn<Exit>((message: string) => {
  throw new Exited(message);
});

function integrationThrowing(error: unknown): AstroIntegration {
  return { name: 'x', hooks: { 'astro:build:done': async () => Promise.reject(error) } };
}

describe('failCleanly', () => {
  it("ends the build with a Labbook failure's message only", async () => {
    const failure = new LabbookError([problems.fileName('til/x.md', 'name it well')]);
    const hook = failCleanly(integrationThrowing(failure), exit).hooks['astro:build:done'] as unknown as () => Promise<void>;
    await expect(hook()).rejects.toThrow(Exited);
    expect(exit).toHaveBeenLastCalledWith(failure.message);
    expect(failure.stack).toBe('');
  });

  it('throws anything else on, stack and all (a bug, not the author\'s problem)', async () => {
    const bug = new TypeError('x is undefined');
    const hook = failCleanly(integrationThrowing(bug), exit).hooks['astro:build:done'] as unknown as () => Promise<void>;
    exit.mockClear();
    await expect(hook()).rejects.toBe(bug);
    expect(exit).not.toHaveBeenCalled();
  });

  it('passes results through', async () => {
    const integration: AstroIntegration = { name: 'y', hooks: { 'astro:config:done': () => undefined } };
    await expect((failCleanly(integration, exit).hooks['astro:config:done'] as unknown as () => Promise<unknown>)()).resolves.toBeUndefined();
  });
});

describe('exitOnFailure', () => {
  it('returns the value, or exits with the message of a Labbook failure', () => {
    expect(exitOnFailure(() => 42, exit)).toBe(42);
    expect(() => exitOnFailure(() => { throw new LabbookFailure('labbook.yaml:2: titel: unknown field'); }, exit)).toThrow(Exited);
    expect(exit).toHaveBeenLastCalledWith('labbook.yaml:2: titel: unknown field');
  });
});
