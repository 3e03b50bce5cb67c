import type { Playbook } from '../../schemas/playbook.ts';
import { reviewState, type ReviewState } from './review.ts';
import { compareSeverity } from './severity.ts';
import { playbookUrls } from './routes.ts';

/** What a playbook page and the list need: its front matter, where it lives and how its review stands. */
export type PlaybookView<E = unknown> = Playbook & {
  slug: string;
  /** Site-relative URL, without base. */
  url: string;
  review: ReviewState;
  entry: E;
};

/** The playbooks of one service. */
export interface ServiceGroup<E = unknown> {
  service: string;
  playbooks: PlaybookView<E>[];
  /** How many of them are overdue for review. */
  overdue: number;
}

/** A published playbook as read from the collection. */
export interface PlaybookInput<E = unknown> {
  slug: string;
  data: Playbook;
  entry: E;
}

/** Views of the playbooks, with their review state on `today`; sorted by service, severity, title. */
export function buildPlaybooks<E>(inputs: PlaybookInput<E>[], today: string, maxDays: number): PlaybookView<E>[] {
  return inputs
    .map(({ slug, data, entry }) => ({ ...data, slug, url: playbookUrls.page(slug), review: reviewState(data.reviewed, today, maxDays), entry }))
    .sort(
      (a, b) =>
        a.service.localeCompare(b.service) || compareSeverity(a.severity, b.severity) || a.title.localeCompare(b.title) || a.slug.localeCompare(b.slug),
    );
}

/** Playbooks grouped by service, services in alphabetical order, playbooks in the order given. */
export function groupByService<E>(playbooks: PlaybookView<E>[]): ServiceGroup<E>[] {
  const groups = new Map<string, PlaybookView<E>[]>();
  for (const playbook of playbooks) groups.set(playbook.service, [...(groups.get(playbook.service) ?? []), playbook]);
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([service, items]) => ({ service, playbooks: items, overdue: items.filter((p) => p.review.overdue).length }));
}
