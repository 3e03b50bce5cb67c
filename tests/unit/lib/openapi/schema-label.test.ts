import { describe, expect, it } from 'vitest';
import { hasNested, schemaTypeLabel } from '../../../../src/lib/openapi/schema-label.ts';
import type { ApiSchemaNode } from '../../../../src/schemas/api-spec.ts';

const node = (fields: Partial<ApiSchemaNode> = {}): ApiSchemaNode => ({
  types: [],
  nullable: false,
  constraints: [],
  examples: [],
  readOnly: false,
  writeOnly: false,
  deprecated: false,
  ...fields,
});

describe('schemaTypeLabel', () => {
  it.each<[string, Partial<ApiSchemaNode>, string]>([
    ['a plain type', { types: ['string'] }, 'string'],
    ['a format', { types: ['string'], format: 'date-time' }, 'string (date-time)'],
    ['several types', { types: ['integer', 'string'] }, 'integer | string'],
    ['nullable', { types: ['number'], nullable: true }, 'number | null'],
    ['only null', { nullable: true }, 'null'],
    ['nothing said', {}, 'any'],
    ['a format without type', { format: 'uuid' }, 'uuid'],
    ['an array of a named schema', { types: ['array'], items: node({ name: 'Model', types: ['object'] }) }, 'array of Model'],
    ['an array of strings', { types: ['array'], items: node({ types: ['string'] }) }, 'array of string'],
    ['a recursive leaf', { name: 'Tree', recursive: 'Tree', types: ['object'] }, 'Tree (recursive)'],
    ['composition only', { allOf: [node({ types: ['object'] })] }, ''],
    ['an enum without type', { enum: ['"a"'] }, ''],
  ])('%s', (_what, fields, label) => {
    expect(schemaTypeLabel(node(fields))).toBe(label);
  });
});

describe('hasNested', () => {
  it('is true for properties, variants, additionalProperties and structured items only', () => {
    expect(hasNested(node({ types: ['string'] }))).toBe(false);
    expect(hasNested(node({ types: ['array'], items: node({ types: ['string'] }) }))).toBe(false);
    expect(hasNested(node({ types: ['array'], items: node({ recursive: 'T' }) }))).toBe(true);
    expect(hasNested(node({ properties: [{ name: 'a', required: false, schema: node() }] }))).toBe(true);
    expect(hasNested(node({ oneOf: [node()] }))).toBe(true);
    expect(hasNested(node({ additionalProperties: false }))).toBe(true);
  });
});
