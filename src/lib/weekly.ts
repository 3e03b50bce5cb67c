import { formatIsoWeek, isoWeekOf, isoWeekRange, parseIsoWeek } from './iso-week.ts';
import { buildCategoryIndex, buildTagIndex, type TermTil } from './term-index.ts';

/** The TIL fields a weekly page shows. */
export interface WeekTil extends TermTil {
  takeaway?: string;
}

/** One ISO week's page: its notes by category, counts, tags, neighbours. */
export interface Week<T extends WeekTil> {
  /** `2026-W47`. */
  id: string;
  /** Monday and Sunday, `YYYY-MM-DD`. */
  start: string;
  end: string;
  count: number;
  /** Categories alphabetically, uncategorised notes last under `undefined`. */
  categories: { name?: string; tils: T[] }[];
  /** The week's tags with counts, most used first. */
  tags: { name: string; slug: string; count: number }[];
  prev?: string;
  next?: string;
}

/** Week ids that have notes or a hand-written summary, oldest first. */
export function weekIds(tils: WeekTil[], summaries: string[] = []): string[] {
  const ids = new Set(tils.map((til) => formatIsoWeek(isoWeekOf(til.date))));
  for (const id of summaries) if (parseIsoWeek(id)) ids.add(id);
  return [...ids].sort();
}

/**
 * Every week page. `tagSlugs` maps a tag key to its site-wide URL segment, so a week's tag links
 * point at the same tag pages as everywhere else.
 */
export function buildWeeks<T extends WeekTil>(
  tils: T[],
  opts: { summaries?: string[]; tagAliases?: Record<string, string[]>; tagSlugs?: Map<string, string> } = {},
): Week<T>[] {
  const ids = weekIds(tils, opts.summaries);
  const byWeek = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const til of tils) byWeek.get(formatIsoWeek(isoWeekOf(til.date)))?.push(til);
  return ids.map((id, i) => {
    const notes = byWeek.get(id) ?? [];
    const categories = buildCategoryIndex(notes)
      .map((c) => ({ name: c.name as string | undefined, key: c.key, tils: [...c.tils].sort(byDate) }))
      .sort((a, b) => a.key.localeCompare(b.key));
    const uncategorised = notes.filter((til) => !til.category).sort(byDate);
    const week = parseIsoWeek(id);
    const range = week ? isoWeekRange(week) : { start: '', end: '' };
    return {
      id,
      ...range,
      count: notes.length,
      categories: [...categories.map(({ name, tils: filed }) => ({ name, tils: filed })), ...(uncategorised.length ? [{ name: undefined, tils: uncategorised }] : [])],
      tags: buildTagIndex(notes, opts.tagAliases).map((t) => ({ name: t.name, slug: opts.tagSlugs?.get(t.key) ?? t.slug, count: t.tils.length })),
      prev: ids[i - 1],
      next: ids[i + 1],
    };
  });
}

/** Oldest first within a week: the week reads as it happened. */
function byDate(a: WeekTil, b: WeekTil): number {
  return a.date.localeCompare(b.date) || a.title.localeCompare(b.title);
}
