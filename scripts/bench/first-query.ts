// Bytes a reader's browser fetches for a first search on a built site: open a page, open the search
// dialog, type a query, wait for results, and add up everything fetched after the page had loaded
// (the search UI's script, Pagefind's runtime, WASM, index chunks and fragments). Part of the bench.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../src/lib/find-browser.ts';
import { localBrowser } from '../browser.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
};

/** A static file server over `dir` (no compression, like `python -m http.server`), on a free port. */
function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/'));
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export interface FirstQuery {
  query: string;
  /** Bytes fetched from opening search to the first results. */
  bytes: number;
  requests: number;
  /** Milliseconds from the first keystroke to results on screen. */
  ms: number;
}

/** Measure the first query on `pagePath` of the site built in `dir`; undefined without a browser. */
export async function measureFirstQuery(dir: string, pagePath: string, query: string): Promise<FirstQuery | undefined> {
  const found = localBrowser();
  if (!found) return undefined;
  const server = await serve(dir);
  const browser = await chromium.launch({ executablePath: found.executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}${pagePath}`, { waitUntil: 'networkidle' });
    let bytes = 0;
    let requests = 0;
    page.on('response', async (response) => {
      requests += 1;
      bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
    });
    await page.keyboard.press('/');
    const input = page.locator('dialog [data-search-input]');
    await input.waitFor();
    const started = performance.now();
    await input.pressSequentially(query);
    await page.locator('dialog .search-hit').first().waitFor({ timeout: 30_000 });
    const ms = performance.now() - started;
    await page.waitForLoadState('networkidle');
    return { query, bytes, requests, ms };
  } finally {
    await browser.close();
    server.close();
  }
}
