import { describe, expect, it } from 'vitest';
import { groupByYear } from '../../../src/lib/til-archive.ts';

describe('groupByYear', () => {
  it('groups by year and month, newest first, with counts', () => {
    const days = ['2027-01-01', '2026-12-31', '2026-12-01', '2026-11-05', '2025-03-03'];
    expect(groupByYear(days, (d) => d)).toEqual([
      { year: '2027', count: 1, months: [{ key: '2027-01', items: ['2027-01-01'] }] },
      { year: '2026', count: 3, months: [{ key: '2026-12', items: ['2026-12-31', '2026-12-01'] }, { key: '2026-11', items: ['2026-11-05'] }] },
      { year: '2025', count: 1, months: [{ key: '2025-03', items: ['2025-03-03'] }] },
    ]);
  });
});
