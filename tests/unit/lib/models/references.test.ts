import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../../../src/lib/errors.ts';
import { closestModelName } from '../../../../src/lib/models/references.ts';
import { urlOf, validateFiles, type SourceFile } from '../../../../src/lib/validate-content.ts';

const card = (path: string, name: string, version: string, extra = ''): SourceFile => ({
  path,
  source: `---\ntitle: ${name} ${version}\nmodel_name: ${name}\nversion: ${version}\nstatus: production\nowners: [a]\n${extra}---\n`,
});
const til = (name: string, models: string): SourceFile => ({
  path: `til/${name}`,
  source: `---\ntitle: T\ndate: ${name.slice(0, 10)}\ntags: [x]\nmodels: ${models}\n---\nBody.\n`,
});
const playbook = (name: string, models: string): SourceFile => ({
  path: `playbooks/${name}`,
  source: `---\ntitle: P\nservice: intent-api\nseverity: SEV2\nowners: [a]\nescalation: [{ role: primary, contact: on-call }]\nreviewed: 2026-10-01\nmodels: ${models}\n---\n`,
});

const cards = [card('models/intent-v1.2.0.md', 'support-intent-classifier', '1.2.0'), card('models/intent-v1.3.0.md', 'support-intent-classifier', '1.3.0'), card('models/reranker.md', 'passage-reranker', '2.0.0')];

describe('model cross-checks', () => {
  it('accepts TILs and playbooks that name existing models', () => {
    expect(validateFiles([...cards, til('2026-11-02-a.md', '[support-intent-classifier]'), playbook('latency.md', '[passage-reranker, support-intent-classifier]')])).toEqual([]);
  });

  it('fails an unknown model name, naming the file and the line of `models`, the known names and the closest one', () => {
    const found = validateFiles([...cards, til('2026-11-02-a.md', '[support-intent-clasifier]'), playbook('latency.md', '[passage-reranker, sentiment]')]);
    expect(formatProblems(found, 'Problems')).toBe(
      [
        'Problems (2 problems):',
        '  ✗ playbooks/latency.md:8: models: no model card has model_name "sentiment". Known models: passage-reranker, support-intent-classifier. Fix the name, or add its card in models/ (labbook new model "Title").',
        '  ✗ til/2026-11-02-a.md:5: models: no model card has model_name "support-intent-clasifier"; did you mean "support-intent-classifier"? Known models: passage-reranker, support-intent-classifier. Fix the name, or add its card in models/ (labbook new model "Title").',
      ].join('\n'),
    );
  });

  it('says when there are no model cards at all', () => {
    const [problem] = validateFiles([til('2026-11-02-a.md', '[intent]')]);
    expect(problem?.message).toContain('Known models: none yet.');
  });

  it('fails two cards with the same model_name and version, naming both files', () => {
    const found = validateFiles([...cards, card('models/copy.md', 'support-intent-classifier', '1.3.0')]);
    expect(found).toEqual([
      {
        code: 'duplicate-model-version',
        file: 'models/intent-v1.3.0.md',
        line: 4,
        message: 'version: support-intent-classifier 1.3.0 is also the version of models/copy.md. Give each card of support-intent-classifier its own version.',
      },
    ]);
  });

  it('does not report a bad `models` value twice: the schema names it', () => {
    const found = validateFiles([...cards, til('2026-11-02-a.md', '{ name: support-intent-classifier }')]);
    expect(found.map((p) => p.message)).toEqual(['models: expected a list of model names, e.g. [a, b] or "a, b", received {"name":"support-intent-classifier"}']);
  });

  it('rejects `models` in a daily log (entries cannot carry it)', () => {
    const found = validateFiles([...cards, { path: 'til/2026-11-02.md', source: '---\nmodels: [nope]\n---\n## 2026-11-02\n\n### [Data] Entry\n\nText.\n' }]);
    expect(found.map((p) => `${p.line}: ${p.message}`)).toEqual(["2: models: not allowed in a daily log's front matter: a note that involves a model card is a single-file TIL (til/YYYY-MM-DD-slug.md) with `models:`. Remove it."]);
  });

  it('validates model cards and playbooks with their own schemas', () => {
    const found = validateFiles([
      card('models/bad.md', 'x', '1.0', ''),
      { path: 'playbooks/bad.md', source: '---\ntitle: P\nservice: s\nseverity: P1\nowners: [a]\nescalation: [{ role: primary, contact: c }]\nreviewed: 2026-10-01\n---\n' },
    ]);
    expect(found.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([
      // YAML reads 1.0 as a number: the message says to write it as text.
      'models/bad.md:4: version: expected a version written MAJOR.MINOR.PATCH, e.g. "1.3.0", received 1',
      'playbooks/bad.md:4: severity: expected SEV1, SEV2, SEV3 or SEV4, received "P1"',
    ]);
  });
});

describe('urlOf', () => {
  it.each([
    ['models/support-intent-classifier-v1.3.0.md', '/models/support-intent-classifier-v1-3-0/'],
    ['models/intent/v1.2.0.mdx', '/models/intent/v1-2-0/'],
    ['playbooks/intent-api-latency.md', '/playbooks/intent-api-latency/'],
    ['playbooks/serving/GPU OOM.md', '/playbooks/serving/gpu-oom/'],
    ['docs/guides/setup.md', '/docs/guides/setup/'],
  ])('%s is published at %s', (path, url) => {
    expect(urlOf(path)).toEqual({ url });
  });

  it('rejects a name without letters or digits', () => {
    expect(urlOf('models/🔥.md').problem?.message).toBe('file name does not fit: use letters or digits in the name, e.g. models/support-intent-classifier-v1.3.0.md');
  });

  it('fails two files that would share a URL', () => {
    const found = validateFiles([card('models/a-v1.0.md', 'a', '1.0.0'), card('models/a-v1-0.md', 'a', '2.0.0')]);
    expect(found.map((p) => p.message)).toEqual(['would be published at /models/a-v1-0/, like models/a-v1-0.md. Rename or remove one of them.']);
  });
});

describe('closestModelName', () => {
  const known = ['passage-reranker', 'support-intent-classifier'];
  it.each([
    ['support-intent-clasifier', 'support-intent-classifier'],
    ['Passage-Reranker', 'passage-reranker'],
    ['reranker', undefined],
    ['sentiment', undefined],
  ])('%s -> %s', (name, closest) => {
    expect(closestModelName(name, known)).toBe(closest);
  });
});
