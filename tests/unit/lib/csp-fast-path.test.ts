import { describe, expect, it, vi } from 'vitest';

// Count full parses: a page holding only Labbook's own scripts must not need one (2 s at 1,000 pages).
const parses = vi.hoisted(() => ({ count: 0 }));
vi.mock('satteri', async (importOriginal) => {
  const real = await importOriginal<typeof import('satteri')>();
  return { ...real, htmlToHast: (...args: Parameters<typeof real.htmlToHast>) => (parses.count++, real.htmlToHast(...args)) };
});
const { securePage } = await import('../../../src/lib/csp.ts');

const page = (body: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><script>theme()</script></head><body>${body}</body></html>`;
const own = new Set(['theme()', 'copy()']);

describe('securePage, fast path', () => {
  it("does not parse a page with only Labbook's own inline scripts and the search UI's external module", () => {
    parses.count = 0;
    const html = page('<script type="module">copy()</script><template data-search-ui><script type="module" src="/_astro/SearchUi.x7J5.js"></script></template>');
    expect(securePage(html, own).blocked).toEqual([]);
    expect(parses.count).toBe(0);
  });

  it('parses when an external-looking tag carries text, and then still finds a real inline script', () => {
    parses.count = 0;
    const html = page('<p title=\'<script type="module" src="/x.js">\'>x</p><script>evil()</script>');
    expect(securePage(html, own).blocked).toEqual(['evil()']);
    expect(parses.count).toBe(1);
  });
});
