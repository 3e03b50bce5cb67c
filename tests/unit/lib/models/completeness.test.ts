import { describe, expect, it } from 'vitest';
import { missingSections, modelCardWarnings } from '../../../../src/lib/models/completeness.ts';

describe('missingSections', () => {
  it('is empty for a card with the three sections, in the usual wordings', () => {
    expect(missingSections('## Intended uses\n\nx\n\n### Bias, risks, and limitations\n\nx\n\n## Ethics\n')).toEqual([]);
    expect(missingSections('# Intended use\n## Limitations\n## Ethical considerations\n')).toEqual([]);
  });

  it('lists what is missing, in order', () => {
    expect(missingSections('## Training data\n\nText about limitations and ethics in prose does not count.\n')).toEqual(['Intended use', 'Limitations', 'Ethical considerations']);
    expect(missingSections('## Limitations\n')).toEqual(['Intended use', 'Ethical considerations']);
  });

  it('ignores headings inside code blocks and matches emphasis in headings', () => {
    expect(missingSections('```md\n## Intended use\n```\n\n## *Limitations*\n\n## `Ethical` considerations\n')).toEqual(['Intended use']);
  });
});

describe('modelCardWarnings', () => {
  const card = (body: string) => `---\ntitle: T\nmodel_name: m\nversion: 1.0.0\nstatus: staging\nowners: [a]\n---\n${body}`;

  it('warns once per incomplete card, naming the file and the headings to add', () => {
    expect(
      modelCardWarnings([
        { path: 'models/a.md', source: card('## Intended use\n\n## Limitations\n\n## Ethical considerations\n') },
        { path: 'models/b.md', source: card('## Limitations\n') },
        { path: 'models/c.md', source: card('') },
        { path: 'til/2026-01-01-x.md', source: '---\ntitle: T\ndate: 2026-01-01\n---\nNo sections.\n' },
      ]),
    ).toEqual([
      'models/b.md: model card has no "Intended use" and "Ethical considerations" section, so /models/ marks it incomplete. Add "## Intended use" and "## Ethical considerations" (see labbook new model).',
      'models/c.md: model card has no "Intended use", "Limitations" and "Ethical considerations" section, so /models/ marks it incomplete. Add "## Intended use", "## Limitations" and "## Ethical considerations" (see labbook new model).',
    ]);
  });

  it('leaves a card with broken front matter to the validator', () => {
    expect(modelCardWarnings([{ path: 'models/x.md', source: '---\ntitle: [\n---\n' }])).toEqual([]);
  });
});
