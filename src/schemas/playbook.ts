import { z } from 'zod';
import { baseSchema, calendarDate, termList, text, textList } from './base.ts';

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
 * Front matter of an incident playbook, `playbooks/<name>.md`. Every key is Labbook's own, so an
 * unknown key is an error (a typo in `escalation` must not drop who to page).
 */
export const playbookSchema = baseSchema
  .extend({
    /** One sentence under the title: when to open this playbook. */
    description: text('a description').optional(),
    /** The service the incident is about, e.g. `intent-api`; /playbooks/ groups by it. Required. */
    service: text('a service name such as intent-api'),
    /** Highest severity the incident usually reaches, `SEV1` (most urgent) to `SEV4`. Required. */
    severity: z.enum(SEVERITIES, { error: 'expected SEV1, SEV2, SEV3 or SEV4' }),
    /** Who keeps the playbook up to date: handles or team names, at least one. Required. */
    owners: textList('owner').min(1, { error: 'expected at least one owner, e.g. [ml-serving]' }),
    /** Who to page, in order: first the primary, then the secondary... At least one. Required. */
    escalation: z
      .array(escalationContactSchema, { error: 'expected a list of contacts in paging order, e.g. [{ role: primary, contact: ml-serving on-call }]' })
      .min(1, { error: 'expected at least one contact to page' }),
    /** Day the playbook was last checked against reality, YYYY-MM-DD. Older than `playbookReviewDays` is flagged. Required. */
    reviewed: calendarDate,
    /** `model_name`s of the model cards this incident involves; each must exist. Default none. */
    models: textList('model name').default([]),
    /** Topic tags for search. Default none. */
    tags: termList('tag').default([]),
  })
  .strict();

/** A playbook's front matter after validation. */
export type Playbook = z.infer<typeof playbookSchema>;
/** One contact of the escalation chain. */
export type EscalationContact = z.infer<typeof escalationContactSchema>;
