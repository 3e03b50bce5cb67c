import { z } from 'zod';
import { baseSchema, calendarDate, commaList, frontMatter, termList, text, textArray, textList } from './base.ts';

/** Severities, most urgent first. */
export const SEVERITIES = ['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const;

/** `SEV1` to `SEV4`. */
export type Severity = (typeof SEVERITIES)[number];

/** One step of the escalation chain: who to page, in the order listed. */
export const escalationContactSchema = z.strictObject(
  {
    /** Their place in the chain, e.g. `primary`, `secondary`, `engineering manager`. Required. */
    role: text('a role such as primary'),
    /** Who: a rotation, a handle or a team, e.g. `ml-serving on-call` or `@mira-k`. Required. */
    contact: text('a contact such as ml-serving on-call'),
    /** How to reach them, e.g. `PagerDuty: ml-serving` or `Slack #ml-incidents`. */
    via: text('how to reach them, e.g. PagerDuty: ml-serving').optional(),
  },
  { error: 'expected a contact such as { role: primary, contact: ml-serving on-call, via: "PagerDuty: ml-serving" }' },
);

/**
 * `{ primary: "@oncall-ml", secondary: { contact: "@lead", via: Slack } }` as the list form
 * `[{ role: primary, contact: "@oncall-ml" }, { role: secondary, contact: "@lead", via: Slack }]`,
 * in the order written (YAML maps keep their order when read). Anything else is left for the list
 * schema to accept or reject.
 */
export function escalationFromMap(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.entries(value).map(([role, contact]) =>
    contact !== null && typeof contact === 'object' && !Array.isArray(contact) ? { role, ...contact } : { role, contact },
  );
}

/**
 * Front matter of an incident playbook, `playbooks/<name>.md`. Other tools' keys are kept, but a
 * near-typo of a known key fails (a typo in `escalation` must not drop who to page); an escalation
 * contact is strict for the same reason.
 */
export const playbookSchema = frontMatter({
    ...baseSchema.shape,
    /** One sentence under the title: when to open this playbook. */
    description: text('a description').optional(),
    /** The service the incident is about, e.g. `intent-api`; /playbooks/ groups by it. Required. */
    service: text('a service name such as intent-api'),
    /** Highest severity the incident usually reaches, `SEV1` (most urgent) to `SEV4`. Not stated when absent (never guessed). */
    severity: z.enum(SEVERITIES, { error: 'expected SEV1, SEV2, SEV3 or SEV4' }).optional(),
    /** Who keeps the playbook up to date: handles or team names (a list or `a, b`). Not stated when absent. */
    owners: z.preprocess(commaList, textArray('owner').min(1, { error: 'expected at least one owner, e.g. [ml-serving]' })).optional(),
    /**
     * Who to page, in order: a list `[{ role: primary, contact: "@oncall-ml" }, ...]` or a map
     * `{ primary: "@oncall-ml", secondary: "@team-lead" }` (read in its order). Not stated when absent.
     */
    escalation: z
      .preprocess(
        escalationFromMap,
        z
          .array(escalationContactSchema, {
            error: 'expected a list of contacts in paging order, e.g. [{ role: primary, contact: ml-serving on-call }], or a map such as { primary: "@oncall-ml", secondary: "@team-lead" }',
          })
          .min(1, { error: 'expected at least one contact to page' }),
      )
      .optional(),
    /** Day the playbook was last checked against reality, YYYY-MM-DD. Older than `playbookReviewDays` is flagged. Required. */
    reviewed: calendarDate,
    /** `model_name`s of the model cards this incident involves; each must exist. Default none. */
    models: textList('model name').default([]),
    /** Topic tags for search. Default none. */
    tags: termList('tag').default([]),
  });

/** A playbook's front matter after validation. */
export type Playbook = z.infer<typeof playbookSchema>;
/** One contact of the escalation chain. */
export type EscalationContact = z.infer<typeof escalationContactSchema>;
