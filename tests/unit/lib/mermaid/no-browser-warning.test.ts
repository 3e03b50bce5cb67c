import { afterEach, describe, expect, it, vi } from 'vitest';
import { noBrowserMessage, resetNoBrowserWarning, warnNoBrowser } from '../../../../src/lib/mermaid/no-browser-warning.ts';

describe('warnNoBrowser', () => {
  afterEach(resetNoBrowserWarning);

  it('warns once per build, saying how to get build-time SVG', () => {
    const warn = vi.fn();
    warnNoBrowser('no Chromium or Chrome was found', warn);
    warnNoBrowser('no Chromium or Chrome was found', warn);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(noBrowserMessage('no Chromium or Chrome was found'));
    expect(noBrowserMessage('LABBOOK_NO_BROWSER is set')).toBe(
      "[labbook] mermaid: LABBOOK_NO_BROWSER is set, so diagrams are drawn in the reader's browser (those pages load Mermaid, about 3 MB). " +
        'For build-time SVG, install a Chromium (`npx playwright install chromium`, or `apt-get install chromium`) or set LABBOOK_CHROMIUM to a Chromium or Chrome executable.',
    );
  });
});
