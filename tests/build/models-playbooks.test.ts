import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeSite, makeWorkDir, runBuild, tilFile } from './run-build.ts';

const SECTIONS = '## Intended use\n\nRouting.\n\n## Limitations\n\nSmall data.\n\n## Ethical considerations\n\nNone known.\n';

/** A model card with two results; `value` is written as given into the second result's first metric. */
const card = (version: string, accuracy: number, value: string, body = SECTIONS) => `---
title: Intent ${version}
model_name: intent
version: ${version}
status: production
owners: [mira-k]
model-index:
  - name: intent
    results:
      - task: { type: text-classification }
        dataset: { type: acme/tickets, name: Tickets, split: test }
        metrics:
          - { type: accuracy, value: ${accuracy} }
      - task: { type: text-classification }
        dataset: { type: acme/fresh, name: Fresh, split: october }
        metrics:
          - { type: accuracy, value: ${value} }
          - { type: f1, value: 0.8 }
---
${body}`;

const playbook = (models: string, reviewed = '2020-01-01') => `---
title: Intent API latency
service: intent-api
severity: SEV2
owners: [ml-serving]
escalation: [{ role: primary, contact: serving on-call }]
reviewed: ${reviewed}
models: ${models}
---
## Symptoms

Slow.
`;

const site = {
  'labbook.yaml': 'title: Models Build Test\n',
  'til/2026-11-02-first.md': tilFile('First note', '2026-11-02', 'models: [intent]\n'),
  'models/intent-v1.0.0.md': card('1.0.0', 0.9, '0.85'),
  'models/intent-v1.1.0.md': card('1.1.0', 0.925, '0.86', '## Intended use\n\nRouting.\n'),
  'playbooks/latency.md': playbook('[intent]'),
};

describe('model cards and playbooks in a build', () => {
  it('publishes cards with deltas, playbooks with the stale flag, and warns about an incomplete card', () => {
    const out = join(makeWorkDir(), 'dist');
    const { status, output } = runBuild(makeSite(site), out);
    expect(status, output).toBe(0);
    expect(output).toContain('models/intent-v1.1.0.md: model card has no "Limitations" and "Ethical considerations" section');
    const newer = readFileSync(join(out, 'models/intent-v1-1-0/index.html'), 'utf8');
    expect(newer).toContain('+0.025');
    expect(newer).toContain('href="/models/intent-v1-0-0/"');
    expect(readFileSync(join(out, 'models/intent-v1-0-0/index.html'), 'utf8')).toContain('href="/models/intent-v1-1-0/"');
    expect(readFileSync(join(out, 'models/index.html'), 'utf8')).toContain('Missing: Limitations, Ethical considerations');
    expect(readFileSync(join(out, 'playbooks/index.html'), 'utf8')).toContain('Review overdue');
    expect(readFileSync(join(out, 'til/2026-11-02-first/index.html'), 'utf8')).toContain('href="/models/intent-v1-1-0/">intent</a>');
  });

  it('fails a wrong type inside model-index with its field path, and writes no site', () => {
    const out = join(makeWorkDir(), 'dist');
    const { status, output } = runBuild(makeSite({ ...site, 'models/intent-v1.1.0.md': card('1.1.0', 0.925, '"high"') }), out);
    expect(status).not.toBe(0);
    expect(output).toContain(
      'models/intent-v1.1.0.md:7: model-index[0].results[1].metrics[0].value: expected a number such as 0.912 (not text: write 91.2% as 91.2), received "high"',
    );
    expect(existsSync(out)).toBe(false);
  });

  it('fails an unknown model name in a playbook or TIL, naming the file and the known models', () => {
    const out = join(makeWorkDir(), 'dist');
    const { status, output } = runBuild(makeSite({ ...site, 'playbooks/latency.md': playbook('[intnet]') }), out);
    expect(status).not.toBe(0);
    expect(output).toContain('playbooks/latency.md:8: models: no model card has model_name "intnet"; did you mean "intent"? Known models: intent.');
    expect(existsSync(out)).toBe(false);
  });
});
