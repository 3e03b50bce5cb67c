import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../../../src/lib/frontmatter.ts';
import { missingSections, modelCardWarnings } from '../../../../src/lib/models/completeness.ts';
import { modelCardSchema } from '../../../../src/schemas/model-card.ts';

const HF_CARD = readFileSync(new URL('../../../fixtures/model-cards/hf-template.md', import.meta.url), 'utf8');
const HF_BODY = parseFrontmatter(HF_CARD).body;
/** The same card as HF's template leaves it: every section's text replaced by the placeholder. */
const HF_UNTOUCHED = HF_BODY.split('\n')
  .map((line) => (line.startsWith('#') || line.startsWith('<!--') || !line.trim() ? line : '[More Information Needed]'))
  .join('\n');

describe('missingSections', () => {
  it('is empty for a card with the three sections, in the usual wordings', () => {
    expect(missingSections('## Intended uses\n\nx\n\n### Bias, risks, and limitations\n\nx\n\n## Ethics\n')).toEqual([]);
    expect(missingSections('# Intended use\n## Limitations\n## Ethical considerations\n')).toEqual([]);
  });

  it('lists what is missing, in order', () => {
    expect(missingSections('## Training data\n\nText about limitations and ethics in prose does not count.\n')).toEqual(['Intended use', 'Limitations', 'Ethical considerations']);
    expect(missingSections('## Limitations\n')).toEqual(['Intended use', 'Ethical considerations']);
  });

  it('counts a card written from Hugging Face\'s template as complete when its sections are filled', () => {
    expect(missingSections(HF_BODY)).toEqual([]);
    // Its front matter needs nothing Labbook-specific: no model_name, version, status or owners.
    const data = modelCardSchema.parse(parseFrontmatter(HF_CARD).data);
    expect([data.model_name, data.version, data.status, data.owners, data.tags]).toEqual(['ticket-language-detector', undefined, undefined, undefined, ['language-id', 'support']]);
  });

  it('counts a section whose body is only [More Information Needed] as empty', () => {
    expect(missingSections(HF_UNTOUCHED)).toEqual(['Intended use', 'Limitations', 'Ethical considerations', 'Training details', 'Evaluation']);
  });

  it.each<[string, string, string[]]>([
    ['HF: Uses filled only through Direct Use', '## Uses\n### Direct Use\nRouting.\n### Out-of-Scope Use\n[More Information Needed]\n## Bias, Risks, and Limitations\nShort text.\n## Training Details\nTickets.\n## Evaluation\nA month.\n', []],
    ['HF: only Out-of-Scope Use filled still says how (not) to use it', '## Out-of-Scope Use\nNot for law.\n## Bias, Risks, and Limitations\nx\n## Training Details\nx\n## Evaluation\nx\n', []],
    ['HF: Recommendations stand for limitations and ethics when the Bias section is a placeholder', '## Direct Use\nx\n## Bias, Risks, and Limitations\n[More Information Needed]\n### Recommendations\nRoute short tickets elsewhere.\n## Training Details\nx\n## Evaluation\nx\n', []],
    ['HF: Training Details and Evaluation left as placeholders', '## Uses\nx\n## Bias, Risks, and Limitations\nx\n## Training Details\n<!-- prompt -->\n[More Information Needed]\n## Evaluation\n[More Information Needed]\n', ['Training details', 'Evaluation']],
    ['HF: "[optional]" in a heading', '## Downstream Use [optional]\nx\n## Bias, Risks, and Limitations\nx\n## Training Details\nx\n## Evaluation\nx\n', []],
    ['Labbook: an Evaluation section is not asked of a Labbook card', '## Intended use\nx\n## Limitations\nx\n## Ethical considerations\nx\n', []],
    ['Labbook: a placeholder is empty here too', '## Intended use\n[More Information Needed]\n## Limitations\nx\n## Ethical considerations\nx\n', ['Intended use']],
  ])('%s', (_, body, missing) => {
    expect(missingSections(body)).toEqual(missing);
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
