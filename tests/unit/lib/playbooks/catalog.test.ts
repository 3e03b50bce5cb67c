import { describe, expect, it } from 'vitest';
import { buildPlaybooks, groupByService } from '../../../../src/lib/playbooks/catalog.ts';
import { compareSeverity, SEVERITY_INFO } from '../../../../src/lib/playbooks/severity.ts';
import { playbookSchema, type Severity } from '../../../../src/schemas/playbook.ts';

function input(slug: string, service: string, severity: Severity, reviewed: string, title = slug) {
  const data = playbookSchema.parse({ title, service, severity, owners: ['a'], escalation: [{ role: 'primary', contact: 'x' }], reviewed });
  return { slug, data, entry: slug };
}

describe('buildPlaybooks and groupByService', () => {
  const playbooks = buildPlaybooks(
    [
      input('disk', 'ray-cluster', 'SEV3', '2020-01-01'),
      input('latency', 'intent-api', 'SEV2', '2026-10-30'),
      input('outage', 'intent-api', 'SEV1', '2026-05-07'),
      input('typo', 'intent-api', 'SEV2', '2026-11-01', 'A typo in the docs'),
    ],
    '2026-11-23',
    180,
  );

  it('sorts by service, then severity (SEV1 first), then title, with URL and review state', () => {
    expect(playbooks.map((p) => [p.service, p.severity, p.title, p.url, p.review.ageDays, p.review.overdue])).toEqual([
      ['intent-api', 'SEV1', 'outage', '/playbooks/outage/', 200, true],
      ['intent-api', 'SEV2', 'A typo in the docs', '/playbooks/typo/', 22, false],
      ['intent-api', 'SEV2', 'latency', '/playbooks/latency/', 24, false],
      ['ray-cluster', 'SEV3', 'disk', '/playbooks/disk/', 2518, true],
    ]);
  });

  it('groups by service alphabetically and counts overdue playbooks', () => {
    const groups = groupByService([...playbooks].reverse());
    expect(groups.map((g) => [g.service, g.playbooks.length, g.overdue])).toEqual([
      ['intent-api', 3, 1],
      ['ray-cluster', 1, 1],
    ]);
  });
});

describe('severity', () => {
  it('orders SEV1 first and names every level in words', () => {
    expect((['SEV3', 'SEV1', 'SEV4', 'SEV2'] as Severity[]).sort(compareSeverity)).toEqual(['SEV1', 'SEV2', 'SEV3', 'SEV4']);
    expect(Object.values(SEVERITY_INFO).map((info) => info.word)).toEqual(['Critical', 'Major', 'Minor', 'Low']);
  });

  it('puts a playbook that states no severity after all that do (never guessed as SEV3 or SEV4)', () => {
    expect((['SEV4', undefined, 'SEV1'] as (Severity | undefined)[]).sort(compareSeverity)).toEqual(['SEV1', 'SEV4', undefined]);
    const bare = { slug: 'bare', data: playbookSchema.parse({ title: 'Bare', service: 'api', reviewed: '2026-11-01' }), entry: 'bare' };
    const sorted = buildPlaybooks([bare, input('sev4', 'api', 'SEV4', '2026-11-01')], '2026-11-23', 180);
    expect(sorted.map((p) => [p.slug, p.severity, p.owners, p.escalation])).toEqual([
      ['sev4', 'SEV4', ['a'], [{ role: 'primary', contact: 'x' }]],
      ['bare', undefined, undefined, undefined],
    ]);
  });
});
