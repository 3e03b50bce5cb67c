import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dropUnverifiedPages, recordPageHashes } from '../../../../src/lib/incremental/page-cache-check.ts';

function cacheWith(files: Record<string, string>): string {
  const cache = mkdtempSync(join(tmpdir(), 'labbook-page-cache-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(cache, 'dist', path)), { recursive: true });
    writeFileSync(join(cache, 'dist', path), text);
  }
  return cache;
}

describe('page cache check', () => {
  it('keeps recorded pages, deletes edited and unrecorded ones', () => {
    const cache = cacheWith({ 'til/a/index.html': '<p>a</p>', 'til/b/index.html': '<p>b</p>' });
    expect(recordPageHashes(cache)).toBe(2);
    writeFileSync(join(cache, 'dist/til/b/index.html'), '<p>b</p><script>evil()</script>');
    writeFileSync(join(cache, 'dist/til/c.html'), '<p>c</p>');
    const check = dropUnverifiedPages(cache);
    expect(check.mismatched).toEqual(['til/b/index.html']);
    expect(check.unrecorded).toEqual(['til/c.html']);
    expect([...check.verified.keys()]).toEqual(['til/a/index.html']);
    expect(existsSync(join(cache, 'dist/til/a/index.html'))).toBe(true);
    expect(existsSync(join(cache, 'dist/til/b/index.html'))).toBe(false);
    expect(existsSync(join(cache, 'dist/til/c.html'))).toBe(false);
  });

  it('with no record (an older cache, or a build that never finished) trusts nothing', () => {
    const cache = cacheWith({ 'index.html': '<p>home</p>' });
    expect(dropUnverifiedPages(cache).unrecorded).toEqual(['index.html']);
  });

  it('records what a build rewrote after the check, not the hash it had before', () => {
    const cache = cacheWith({ 'index.html': '<p>old</p>' });
    recordPageHashes(cache);
    const check = dropUnverifiedPages(cache);
    writeFileSync(join(cache, 'dist/index.html'), '<p>new, longer</p>');
    recordPageHashes(cache, check.verified);
    expect(dropUnverifiedPages(cache).mismatched).toEqual([]);
  });
});
