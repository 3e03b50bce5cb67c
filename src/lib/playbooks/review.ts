/**
 * Is a playbook due for review? Pure: the page passes the build's day as `today`, tests pass a
 * fixed one.
 */

/** Days a playbook may go unreviewed when labbook.yaml sets no `playbookReviewDays`. */
export const DEFAULT_REVIEW_DAYS = 180;

/** The review period of a wiki: its `playbookReviewDays`, or {@link DEFAULT_REVIEW_DAYS}. */
export function reviewDaysOf(site: { playbookReviewDays?: number }): number {
  return site.playbookReviewDays ?? DEFAULT_REVIEW_DAYS;
}

const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round(dayNumber(to) - dayNumber(from));
}

/** `YYYY-MM-DD` of a moment in UTC, the calendar Labbook's dates use. */
export function utcDay(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

/** How a playbook's last review stands on a given day. */
export interface ReviewState {
  /** Days since `reviewed`; 0 on the day, negative for a date after `today`. */
  ageDays: number;
  /** True when more than `maxDays` have passed. */
  overdue: boolean;
  /** The last day it still counts as reviewed: `reviewed` + `maxDays`. */
  dueOn: string;
}

/** The review state of a playbook reviewed on `reviewed`, seen on `today`, with a `maxDays` period. */
export function reviewState(reviewed: string, today: string, maxDays: number): ReviewState {
  const ageDays = daysBetween(reviewed, today);
  const dueOn = utcDay(new Date((dayNumber(reviewed) + maxDays) * DAY_MS));
  return { ageDays, overdue: ageDays > maxDays, dueOn };
}

/** `today`, `yesterday`, `12 days ago`, `in 3 days` (a date after the build). */
export function ageText(ageDays: number): string {
  if (ageDays === 0) return 'today';
  if (ageDays === 1) return 'yesterday';
  if (ageDays < 0) return ageDays === -1 ? 'in 1 day' : `in ${-ageDays} days`;
  return `${ageDays.toLocaleString('en')} days ago`;
}
