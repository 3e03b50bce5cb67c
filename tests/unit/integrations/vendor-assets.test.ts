import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it, vi } from 'vitest';
import { vendorAssets } from '../../../src/integrations/vendor-assets.ts';
import { KATEX_CSS, KATEX_DIR } from '../../../src/lib/math/stylesheet.ts';
import { CLIENT_DIAGRAM_MARKUP, MERMAID_CLIENT_FILE } from '../../../src/lib/mermaid/client-asset.ts';

type BuildDone = (options: { dir: URL; logger: AstroIntegrationLogger }) => void;
type ConfigDone = (options: { config: { base: string } }) => void;
type Middleware = (req: { url?: string }, res: { setHeader: (name: string, value: string) => void; end: (body: unknown) => void }, next: () => void) => void;
type ServerSetup = (options: { server: { middlewares: { use: (middleware: Middleware) => void } } }) => void;

/** A built site with these pages, after the step ran: what it holds and what was logged. */
function build(pages: Record<string, string>): { files: string[]; logged: string[]; out: string } {
  const out = mkdtempSync(join(tmpdir(), 'labbook-vendor-'));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(out, path, '..'), { recursive: true });
    writeFileSync(join(out, path), html);
  }
  const logged: string[] = [];
  const logger = { info: (message: string) => logged.push(message) } as unknown as AstroIntegrationLogger;
  (vendorAssets().hooks['astro:build:done'] as unknown as BuildDone)({ dir: pathToFileURL(`${out}/`), logger });
  const files = readdirSync(out, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(out.length + 1))
    .sort();
  return { files, logged, out };
}

const MATH_PAGE = `<html><head></head><body><link rel="stylesheet" href="/${KATEX_CSS}"><span class="math">x</span></body></html>`;
const CLIENT_PAGE = `<html><body>${CLIENT_DIAGRAM_MARKUP}graph TD</pre></body></html>`;

describe('vendorAssets', () => {
  it('ships neither asset for a site without math or diagrams drawn in the browser', () => {
    const { files, logged } = build({ 'index.html': '<p>Plain</p>', 'til/a/index.html': '<svg class="diagram"></svg>' });
    expect(files).toEqual(['index.html', 'til/a/index.html']);
    expect(logged).toEqual([]);
  });

  it("ships KaTeX's stylesheet and woff2 fonts, and no Mermaid, for a site with math", () => {
    const { files, logged, out } = build({ 'index.html': '<p>Plain</p>', 'til/a/index.html': MATH_PAGE });
    expect(files).toContain(`${KATEX_DIR}/katex.css`);
    const fonts = files.filter((file) => file.startsWith(`${KATEX_DIR}/fonts/`));
    expect(fonts.length).toBeGreaterThan(10);
    expect(fonts.every((font) => font.endsWith('.woff2'))).toBe(true);
    expect(readFileSync(join(out, KATEX_DIR, 'katex.css'), 'utf8')).not.toMatch(/\.woff\)|\.ttf\)/);
    expect(files).not.toContain(MERMAID_CLIENT_FILE);
    expect(logged).toEqual([`pages with math: published ${KATEX_DIR}`]);
  });

  it("ships Mermaid's browser bundle, and no KaTeX, for a site that leaves diagrams to the browser", () => {
    const { files, logged } = build({ 'docs/flow/index.html': CLIENT_PAGE });
    expect(files).toEqual([MERMAID_CLIENT_FILE, 'docs/flow/index.html']);
    expect(logged).toEqual([`diagrams drawn in the browser: published ${MERMAID_CLIENT_FILE}`]);
  });

  it('ships both for a site that needs both', () => {
    const { files } = build({ 'a/index.html': MATH_PAGE, 'b/index.html': CLIENT_PAGE });
    expect(files).toContain(MERMAID_CLIENT_FILE);
    expect(files).toContain(`${KATEX_DIR}/katex.css`);
  });

  it('serves each asset in dev, under the base path or the root, and passes other requests on', () => {
    const integration = vendorAssets();
    (integration.hooks['astro:config:done'] as unknown as ConfigDone)({ config: { base: '/wiki' } });
    let middleware: Middleware | undefined;
    (integration.hooks['astro:server:setup'] as unknown as ServerSetup)({ server: { middlewares: { use: (m) => (middleware = m) } } });
    const request = (url: string) => {
      const headers: Record<string, string> = {};
      let body: unknown;
      const next = vi.fn();
      middleware?.({ url }, { setHeader: (name, value) => (headers[name] = value), end: (sent) => (body = sent) }, next);
      return { type: headers['Content-Type'], body, passed: next.mock.calls.length === 1 };
    };
    expect(request(`/wiki/${KATEX_DIR}/katex.css?v=1`).type).toBe('text/css; charset=utf-8');
    expect(request(`/${KATEX_DIR}/fonts/KaTeX_Main-Regular.woff2`).type).toBe('font/woff2');
    expect(request(`/wiki/${MERMAID_CLIENT_FILE}`).type).toBe('text/javascript; charset=utf-8');
    expect(request(`/wiki/${KATEX_DIR}/fonts/../../secret`).passed).toBe(true);
    expect(request(`/wiki/${MERMAID_CLIENT_FILE}/x`).passed).toBe(true);
    expect(request('/wiki/til/').passed).toBe(true);
  });
});
