import { describe, expect, it } from 'vitest';
import { expectsBrowser, lookUpBrowser } from '../../../../src/lib/mermaid/browser-pool.ts';
import { isOfflineRequest } from '../../../../src/lib/mermaid/render-context.ts';

describe('lookUpBrowser', () => {
  it.each(['1', 'true', 'yes'])('pretends there is no browser with LABBOOK_NO_BROWSER=%s', async (value) => {
    expect(await lookUpBrowser({ LABBOOK_NO_BROWSER: value, LABBOOK_CHROMIUM: '/usr/bin/nowhere' })).toEqual({ missing: 'LABBOOK_NO_BROWSER is set' });
  });

  it('does not pretend with LABBOOK_NO_BROWSER=0', async () => {
    await expect(lookUpBrowser({ LABBOOK_NO_BROWSER: '0', LABBOOK_CHROMIUM: '/usr/bin/nowhere' })).rejects.toThrow(/LABBOOK_CHROMIUM is set to \/usr\/bin\/nowhere/);
  });

  it('uses the browser LABBOOK_CHROMIUM names', async () => {
    expect(await lookUpBrowser({ LABBOOK_CHROMIUM: process.execPath })).toEqual({ found: { executablePath: process.execPath, source: 'LABBOOK_CHROMIUM' } });
  });
});

describe('expectsBrowser', () => {
  it('agrees with lookUpBrowser without loading Playwright', async () => {
    for (const env of [{ LABBOOK_CHROMIUM: process.execPath }, { LABBOOK_NO_BROWSER: '1' }, process.env]) {
      expect(expectsBrowser(env)).toBe((await lookUpBrowser(env)).found !== undefined);
    }
  });

  it('throws like lookUpBrowser for a LABBOOK_CHROMIUM that names nothing', () => {
    expect(() => expectsBrowser({ LABBOOK_CHROMIUM: '/usr/bin/nowhere' })).toThrow(/LABBOOK_CHROMIUM is set to/);
  });
});

describe('isOfflineRequest', () => {
  it.each([
    ['file:///x/node_modules/mermaid/dist/mermaid.js', true],
    ['data:image/svg+xml,<svg/>', true],
    ['about:blank', true],
    ['https://cdn.jsdelivr.net/npm/mermaid', false],
    ['http://127.0.0.1:4321/', false],
    ['ws://example.com/', false],
  ])('%s: %s', (url, allowed) => {
    expect(isOfflineRequest(url)).toBe(allowed);
  });
});
