import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const prefetchDiagrams = vi.hoisted(() => vi.fn((_files: unknown[]) => 0));
vi.mock('../../../src/lib/mermaid/prefetch-diagrams.ts', () => ({ prefetchDiagrams }));
const { validateContent } = await import('../../../src/integrations/validate-content.ts');
const { createRenderReport } = await import('../../../src/lib/dev/render-report.ts');

const wiki = mkdtempSync(join(tmpdir(), 'validate-content-'));
mkdirSync(join(wiki, 'docs'));
writeFileSync(join(wiki, 'docs/index.md'), '---\ntitle: Flow\n---\n```mermaid\ngraph TD\n```\n');

type Setup = (options: { logger: AstroIntegrationLogger; command: 'dev' | 'build' | 'preview' | 'sync'; injectScript: (stage: string, code: string) => void }) => void;
const logger = { info: vi.fn(), warn: vi.fn() } as unknown as AstroIntegrationLogger;
const injectScript = vi.fn();
const setup = (options: Omit<Parameters<Setup>[0], 'injectScript'>, report = createRenderReport()) =>
  (validateContent(wiki, { tagAliases: {} } as never, report).hooks['astro:config:setup'] as unknown as Setup)({ ...options, injectScript });

describe('labbook:validate-content', () => {
  beforeEach(() => {
    prefetchDiagrams.mockClear();
    injectScript.mockClear();
  });

  it.each(['build', 'dev'] as const)('starts the diagrams of the files it read on `astro %s`', (command) => {
    setup({ logger, command });
    expect(prefetchDiagrams).toHaveBeenCalledTimes(1);
    expect(prefetchDiagrams.mock.calls[0]?.[0]).toEqual([{ path: 'docs/index.md', source: '---\ntitle: Flow\n---\n```mermaid\ngraph TD\n```\n' }]);
  });

  it('under `astro dev` shows problems in the page and has notes report theirs instead of failing', () => {
    const report = createRenderReport();
    setup({ logger, command: 'dev' }, report);
    expect(report.live).toBe(true);
    expect(injectScript).toHaveBeenCalledWith('page', expect.stringContaining('dev-problems.ts'));
  });

  it('a build fails on problems as before: no script, no report', () => {
    const report = createRenderReport();
    setup({ logger, command: 'build' }, report);
    expect(report.live).toBe(false);
    expect(injectScript).not.toHaveBeenCalled();
  });

  it.each(['sync', 'preview'] as const)('renders nothing on `astro %s` (and `astro check`, which syncs)', (command) => {
    setup({ logger, command });
    expect(prefetchDiagrams).not.toHaveBeenCalled();
  });
});
