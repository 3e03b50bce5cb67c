// Screenshots of built pages in light and dark, narrow and wide, for looking at what we ship.
// Usage: node scripts/screenshots.ts <base-url> <out-dir> <path> [<path> ...]  (FULL_PAGE=0: first screen only)
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../src/lib/find-browser.ts';
import { localBrowser } from './browser.ts';

const [baseUrl, outDir, ...paths] = process.argv.slice(2);
if (!baseUrl || !outDir || paths.length === 0) {
  console.error('usage: node scripts/screenshots.ts <base-url> <out-dir> <path> [<path> ...]');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: localBrowser()?.executablePath, args: CHROMIUM_ARGS });
try {
  for (const width of [390, 1280]) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      for (const path of paths) {
        await page.goto(new URL(path.replace(/^\//, ''), baseUrl).href);
        const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}-${scheme}.png`;
        await page.screenshot({ path: join(outDir, name), fullPage: process.env.FULL_PAGE !== '0' });
        console.log(join(outDir, name));
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
}
