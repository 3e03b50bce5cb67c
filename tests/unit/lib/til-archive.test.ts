import { describe, expect, it } from 'vitest';
import { groupByYear, TIL_INDEX_LIMIT, tilIndexPlan } from '../../../src/lib/til-archive.ts';

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

describe('tilIndexPlan', () => {
  // Newest first, as the wiki gives them: 2 notes a month over three years.
  const days = ['2026', '2025', '2024'].flatMap((y) => ['12', '11', '10', '09', '08', '07', '06', '05', '04', '03', '02', '01'].flatMap((m) => [`${y}-${m}-20`, `${y}-${m}-10`]));
  const day = (d: string) => d;

  it('lists every note on one page up to the limit', () => {
    const plan = tilIndexPlan(days, day, days.length);
    expect(plan.split).toBe(false);
    expect(plan.years.map((y) => y.year)).toEqual(['2026', '2025', '2024']);
    expect(plan.years.reduce((n, y) => n + y.count, 0)).toBe(days.length);
  });

  it('past the limit, gives the newest notes and the years with their months', () => {
    const plan = tilIndexPlan(days, day, days.length - 1, 5);
    expect(plan.split).toBe(true);
    if (!plan.split) return;
    expect(plan.latest).toEqual(['2026-12-20', '2026-12-10', '2026-11-20', '2026-11-10', '2026-10-20']);
    expect(plan.years.map((y) => [y.year, y.count, y.months.length])).toEqual([['2026', 24, 12], ['2025', 24, 12], ['2024', 24, 12]]);
  });

  it('splits a wiki of 1,871 notes by default, not one of 300', () => {
    const many = Array.from({ length: 1871 }, (_, i) => `${2026 - Math.floor(i / 700)}-01-01`);
    expect(tilIndexPlan(many, day).split).toBe(true);
    expect(tilIndexPlan(many.slice(0, TIL_INDEX_LIMIT), day).split).toBe(false);
  });
});
