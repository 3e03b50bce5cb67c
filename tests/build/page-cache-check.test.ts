import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeSite, makeWorkDir, runBuild, tilFile } from './run-build.ts';

/** Pages the build copied from its cache (`├─ /til/x/index.html (restored)` in Astro's log). */
const restored = (output: string) => new Set([...output.matchAll(/├─ (\S+) \((?:restored|cached)\)/g)].map((m) => m[1] as string));

describe('the incremental page cache is checked before it is published', () => {
  it('a page edited by hand in the cache is rendered again, with a warning; the others are copied', () => {
    const out = join(makeWorkDir(), 'dist');
    const cachedPage = join(dirname(out), 'cache/dist/til/2026-11-01-alpha/index.html');
    const site = makeSite({
      'labbook.yaml': 'title: Cache Wiki\n',
      'til/2026-11-01-alpha.md': tilFile('Alpha note', '2026-11-01', '', 'Alpha body.\n'),
      'til/2026-11-02-beta.md': tilFile('Beta note', '2026-11-02', '', 'Beta body.\n'),
    });
    const first = runBuild(site, out);
    expect(first.status, first.output).toBe(0);

    const tampered = readFileSync(cachedPage, 'utf8').replace('Alpha body.', 'Alpha body.<script>window.__xss = "cache"</script>TAMPERED');
    writeFileSync(cachedPage, tampered);
    const second = runBuild(site, out);
    expect(second.status, second.output).toBe(0);
    const reused = restored(second.output);
    expect(reused).not.toContain('/til/2026-11-01-alpha/index.html');
    expect(reused).toContain('/til/2026-11-02-beta/index.html');
    const published = readFileSync(join(out, 'til/2026-11-01-alpha/index.html'), 'utf8');
    expect(published).toContain('Alpha body.');
    expect(published).not.toContain('TAMPERED');
    expect(second.output).toMatch(/page cache: til\/2026-11-01-alpha\/index\.html: cached page differs from what the build that wrote it recorded/);
    // The cache holds the rendered page again, and the next build copies it without a word.
    expect(readFileSync(cachedPage, 'utf8')).not.toContain('TAMPERED');
    const third = runBuild(site, out);
    expect(third.status, third.output).toBe(0);
    expect(third.output).not.toContain('cached page differs');
    expect(restored(third.output)).toContain('/til/2026-11-01-alpha/index.html');
  });
});
