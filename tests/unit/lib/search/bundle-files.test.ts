import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleContentType, bundleFilePath, UNUSED_BUNDLE_FILE } from '../../../../src/lib/search/bundle-files.ts';

const dir = join('/srv', 'dist', 'pagefind');

describe('serving the Pagefind bundle in dev', () => {
  it.each([
    ['/pagefind/pagefind.js', '/', join(dir, 'pagefind.js')],
    ['/pagefind/index/en_1.pf_index?ts=1', '/', join(dir, 'index', 'en_1.pf_index')],
    ['/wiki/pagefind/pagefind-entry.json', '/wiki/', join(dir, 'pagefind-entry.json')],
    ['/wiki/pagefind/pagefind.js', '/wiki', join(dir, 'pagefind.js')],
  ])('maps %s under base %s to the file', (url, base, file) => {
    expect(bundleFilePath(url, base, dir)).toBe(file);
  });

  it.each([
    ['/pagefind.js', '/'],
    ['/pagefind/', '/'],
    ['/wiki/pagefind/pagefind.js', '/'],
    ['/pagefind/pagefind.js', '/wiki/'],
    ['/pagefind/../secrets.txt', '/'],
    ['/pagefind/%2e%2e/%2e%2e/etc/passwd', '/'],
    ['/pagefind/%E0%A4%A', '/'],
    ['/til/', '/'],
  ])('leaves %s (base %s) alone', (url, base) => {
    expect(bundleFilePath(url, base, dir)).toBeUndefined();
  });

  it.each([
    ['pagefind.js', 'text/javascript; charset=utf-8'],
    ['pagefind-entry.json', 'application/json; charset=utf-8'],
    ['wasm.en.pagefind', 'application/octet-stream'],
    ['index/en_1.pf_index', 'application/octet-stream'],
  ])('sends %s as %s', (file, type) => {
    expect(bundleContentType(file)).toBe(type);
  });

  it('knows which files Labbook never loads: Pagefind’s own UIs and its worker', () => {
    const names = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js', 'pagefind-worker.js'];
    expect(names.filter((n) => UNUSED_BUNDLE_FILE.test(n))).toEqual(names);
    const kept = ['pagefind.js', 'pagefind-entry.json', 'wasm.en.pagefind', 'wasm.unknown.pagefind', 'pagefind.en_1.pf_meta'];
    expect(kept.filter((n) => UNUSED_BUNDLE_FILE.test(n))).toEqual([]);
  });
});
