import { describe, expect, it } from 'vitest';
import { missingPathWords, shownPath } from '../../../../src/lib/publishing/missing-path.ts';

describe('missingPathWords', () => {
  it.each([
    ['/til/2026-01-14-reseed-the-shufle/', '/', 'reseed the shufle'],
    ['/acme-wiki/docs/guides/gradient_checkpointing.html', '/acme-wiki/', 'guides gradient checkpointing'],
    ['/acme-wiki', '/acme-wiki/', ''],
    ['/tags/%E6%97%A5%E6%9C%AC%E8%AA%9E/', '/', '日本語'],
    ['/bad/%E0%A4%A/', '/', 'bad E0 A4 A'],
    ['/acme-wikipedia/x/', '/acme-wiki/', 'acme wikipedia x'],
  ])('%s (base %s) -> %j', (path, base, words) => {
    expect(missingPathWords(path, base)).toBe(words);
  });

  it('keeps the query short', () => {
    expect(missingPathWords(`/${'word-'.repeat(50)}`).length).toBeLessThanOrEqual(100);
  });
});

describe('shownPath', () => {
  it('decodes escapes, and keeps a malformed path as written', () => {
    expect(shownPath('/tags/%E6%97%A5/')).toBe('/tags/日/');
    expect(shownPath('/bad/%E0%A4%A/')).toBe('/bad/%E0%A4%A/');
  });
});
