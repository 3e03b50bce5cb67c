// What a TIL page costs a reader before any interaction: HTML, and the JS and CSS it loads, raw and
// gzipped. Part of the bench, checked against the budgets of issue #8.
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Budgets for a TIL page without diagrams, gzipped bytes. */
export const BUDGETS = { htmlGzip: 7 * 1024, jsGzip: 3 * 1024, cssGzip: 12 * 1024 };

/** The scripts a page loads up front and, transitively, their static imports (`import"./x.js"`), once each. */
function withStaticImports(out: string, entries: string[]): Buffer[] {
  const seen = new Set<string>();
  const files: Buffer[] = [];
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const code = readFileSync(join(out, path));
    files.push(code);
    // Static imports only: `import("./x.js")` loads later, on use.
    for (const m of code.toString('utf8').matchAll(/(?:\bimport|\bfrom)\s*["'](\.\.?\/[^"']+\.js)["']/g)) visit(posix.join(posix.dirname(path), m[1] ?? ''));
  };
  for (const entry of entries) visit(entry);
  return files;
}

/** Bytes of one built page and of the JS and CSS it loads up front. */
export function pageWeight(out: string, htmlPath: string) {
  const html = readFileSync(htmlPath, 'utf8');
  // A <template>'s scripts (the search UI) are inert: fetched only when search is opened.
  const live = html.replace(/<template\b[\s\S]*?<\/template>/g, '');
  const inlineJs = [...live.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '').join('');
  const assets = (pattern: RegExp) => [...live.matchAll(pattern)].map((m) => readFileSync(join(out, decodeURI(m[1] ?? ''))));
  const js = Buffer.concat([Buffer.from(inlineJs), ...withStaticImports(out, [...live.matchAll(/<script[^>]*\bsrc="\/([^"]+\.js)"/g)].map((m) => decodeURI(m[1] ?? '')))]);
  const css = Buffer.concat(assets(/<link[^>]*rel="stylesheet"[^>]*href="\/([^"]+\.css)"/g));
  return {
    htmlBytes: Buffer.byteLength(html),
    htmlGzip: gzipSync(html).length,
    jsBytes: js.length,
    jsGzip: js.length ? gzipSync(js).length : 0,
    cssBytes: css.length,
    cssGzip: css.length ? gzipSync(css).length : 0,
  };
}

/** The generated single-note TIL pages without a diagram (`til/<date>-note-<n>/index.html`). */
export function notePages(out: string): string[] {
  return readdirSync(join(out, 'til'), { recursive: true })
    .map(String)
    .filter((p) => /note-\d+\/index\.html$/.test(p))
    .map((p) => join(out, 'til', p))
    .filter((p) => !readFileSync(p, 'utf8').includes('class="mermaid'));
}

/** Weight of the median and of the heaviest diagram-free note page, by gzipped HTML. */
export function tilPageWeights(out: string) {
  const pages = notePages(out)
    .map((path) => ({ path, gz: gzipSync(readFileSync(path)).length }))
    .sort((a, b) => a.gz - b.gz);
  const pick = (entry: { path: string } | undefined) => (entry ? { page: entry.path.slice(out.length), ...pageWeight(out, entry.path) } : undefined);
  return { count: pages.length, median: pick(pages[Math.floor(pages.length / 2)]), heaviest: pick(pages[pages.length - 1]) };
}
