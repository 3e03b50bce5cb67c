import { readFileSync } from 'node:fs';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { renderTil } from '../../../src/cli/templates/til.ts';
import { MDX_COMPONENTS_HINT } from '../../../src/cli/templates/mdx-components.ts';

const exported = [...readFileSync(new URL('../../../src/components/mdx/index.ts', import.meta.url), 'utf8').matchAll(/export \{ default as (\w+) \}/g)].map((m) => m[1]);

describe('the components hint of new .mdx pages', () => {
  it('names every component src/components/mdx/index.ts exports, in order', () => {
    expect(exported.length).toBeGreaterThan(5);
    expect(MDX_COMPONENTS_HINT).toContain(`import { ${exported.join(', ')} } from 'labbook/components';`);
  });

  it('is an MDX comment, only in .mdx', () => {
    const input = { title: 'T', date: '2026-11-18', tags: [], authors: [] };
    const mdx = renderTil({ ...input, format: 'mdx' });
    expect(mdx).toContain(`---\n\n${MDX_COMPONENTS_HINT}\n\n## Symptoms`);
    expect(() => mdxToJs(mdx.split('---\n')[2] ?? '')).not.toThrow();
    expect(renderTil({ ...input, format: 'md' })).not.toContain('labbook/components');
  });
});
