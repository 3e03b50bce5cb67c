import { describe, expect, it } from 'vitest';
import { formatIsoWeek, isoWeekOf, isoWeekRange, parseIsoWeek, weeksInYear } from '../../../src/lib/iso-week.ts';

describe('isoWeekOf', () => {
  it.each([
    ['2020-12-31', '2020-W53'],
    ['2021-01-03', '2020-W53'],
    ['2021-01-04', '2021-W01'],
    ['2026-12-28', '2026-W53'],
    ['2027-01-01', '2026-W53'],
    ['2027-01-03', '2026-W53'],
    ['2027-01-04', '2027-W01'],
    ['2024-12-30', '2025-W01'],
    ['2026-01-01', '2026-W01'],
    ['2026-11-23', '2026-W48'],
    ['2028-02-29', '2028-W09'],
    ['2010-01-03', '2009-W53'],
  ])('%s is in %s', (day, week) => {
    expect(formatIsoWeek(isoWeekOf(day))).toBe(week);
  });

  it('agrees with a day-by-day count over 30 years', () => {
    // Independent oracle: walk every day, bumping the week on Mondays and resetting at each W01.
    let day = Date.UTC(1999, 11, 27); // a Monday, 1999-W52
    let expected = { year: 1999, week: 52 };
    for (; day < Date.UTC(2030, 0, 1); day += 86_400_000) {
      const date = new Date(day);
      const text = date.toISOString().slice(0, 10);
      if (date.getUTCDay() === 1 && day !== Date.UTC(1999, 11, 27)) {
        // Jan 4 of the Thursday's year starts W01: a Monday between Dec 29 and Jan 4 starts week 1.
        const thursday = new Date(day + 3 * 86_400_000);
        const startsYear = thursday.getUTCMonth() === 0 && thursday.getUTCDate() <= 7;
        expected = startsYear ? { year: thursday.getUTCFullYear(), week: 1 } : { year: expected.year, week: expected.week + 1 };
      }
      expect(isoWeekOf(text), text).toEqual(expected);
    }
  });
});

describe('week helpers', () => {
  it('knows which years have 53 weeks', () => {
    expect([2015, 2020, 2026, 2032].map(weeksInYear)).toEqual([53, 53, 53, 53]);
    expect([2021, 2022, 2025, 2027].map(weeksInYear)).toEqual([52, 52, 52, 52]);
  });

  it('parses only weeks that exist', () => {
    expect(parseIsoWeek('2026-W53')).toEqual({ year: 2026, week: 53 });
    expect(parseIsoWeek('2027-W53')).toBeUndefined();
    expect(parseIsoWeek('2026-W00')).toBeUndefined();
    expect(parseIsoWeek('2026-w5')).toBeUndefined();
  });

  it('gives the Monday-to-Sunday range', () => {
    expect(isoWeekRange({ year: 2020, week: 53 })).toEqual({ start: '2020-12-28', end: '2021-01-03' });
    expect(isoWeekRange({ year: 2026, week: 53 })).toEqual({ start: '2026-12-28', end: '2027-01-03' });
    expect(isoWeekRange({ year: 2025, week: 1 })).toEqual({ start: '2024-12-30', end: '2025-01-05' });
  });
});
