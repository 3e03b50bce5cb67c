import { describe, expect, it } from 'vitest';
import { buildWeeks, weekIds } from '../../../src/lib/weekly.ts';

const til = (slug: string, date: string, category?: string, tags: string[] = []) => ({ slug, title: slug, date, category, tags, takeaway: `${slug} lesson` });

describe('weekly synthesis', () => {
  const tils = [
    til('new-year-eve-2020', '2020-12-31', 'Data', ['pandas']),
    til('jan-3-2021', '2021-01-03', '🐛 Debugging', ['cuda', 'pandas']),
    til('jan-4-2021', '2021-01-04', 'Data'),
    til('dec-28-2026', '2026-12-28', 'Serving', ['vllm']),
    til('jan-1-2027', '2027-01-01', undefined, ['vllm']),
    til('jan-4-2027', '2027-01-04', 'Serving'),
  ];

  it('puts notes into exact ISO weeks across year boundaries', () => {
    const weeks = buildWeeks(tils);
    const members = Object.fromEntries(weeks.map((w) => [w.id, w.categories.flatMap((c) => c.tils.map((t) => t.slug))]));
    expect(members).toEqual({
      '2020-W53': ['new-year-eve-2020', 'jan-3-2021'],
      '2021-W01': ['jan-4-2021'],
      '2026-W53': ['dec-28-2026', 'jan-1-2027'],
      '2027-W01': ['jan-4-2027'],
    });
  });

  it('groups by category alphabetically, uncategorised last, with counts, tags and neighbours', () => {
    const week = buildWeeks(tils).find((w) => w.id === '2020-W53');
    expect(week).toMatchObject({ start: '2020-12-28', end: '2021-01-03', count: 2, prev: undefined, next: '2021-W01' });
    expect(week?.categories.map((c) => c.name)).toEqual(['Data', '🐛 Debugging']);
    expect(week?.tags).toEqual([
      { name: 'pandas', slug: 'pandas', count: 2 },
      { name: 'cuda', slug: 'cuda', count: 1 },
    ]);
    const w53 = buildWeeks(tils).find((w) => w.id === '2026-W53');
    expect(w53?.categories.map((c) => c.name)).toEqual(['Serving', undefined]);
  });

  it('adds weeks that only have a hand-written summary, ignoring bad ids', () => {
    expect(weekIds([til('a', '2026-11-02')], ['2026-W40', '2026-W99', 'nonsense'])).toEqual(['2026-W40', '2026-W45']);
    expect(buildWeeks([], { summaries: ['2026-W40'] })[0]).toMatchObject({ id: '2026-W40', count: 0, categories: [] });
  });

  it('links tags to their site-wide slugs', () => {
    const week = buildWeeks([til('a', '2026-11-02', 'Data', ['ci/cd'])], { tagSlugs: new Map([['ci/cd', 'ci-cd-2']]) })[0];
    expect(week?.tags).toEqual([{ name: 'ci/cd', slug: 'ci-cd-2', count: 1 }]);
  });
});
