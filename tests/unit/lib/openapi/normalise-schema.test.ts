import { describe, expect, it } from 'vitest';
import { MAX_SCHEMA_DEPTH, normaliseSchema } from '../../../../src/lib/openapi/normalise-schema.ts';

const context = { names: new Map<object, string>(), render: (markdown: string) => `<p>${markdown}</p>` };

describe('normaliseSchema', () => {
  it('cuts the tree at the depth limit and says so', () => {
    let deep: Record<string, unknown> = { type: 'string' };
    for (let i = 0; i < MAX_SCHEMA_DEPTH + 3; i++) deep = { type: 'object', properties: { next: deep } };
    let node = normaliseSchema(deep, context);
    let depth = 0;
    while (node.properties?.[0]) {
      node = node.properties[0].schema;
      depth++;
    }
    expect(depth).toBe(MAX_SCHEMA_DEPTH);
    expect(node.truncated).toBe(true);
  });

  it('stops a self-referencing object graph at the first repeat, naming it from components', () => {
    const tree: Record<string, unknown> = { type: 'object', properties: {} };
    (tree.properties as Record<string, unknown>).children = { type: 'array', items: tree };
    const node = normaliseSchema(tree, { ...context, names: new Map([[tree, 'Tree']]) });
    expect(node.name).toBe('Tree');
    expect(node.properties?.[0]?.schema.items).toMatchObject({ name: 'Tree', recursive: 'Tree', examples: [], constraints: [] });
    expect(() => JSON.stringify(node)).not.toThrow();
  });

  it('shows the same schema twice side by side in full: only an ancestor counts as a cycle', () => {
    const shared = { type: 'object', properties: { id: { type: 'string' } } };
    const node = normaliseSchema({ type: 'object', properties: { a: shared, b: shared } }, context);
    expect(node.properties?.map((p) => p.schema.recursive)).toEqual([undefined, undefined]);
    expect(node.properties?.[1]?.schema.properties?.[0]?.name).toBe('id');
  });

  it('accepts boolean schemas and odd values without throwing', () => {
    expect(normaliseSchema(true, context)).toMatchObject({ types: [], nullable: false });
    expect(normaliseSchema({ type: 'object', properties: { x: false } }, context).properties?.[0]?.schema.types).toEqual([]);
  });

  it('3.0 exclusive bounds qualify the plain bound; 3.1 ones are numbers', () => {
    expect(normaliseSchema({ type: 'number', minimum: 0, exclusiveMinimum: true, maximum: 1 }, context).constraints).toEqual([
      { label: 'exclusiveMinimum', value: '0' },
      { label: 'maximum', value: '1' },
    ]);
    expect(normaliseSchema({ type: 'number', exclusiveMinimum: 0 }, context).constraints).toEqual([{ label: 'exclusiveMinimum', value: '0' }]);
  });

  it('infers object and array from properties and items when type is missing', () => {
    expect(normaliseSchema({ properties: { a: {} } }, context).types).toEqual(['object']);
    expect(normaliseSchema({ items: { type: 'string' } }, context).types).toEqual(['array']);
  });
});
