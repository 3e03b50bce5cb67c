import { describe, expect, it } from 'vitest';
import { parseSiteConfig } from '../../../../src/config/site-config.ts';
import { ageText, DEFAULT_REVIEW_DAYS, daysBetween, reviewDaysOf, reviewState, utcDay } from '../../../../src/lib/playbooks/review.ts';

describe('reviewState', () => {
  const today = '2026-11-23';

  it('flags a playbook reviewed 200 days ago with the default period of 180 days', () => {
    expect(reviewState('2026-05-07', today, DEFAULT_REVIEW_DAYS)).toEqual({ ageDays: 200, overdue: true, dueOn: '2026-11-03' });
  });

  it('does not flag one reviewed 180 days ago (the last day of the period) or more recently', () => {
    expect(reviewState('2026-05-27', today, 180)).toEqual({ ageDays: 180, overdue: false, dueOn: '2026-11-23' });
    expect(reviewState('2026-05-26', today, 180).overdue).toBe(true);
    expect(reviewState(today, today, 180)).toMatchObject({ ageDays: 0, overdue: false });
    expect(reviewState('2026-12-01', today, 180)).toMatchObject({ ageDays: -8, overdue: false });
  });

  it('uses the period it is given', () => {
    expect(reviewState('2026-10-01', today, 30).overdue).toBe(true);
    expect(reviewState('2026-10-01', today, 60).overdue).toBe(false);
  });

  it('counts calendar days across leap years and DST changes', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2020-01-01', '2026-11-23')).toBe(2518);
  });
});

describe('reviewDaysOf', () => {
  it('is 180 unless labbook.yaml sets playbookReviewDays', () => {
    expect(reviewDaysOf(parseSiteConfig('title: W\n').config!)).toBe(180);
    expect(reviewDaysOf(parseSiteConfig('title: W\nplaybookReviewDays: 90\n').config!)).toBe(90);
  });

  it.each([
    ['playbookReviewDays: 0', 'playbookReviewDays: expected a positive number of days, e.g. 180, received 0'],
    ['playbookReviewDays: 2.5', 'playbookReviewDays: expected a whole number of days, e.g. 180, received 2.5'],
    ['playbookReviewDays: half a year', 'playbookReviewDays: expected a whole number of days, e.g. 180, received "half a year"'],
  ])('labbook.yaml rejects %s', (line, message) => {
    const { config, problems } = parseSiteConfig(`title: W\n${line}\n`);
    expect(config).toBeUndefined();
    expect(problems).toEqual([{ code: 'config-field', file: 'labbook.yaml', line: 2, message }]);
  });
});

describe('ageText and utcDay', () => {
  it.each([
    [0, 'today'],
    [1, 'yesterday'],
    [12, '12 days ago'],
    [2518, '2,518 days ago'],
    [-1, 'in 1 day'],
    [-3, 'in 3 days'],
  ])('%d days: %s', (days, text) => {
    expect(ageText(days)).toBe(text);
  });

  it('utcDay is the UTC calendar day', () => {
    expect(utcDay(new Date(Date.UTC(2026, 10, 23, 23, 59)))).toBe('2026-11-23');
  });
});
