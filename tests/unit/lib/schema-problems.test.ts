import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { fieldPath, schemaProblems } from '../../../src/lib/schema-problems.ts';

describe('fieldPath', () => {
  it.each([
    [['title'], 'title'],
    [['model-index', 0, 'results', 1, 'metrics', 0, 'value'], 'model-index[0].results[1].metrics[0].value'],
    [['escalation', 2], 'escalation[2]'],
    [[0, 'a'], '[0].a'],
  ])('%j is %s', (path, expected) => {
    expect(fieldPath(path)).toBe(expected);
  });
});

describe('schemaProblems', () => {
  const schema = z.strictObject({
    title: z.string(),
    escalation: z.array(z.strictObject({ role: z.string() })),
  });
  const run = (data: Record<string, unknown>, keyLines: Record<string, number>) => {
    const result = schema.safeParse(data);
    if (result.success) throw new Error('expected a failure');
    return schemaProblems(result.error, { code: 'frontmatter-field', file: 'playbooks/p.md', data, keyLines });
  };

  it('names an unknown key at the top level by itself, on its own line', () => {
    expect(run({ title: 'T', escalation: [], titel: 'x' }, { title: 2, escalation: 3, titel: 4 })).toEqual([
      { code: 'frontmatter-field', file: 'playbooks/p.md', line: 4, message: 'titel: unknown field. Check the spelling or remove it.' },
    ]);
  });

  it('names an unknown key of a nested object by its full path, on the line of its top-level key', () => {
    // Before: "phone: unknown field" with no line, as if `phone` were a top-level key.
    expect(run({ title: 'T', escalation: [{ role: 'primary' }, { role: 'b', phone: '5', pager: 'x' }] }, { title: 2, escalation: 3 })).toEqual([
      { code: 'frontmatter-field', file: 'playbooks/p.md', line: 3, message: 'escalation[1].phone, escalation[1].pager: unknown field. Check the spelling or remove it.' },
    ]);
  });
});
