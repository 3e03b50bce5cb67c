/**
 * Hostile-input setup (playwright.config.ts, base-path fixture): between two builds, edit one page in
 * Astro's incremental page cache as someone with access to the cache could. The second build must
 * render that page again instead of publishing the edit (tests/e2e/hostile-input.spec.ts).
 *
 *   node tests/e2e/support/tamper-page-cache.ts <cacheDir> <page path below the site>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [cacheDir, page] = process.argv.slice(2);
if (!cacheDir || !page) throw new Error('usage: tamper-page-cache.ts <cacheDir> <page>');
// Astro keeps its copies of built pages in <cacheDir>/dist/ (astro/dist/core/build/incremental.js).
const file = join(cacheDir, 'dist', page);
const html = readFileSync(file, 'utf8'); // throws if the first build cached no such page: the test would prove nothing
const injected = '<p id="tampered">TAMPERED</p><script>window.__xss = "cache"</script>';
writeFileSync(file, html.replace('</main>', `${injected}</main>`));
