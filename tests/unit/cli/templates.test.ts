import { describe, expect, it } from 'vitest';
import { renderTil } from '../../../src/cli/templates/til.ts';
import { yamlFlowList, yamlText } from '../../../src/cli/templates/yaml.ts';
import { parseFrontmatter, parseYamlMapping } from '../../../src/lib/frontmatter.ts';
import { validateFiles } from '../../../src/lib/validate-content.ts';

const tricky = [
  'pytorch',
  'c++',
  'c#',
  'Ünïcode',
  'mixed precision',
  'a: b',
  'a, b',
  '#comment',
  '- dash',
  'true',
  'No',
  'null',
  '~',
  '2026',
  '2026-11-02',
  '0x1F',
  '.inf',
  '[x]',
  '{x}',
  '"quoted"',
  "it's",
  'back\\slash',
  '🔥 Training',
  '*alias',
  '&anchor',
  '!tag',
  '%directive',
  '@at',
  '`tick`',
  'tab\there',
];

describe('YAML scalars', () => {
  it.each([
    ['pytorch', 'pytorch'],
    ['c++', 'c++'],
    ['torch.compile', 'torch.compile'],
    ['mixed precision', '"mixed precision"'],
    ['true', '"true"'],
    ['2026', '"2026"'],
    ['🔥 Training', '"🔥 Training"'],
  ])('%s is written %s', (value, written) => {
    expect(yamlText(value)).toBe(written);
  });

  it('reads back every tricky value as the same text, in a list and after a key', () => {
    const { data } = parseYamlMapping(`tags: ${yamlFlowList(tricky)}\n${tricky.map((t, i) => `k${i}: ${yamlText(t)}`).join('\n')}`);
    expect(data.tags).toEqual(tricky);
    tricky.forEach((value, i) => expect(data[`k${i}`]).toBe(value));
  });
});

describe('renderTil', () => {
  it.each(tricky.filter((t) => !t.includes('\t')))('a valid TIL titled, tagged and categorised %j', (value) => {
    const source = renderTil({ title: value, date: '2026-11-02', category: value, tags: [value], authors: [value], format: 'md' });
    expect(parseFrontmatter(source).data).toMatchObject({ title: value, category: value, tags: [value], authors: [value], takeaway: null });
    expect(validateFiles([{ path: 'til/2026-11-02-x.md', source }])).toEqual([]);
  });
});
