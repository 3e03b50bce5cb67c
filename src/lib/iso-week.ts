/** An ISO-8601 week: the week-numbering year and the week (1-53). Weeks start on Monday. */
export interface IsoWeek {
  year: number;
  week: number;
}

const DAY_MS = 86_400_000;

/** The ISO week of a `YYYY-MM-DD` day. 2021-01-03 is in 2020-W53; 2027-01-01 in 2026-W53. */
export function isoWeekOf(day: string): IsoWeek {
  const date = new Date(`${day}T00:00:00Z`);
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0 ... Sunday 6
  // The Thursday of this week decides the year: a week belongs to the year holding its Thursday.
  const thursday = new Date(date.getTime() + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  const firstMonday = firstThursday.getTime() - ((firstThursday.getUTCDay() + 6) % 7) * DAY_MS;
  const week = 1 + Math.round((thursday.getTime() - 3 * DAY_MS - firstMonday) / (7 * DAY_MS));
  return { year, week };
}

/** `2026-W05`. */
export function formatIsoWeek({ year, week }: IsoWeek): string {
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Parse `2026-W05`; undefined when the text is not a week that exists (2026 has no W54). */
export function parseIsoWeek(text: string): IsoWeek | undefined {
  const match = /^(\d{4})-W(\d{2})$/.exec(text);
  if (!match) return undefined;
  const parsed = { year: Number(match[1]), week: Number(match[2]) };
  if (parsed.week < 1 || parsed.week > weeksInYear(parsed.year)) return undefined;
  return parsed;
}

/** 52 or 53: a year has 53 ISO weeks when 28 December falls in week 53. */
export function weeksInYear(year: number): number {
  return isoWeekOf(`${year}-12-28`).week;
}

/** Monday and Sunday of an ISO week, as `YYYY-MM-DD`. */
export function isoWeekRange({ year, week }: IsoWeek): { start: string; end: string } {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * DAY_MS + (week - 1) * 7 * DAY_MS;
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return { start: day(monday), end: day(monday + 6 * DAY_MS) };
}
