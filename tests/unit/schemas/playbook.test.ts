import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../../src/lib/frontmatter.ts';
import { schemaProblems } from '../../../src/lib/schema-problems.ts';
import { playbookSchema } from '../../../src/schemas/playbook.ts';

const PLAYBOOK = `title: Intent API latency above SLO
service: intent-api
severity: SEV2
owners: [ml-serving]
escalation:
  - { role: primary, contact: ml-serving on-call, via: "PagerDuty: ml-serving" }
  - { role: secondary, contact: "@mira-k" }
reviewed: 2026-09-14
models: [support-intent-classifier]`;

function check(yaml: string) {
  const { data, keyLines } = parseFrontmatter(`---\n${yaml}\n---\n`);
  const result = playbookSchema.safeParse(data);
  if (result.success) return { data: result.data, problems: [] };
  return { data: undefined, problems: schemaProblems(result.error, { code: 'frontmatter-field', file: 'playbooks/p.md', data, keyLines }).map((p) => `${p.line ?? '-'}: ${p.message}`) };
}

const withLine = (line: string) => {
  const key = line.slice(0, line.indexOf(':'));
  const lines = PLAYBOOK.split('\n');
  const at = lines.findIndex((l) => l.startsWith(`${key}:`));
  if (at === -1) return `${PLAYBOOK}\n${line}`;
  // Replace the key and its indented continuation lines.
  let end = at + 1;
  while (end < lines.length && lines[end]?.startsWith(' ')) end++;
  return [...lines.slice(0, at), line, ...lines.slice(end)].join('\n');
};

describe('playbook schema', () => {
  it('accepts a playbook and keeps the escalation order', () => {
    const { data, problems } = check(PLAYBOOK);
    expect(problems).toEqual([]);
    expect(data).toEqual({
      title: 'Intent API latency above SLO',
      draft: false,
      service: 'intent-api',
      severity: 'SEV2',
      owners: ['ml-serving'],
      escalation: [
        { role: 'primary', contact: 'ml-serving on-call', via: 'PagerDuty: ml-serving' },
        { role: 'secondary', contact: '@mira-k' },
      ],
      reviewed: '2026-09-14',
      models: ['support-intent-classifier'],
      tags: [],
    });
  });

  it.each([
    ['severity: P1', '4: severity: expected SEV1, SEV2, SEV3 or SEV4, received "P1"'],
    ['severity: sev2', '4: severity: expected SEV1, SEV2, SEV3 or SEV4, received "sev2"'],
    ['reviewed: 2026-02-30', '9: reviewed: expected a real calendar date written YYYY-MM-DD, e.g. 2026-11-02, received "2026-02-30"'],
    ['escalation: []', '6: escalation: expected at least one contact to page, received []'],
    ['escalation: [mira-k]', '6: escalation[0]: expected a contact such as { role: primary, contact: ml-serving on-call, via: "PagerDuty: ml-serving" }, received "mira-k"'],
    ['escalation: [{ role: primary }]', '6: escalation[0].contact: required: expected a contact such as ml-serving on-call as text, received nothing'],
    ['escalation: [{ role: primary, contact: x, phone: "555" }]', '6: escalation[0].phone: unknown field. Check the spelling or remove it.'],
    ['owners: []', '5: owners: expected at least one owner, e.g. [ml-serving], received []'],
    ['sevrity: SEV1', '11: sevrity: unknown field: did you mean "severity"? Rename it (keys Labbook does not know are kept for other tools, but this one looks like a typo).'],
    ['escalaton: { primary: x }', '11: escalaton: unknown field: did you mean "escalation"? Rename it (keys Labbook does not know are kept for other tools, but this one looks like a typo).'],
    ['escalation: { primary: { contact: x, phone: "555" } }', '6: escalation[0].phone: unknown field. Check the spelling or remove it.'],
  ])('rejects %s', (line, message) => {
    expect(check(withLine(line)).problems).toEqual([message]);
  });

  it('requires only service and reviewed: severity, owners and escalation may be not stated', () => {
    const { problems } = check('title: Bare');
    expect(problems.map((p) => p.split(':')[1]?.trim())).toEqual(['service', 'reviewed']);
    const { data } = check('title: Bare\nservice: api\nreviewed: 2026-09-14');
    // Nothing is invented: no default severity, no empty owners list that reads like "nobody".
    expect(data).toEqual({ title: 'Bare', draft: false, service: 'api', reviewed: '2026-09-14', models: [], tags: [] });
  });

  it.each<[string, string, unknown]>([
    ['a list, as before', 'escalation:\n  - { role: primary, contact: "@oncall-ml" }\n  - { role: secondary, contact: "@team-lead" }', [
      { role: 'primary', contact: '@oncall-ml' },
      { role: 'secondary', contact: '@team-lead' },
    ]],
    ['a role: contact map, in its order', 'escalation:\n  secondary: "@team-lead"\n  primary: "@oncall-ml"', [
      { role: 'secondary', contact: '@team-lead' },
      { role: 'primary', contact: '@oncall-ml' },
    ]],
    ['a flow map', 'escalation: { primary: "@oncall-ml", secondary: "@team-lead" }', [
      { role: 'primary', contact: '@oncall-ml' },
      { role: 'secondary', contact: '@team-lead' },
    ]],
    ['a map of contacts with how to reach them', 'escalation:\n  primary: { contact: ml-serving on-call, via: "PagerDuty: ml-serving" }\n  engineering manager: "@lead"', [
      { role: 'primary', contact: 'ml-serving on-call', via: 'PagerDuty: ml-serving' },
      { role: 'engineering manager', contact: '@lead' },
    ]],
  ])('reads escalation as %s', (_, yaml, expected) => {
    const { data, problems } = check(withLine(yaml));
    expect(problems).toEqual([]);
    expect(data?.escalation).toEqual(expected);
  });

  it.each([
    ['owners: ml-serving, mira-k', 'owners', ['ml-serving', 'mira-k']],
    ['tags: latency, intent', 'tags', ['latency', 'intent']],
    ['models: support-intent-classifier', 'models', ['support-intent-classifier']],
  ])('reads %s as a list', (line, key, expected) => {
    const { data, problems } = check(withLine(line));
    expect(problems).toEqual([]);
    expect(data?.[key]).toEqual(expected);
  });
});
