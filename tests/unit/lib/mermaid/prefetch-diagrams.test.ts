import { describe, expect, it, vi } from 'vitest';
import type { DiagramRenderer } from '../../../../src/lib/mermaid/diagram-renderer.ts';
import { prefetchDiagrams } from '../../../../src/lib/mermaid/prefetch-diagrams.ts';

/** A renderer that records what it is asked to prefetch. */
function recorder(): DiagramRenderer & { prefetched: string[][] } {
  const prefetched: string[][] = [];
  return {
    prefetched,
    render: async () => [],
    prefetch: (sources) => {
      prefetched.push([...sources]);
      return new Set(sources).size;
    },
  };
}

describe('prefetchDiagrams', () => {
  it('hands every fence of every file to the renderer in one call', () => {
    const renderer = recorder();
    const files = [
      { path: 'til/2026-11-02-a.md', source: '---\r\ntitle: A\r\ndate: 2026-11-02\r\n---\r\n```mermaid\r\ngraph TD\r\n  A\r\n```\r\n' },
      { path: 'docs/index.md', source: '---\ntitle: Docs\n---\nNo diagram.\n' },
      { path: 'docs/flow.mdx', source: '---\ntitle: Flow\n---\n~~~mermaid\npie\n~~~\n\n```mermaid\ngraph TD\r\n  A\r\n```\n' },
    ];
    expect(prefetchDiagrams(files, renderer, {})).toBe(2);
    // Line endings as written: Astro hands these files to the parser as they are.
    expect(renderer.prefetched).toEqual([['graph TD\r\n  A', 'pie', 'graph TD\r\n  A']]);
  });

  it('reads a daily log with LF line endings, as its loader hands entries over', () => {
    const renderer = recorder();
    const log = '## 2026-11-03\r\n\r\n### [Infra] Flow\r\n\r\n```mermaid\r\ngraph TD\r\n  A --> B\r\n```\r\n';
    prefetchDiagrams([{ path: 'til/2026-11-03.md', source: log }], renderer, {});
    expect(renderer.prefetched).toEqual([['graph TD\n  A --> B']]);
  });

  it('asks nothing when no file has a diagram, or the renderer cannot prefetch', () => {
    const renderer = recorder();
    expect(prefetchDiagrams([{ path: 'docs/a.md', source: '# A\n\n```js\nmermaid()\n```\n' }], renderer, {})).toBe(0);
    expect(renderer.prefetched).toEqual([]);
    const render = vi.fn(async () => []);
    expect(prefetchDiagrams([{ path: 'docs/a.md', source: '```mermaid\ngraph\n```\n' }], { render }, {})).toBe(0);
    expect(render).not.toHaveBeenCalled();
  });

  it.each(['0', 'false'])('asks nothing with LABBOOK_MERMAID_PREFETCH=%s', (value) => {
    const renderer = recorder();
    expect(prefetchDiagrams([{ path: 'docs/a.md', source: '```mermaid\ngraph\n```\n' }], renderer, { LABBOOK_MERMAID_PREFETCH: value })).toBe(0);
    expect(renderer.prefetched).toEqual([]);
    expect(prefetchDiagrams([{ path: 'docs/a.md', source: '```mermaid\ngraph\n```\n' }], renderer, { LABBOOK_MERMAID_PREFETCH: '1' })).toBe(1);
  });
});
