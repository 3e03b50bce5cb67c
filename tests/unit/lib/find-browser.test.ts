import { describe, expect, it } from 'vitest';
import { findBrowser } from '../../../src/lib/find-browser.ts';

const only = (...paths: string[]) => (path: string) => paths.includes(path);

describe('findBrowser', () => {
  it('prefers LABBOOK_CHROMIUM', () => {
    expect(findBrowser({ env: { LABBOOK_CHROMIUM: '/opt/chrome' }, playwrightPath: '/pw', exists: only('/opt/chrome', '/pw') })).toEqual({
      executablePath: '/opt/chrome',
      source: 'LABBOOK_CHROMIUM',
    });
  });

  it('fails loudly when LABBOOK_CHROMIUM points nowhere', () => {
    expect(() => findBrowser({ env: { LABBOOK_CHROMIUM: '/nope' }, exists: only() })).toThrow(/LABBOOK_CHROMIUM is set to \/nope/);
  });

  it("uses Playwright's own browser where it is installed", () => {
    expect(findBrowser({ env: {}, playwrightPath: '/pw', exists: only('/pw', '/usr/bin/chromium') })).toEqual({ executablePath: undefined, source: 'playwright' });
  });

  it("falls back to the distribution's Chromium", () => {
    expect(findBrowser({ env: {}, playwrightPath: '/pw', exists: only('/usr/bin/chromium') })).toEqual({ executablePath: '/usr/bin/chromium', source: 'system' });
  });

  it('finds nothing on a machine without a browser', () => {
    expect(findBrowser({ env: {}, exists: only() })).toBeUndefined();
  });
});
