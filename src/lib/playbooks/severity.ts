import type { Severity } from '../../schemas/playbook.ts';

/** What each severity means, in a word and a sentence: badges show the word, so meaning never rests on colour. */
export const SEVERITY_INFO: Record<Severity, { word: string; meaning: string }> = {
  SEV1: { word: 'Critical', meaning: 'Customer-facing outage or data loss; page now, any hour.' },
  SEV2: { word: 'Major', meaning: 'Serious degradation for many users; page now.' },
  SEV3: { word: 'Minor', meaning: 'Limited impact or a workaround exists; handle in working hours.' },
  SEV4: { word: 'Low', meaning: 'Cosmetic or internal only; file a ticket.' },
};

/** `SEV1` first: lower number, more urgent; a playbook that states no severity comes after all that do. */
export function compareSeverity(a: Severity | undefined, b: Severity | undefined): number {
  if (a === undefined || b === undefined) return (a === undefined ? 1 : 0) - (b === undefined ? 1 : 0);
  return a.localeCompare(b);
}
