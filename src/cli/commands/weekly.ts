import { join } from 'node:path';
import { formatIsoWeek, isoWeekOf, isoWeekRange, parseIsoWeek, weeksInYear, type IsoWeek } from '../../lib/iso-week.ts';
import { readTilSummaries, type TilSummary } from '../../lib/til-source.ts';
import { optionRows, parseCommandArgs, synopsis, usageText, type CommandSpec, type OptionSpecs } from '../args.ts';
import { localDay, requireContentDir, usageError, type CliContext, type StepContext } from '../context.ts';
import { outputNewFile } from '../output-file.ts';
import { renderWeekly, type WeeklySection } from '../templates/weekly.ts';
import { wikiLayout } from '../wiki-layout.ts';

/** Arguments of `labbook weekly`. */
export const weeklyCommand = {
  name: 'weekly',
  positionals: '',
  options: {
    week: { type: 'string', value: '<YYYY-Www>', description: 'ISO week to summarise, e.g. 2026-W47 (default: this week)' },
    'dry-run': { type: 'boolean', description: 'Print the file instead of writing it' },
  },
} as const satisfies CommandSpec<OptionSpecs>;

/** One line for `labbook --help`. */
export const weeklySummary = "Start a weekly summary: weekly/<week>.md (a diary's TILs/WEEKLY/) with that week's TILs by category";

/** `labbook weekly --help`. */
export const weeklyHelp = `${synopsis(weeklyCommand)}

${weeklySummary}.
One section per category (alphabetical, Uncategorised last), one bullet per TIL with its takeaway.
Drafts are left out. Never overwrites a file.

Options:
${optionRows(weeklyCommand)}

Example:
  labbook weekly --week 2026-W47
`;

/** Heading for TILs without a category; always the last section. */
export const UNCATEGORISED = 'Uncategorised';

const usage = usageText(weeklyCommand);
const fail = (message: string) => usageError(`labbook weekly: ${message}`, usage);

/** Turn argv (after `weekly`) into the week to summarise, or throw a usage error. */
export function parseWeeklyArgs(argv: string[], ctx: Pick<CliContext, 'now'>): { week: IsoWeek; dryRun: boolean } {
  const { values, positionals } = parseCommandArgs(argv, weeklyCommand);
  if (positionals.length > 0) {
    throw fail(`expected no arguments, got "${positionals.join(' ')}"; choose the week with --week YYYY-Www`);
  }
  const dryRun = values['dry-run'] ?? false;
  if (values.week === undefined) return { week: isoWeekOf(localDay(ctx.now)), dryRun };
  const week = parseIsoWeek(values.week);
  if (!week) {
    const year = /^(\d{4})-W\d{2}$/.exec(values.week)?.[1];
    const why = year ? ` (${year} has ${weeksInYear(Number(year))} weeks)` : '';
    throw fail(`--week expects an ISO week written YYYY-Www, e.g. 2026-W47; got "${values.week}"${why}`);
  }
  return { week, dryRun };
}

/**
 * The week's non-draft TILs grouped by category: categories alphabetical with Uncategorised last,
 * notes oldest first (then by title), so the summary reads in the order the week happened.
 */
export function weeklySections(tils: TilSummary[], week: IsoWeek): WeeklySection[] {
  const wanted = formatIsoWeek(week);
  const byCategory = new Map<string, TilSummary[]>();
  for (const til of tils) {
    if (til.draft || formatIsoWeek(isoWeekOf(til.date)) !== wanted) continue;
    const category = til.category ?? UNCATEGORISED;
    byCategory.set(category, [...(byCategory.get(category) ?? []), til]);
  }
  const rank = (category: string) => (category === UNCATEGORISED ? 1 : 0);
  return [...byCategory.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b, 'en'))
    .map(([category, notes]) => ({
      category,
      items: notes
        .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title, 'en'))
        .map(({ title, takeaway }) => ({ title, takeaway })),
    }));
}

/** Write the week's summary where the wiki's layout keeps them (or print it under --dry-run). */
export function createWeekly(week: IsoWeek, ctx: StepContext): void {
  const name = formatIsoWeek(week);
  const range = isoWeekRange(week);
  const { folders } = wikiLayout(ctx.contentDir, ctx);
  const sections = weeklySections(readTilSummaries(ctx.contentDir, folders), week);
  const count = sections.reduce((sum, section) => sum + section.items.length, 0);
  const note =
    count === 0
      ? `No TILs in ${name} (${range.start} to ${range.end}); the summary says so, add highlights by hand.`
      : `${count} ${count === 1 ? 'TIL' : 'TILs'} in ${sections.length} ${sections.length === 1 ? 'category' : 'categories'} (${range.start} to ${range.end}).`;
  const folder = join(ctx.contentDir, folders.weekly);
  outputNewFile(ctx, {
    path: join(folder, `${name}.md`),
    content: renderWeekly({ week: name, range, sections }),
    clashes: [join(folder, `${name}.mdx`)],
    whenExists: 'edit that file, or delete it to start over',
    notes: [note],
  });
}

/** `labbook weekly ...`: returns the exit code. */
export function weekly(argv: string[], ctx: CliContext): number {
  const { week, dryRun } = parseWeeklyArgs(argv, ctx);
  createWeekly(week, { ...ctx, contentDir: requireContentDir(ctx), dryRun });
  return 0;
}
