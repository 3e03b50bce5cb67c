/** Items of one month, `key` written `YYYY-MM`. */
export interface MonthGroup<T> {
  key: string;
  items: T[];
}

/** Items of one year, its months newest first. */
export interface YearGroup<T> {
  year: string;
  count: number;
  months: MonthGroup<T>[];
}

/** Group items by the month of their `YYYY-MM-DD` day, keeping their order; months newest first. */
export function groupByMonth<T>(items: T[], dayOf: (item: T) => string): MonthGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = dayOf(item).slice(0, 7);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups].sort(([a], [b]) => b.localeCompare(a)).map(([key, grouped]) => ({ key, items: grouped }));
}

/** Group items by year, then month, newest first, with counts: the TIL archive. */
export function groupByYear<T>(items: T[], dayOf: (item: T) => string): YearGroup<T>[] {
  const years: YearGroup<T>[] = [];
  for (const month of groupByMonth(items, dayOf)) {
    const year = month.key.slice(0, 4);
    const last = years.at(-1);
    if (last?.year === year) {
      last.months.push(month);
      last.count += month.items.length;
    } else {
      years.push({ year, count: month.items.length, months: [month] });
    }
  }
  return years;
}

/**
 * Past this many notes /til/ no longer lists every note: it becomes an index of years (each with its
 * months) plus the newest notes, and each year gets its own page. Years rather than numbered pages:
 * a note stays at the same URL for good (page 7 of a paginated list shifts with every new note), a
 * year is how the archive is already grouped and read, and search covers the rest. 300 keeps the
 * page near 100 KB (the full list was 532 KB at 1,871 notes).
 */
export const TIL_INDEX_LIMIT = 300;

/** Notes shown on /til/ above the years when the archive is split. */
export const TIL_INDEX_LATEST = 30;

/** What /til/ shows. */
export type TilIndexPlan<T> =
  /** Every note, grouped by year and month, on the one page. */
  | { split: false; years: YearGroup<T>[] }
  /** The newest notes, then the years (with month counts) linking to one page per year. */
  | { split: true; latest: T[]; years: YearGroup<T>[] };

/** How /til/ lists `items` (newest first): all of them up to `limit`, else split by year. */
export function tilIndexPlan<T>(items: T[], dayOf: (item: T) => string, limit = TIL_INDEX_LIMIT, latest = TIL_INDEX_LATEST): TilIndexPlan<T> {
  const years = groupByYear(items, dayOf);
  return items.length <= limit ? { split: false, years } : { split: true, latest: items.slice(0, latest), years };
}
