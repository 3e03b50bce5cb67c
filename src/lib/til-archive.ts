/** Items of one month, `key` written `YYYY-MM`. */
export interface MonthGroup<T> {
  key: string;
  items: T[];
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
