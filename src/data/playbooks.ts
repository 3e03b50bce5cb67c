import { getCollection, type CollectionEntry } from 'astro:content';
import { hasKind } from './collections.ts';
import { site } from './site.ts';
import { buildPlaybooks, type PlaybookView } from '../lib/playbooks/catalog.ts';
import { reviewDaysOf, utcDay } from '../lib/playbooks/review.ts';

/** A playbook as Astro's content layer holds it. */
export type PlaybookEntry = CollectionEntry<'playbooks'>;

/** A published playbook as pages see it. */
export type PlaybookPage = PlaybookView<PlaybookEntry>;

/** The day this build runs, in UTC: playbook reviews are judged against it. Read once per build. */
export const BUILD_DAY = utcDay(new Date());

/** Published playbooks with their review state on the build day, sorted by service, severity, title. */
export async function getPlaybooks(): Promise<PlaybookPage[]> {
  const entries = hasKind('playbooks') ? await getCollection('playbooks', ({ data }) => !data.draft) : [];
  return buildPlaybooks(
    entries.map((entry) => ({ slug: entry.id, data: entry.data, entry })),
    BUILD_DAY,
    reviewDaysOf(site),
  );
}
