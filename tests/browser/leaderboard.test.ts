import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localBrowser } from '../../scripts/browser.ts';
import { enhanceLeaderboards } from '../../src/scripts/leaderboard.ts';

const TABLE = `<div class="leaderboard"><label class="leaderboard__filter" hidden>Filter <input type="search"></label>
<table data-leaderboard><thead><tr><th data-sort="text" aria-sort="ascending">Run</th><th data-sort="number">loss</th></tr></thead>
<tbody>
<tr><th data-value="exp-2">exp-2 warmup</th><td data-value="0.3">0.3</td></tr>
<tr><th data-value="exp-10">exp-10 distill</th><td data-value="">–</td></tr>
<tr><th data-value="exp-9">exp-9 batch</th><td data-value="0.25">0.25</td></tr>
</tbody></table></div>`;

let browser: Browser;
beforeAll(async () => {
  const found = localBrowser();
  browser = await chromium.launch(found?.executablePath ? { executablePath: found.executablePath } : {});
});
afterAll(async () => browser?.close());

describe('leaderboard script', () => {
  it('adds sort buttons that set aria-sort and sort numbers (not stated last), and a filter', async () => {
    const page = await browser.newPage();
    await page.setContent(TABLE);
    await page.evaluate(`(${enhanceLeaderboards.toString()})(document)`);
    const order = () => page.$$eval('tbody tr', (rows) => rows.map((row) => row.querySelector('th')?.dataset.value));
    await page.getByRole('button', { name: 'loss' }).click();
    expect(await page.getAttribute('th:nth-child(2)', 'aria-sort')).toBe('ascending');
    expect(await page.getAttribute('th:nth-child(1)', 'aria-sort')).toBeNull();
    expect(await order()).toEqual(['exp-9', 'exp-2', 'exp-10']);
    await page.getByRole('button', { name: 'loss' }).click();
    expect(await order()).toEqual(['exp-2', 'exp-9', 'exp-10']);
    await page.getByRole('button', { name: 'Run' }).click();
    expect(await order()).toEqual(['exp-2', 'exp-9', 'exp-10']);
    await page.getByRole('searchbox').fill('distill');
    expect(await page.$$eval('tbody tr:not([hidden])', (rows) => rows.length)).toBe(1);
    await page.close();
  });
});
