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
