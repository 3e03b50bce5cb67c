import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const prefetchDiagrams = vi.hoisted(() => vi.fn((_files: unknown[]) => 0));
vi.mock('../../../src/lib/mermaid/prefetch-diagrams.ts', () => ({ prefetchDiagrams }));
const { validateContent } = await import('../../../src/integrations/validate-content.ts');

const wiki = mkdtempSync(join(tmpdir(), 'validate-content-'));
mkdirSync(join(wiki, 'docs'));
writeFileSync(join(wiki, 'docs/index.md'), '---\ntitle: Flow\n---\n```mermaid\ngraph TD\n```\n');

type Setup = (options: { logger: AstroIntegrationLogger; command: 'dev' | 'build' | 'preview' | 'sync' }) => void;
const logger = { info: vi.fn(), warn: vi.fn() } as unknown as AstroIntegrationLogger;
const setup = validateContent(wiki, { tagAliases: {} } as never).hooks['astro:config:setup'] as unknown as Setup;

describe('labbook:validate-content', () => {
  beforeEach(() => prefetchDiagrams.mockClear());

  it.each(['build', 'dev'] as const)('starts the diagrams of the files it read on `astro %s`', (command) => {
    setup({ logger, command });
    expect(prefetchDiagrams).toHaveBeenCalledTimes(1);
    expect(prefetchDiagrams.mock.calls[0]?.[0]).toEqual([{ path: 'docs/index.md', source: '---\ntitle: Flow\n---\n```mermaid\ngraph TD\n```\n' }]);
  });

  it.each(['sync', 'preview'] as const)('renders nothing on `astro %s` (and `astro check`, which syncs)', (command) => {
    setup({ logger, command });
    expect(prefetchDiagrams).not.toHaveBeenCalled();
  });
});
