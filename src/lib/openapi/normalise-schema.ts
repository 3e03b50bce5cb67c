import type { ApiSchemaNode } from '../../schemas/api-spec.ts';
import { compact, exampleText, jsonLiteral, record, text } from './values.ts';

/** Nested schemas deeper than this are cut (`truncated`), so every page stays finite and readable. */
export const MAX_SCHEMA_DEPTH = 8;

/** What turning a schema into a tree needs besides the schema. */
export interface SchemaContext {
  /** Component name of each named schema object (dereferenced `$ref`s share the object). */
  names: ReadonlyMap<object, string>;
  /** Markdown to safe HTML. */
  render: (markdown: string) => string;
  /** Defaults to {@link MAX_SCHEMA_DEPTH}. */
  maxDepth?: number;
}

/** Keywords shown as constraints, in this order. `exclusive*` may be a boolean (3.0) or a number (3.1). */
const CONSTRAINTS = [
  'minimum',
  'exclusiveMinimum',
  'maximum',
  'exclusiveMaximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'pattern',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
] as const;

function constraintsOf(schema: Record<string, unknown>): ApiSchemaNode['constraints'] {
  const found: ApiSchemaNode['constraints'] = [];
  for (const key of CONSTRAINTS) {
    const value = schema[key];
    if (value === undefined || value === false) continue;
    if (value === true && key.startsWith('exclusive')) {
      // OpenAPI 3.0 / Swagger: `exclusiveMinimum: true` turns `minimum` exclusive.
      const bound = schema[key === 'exclusiveMinimum' ? 'minimum' : 'maximum'];
      if (bound !== undefined) found.push({ label: key, value: jsonLiteral(bound) });
      continue;
    }
    found.push({ label: key, value: typeof value === 'string' ? value : jsonLiteral(value) });
  }
  // With an exclusive bound shown, the plain bound it qualifies would say the same thing twice.
  return found.filter(
    (c) =>
      !(c.label === 'minimum' && schema.exclusiveMinimum === true) && !(c.label === 'maximum' && schema.exclusiveMaximum === true),
  );
}

/** JSON types without `null`, and whether `null` is allowed, from 3.1 arrays, 3.0 `nullable` or Swagger `x-nullable`. */
function typesOf(schema: Record<string, unknown>): { types: string[]; nullable: boolean } {
  const raw = Array.isArray(schema.type) ? schema.type.map(String) : typeof schema.type === 'string' ? [schema.type] : [];
  let types = raw.filter((type) => type !== 'null');
  const nullable = raw.includes('null') || schema.nullable === true || schema['x-nullable'] === true;
  // Swagger 2.0's `type: file` is an uploaded file: a binary string in OpenAPI 3 terms.
  types = types.map((type) => (type === 'file' ? 'string' : type));
  if (types.length === 0 && raw.length === 0) {
    if (record(schema.properties) || record(schema.additionalProperties)) types = ['object'];
    else if (record(schema.items)) types = ['array'];
  }
  return { types, nullable };
}

function examplesOf(schema: Record<string, unknown>): string[] {
  const examples: string[] = [];
  if (schema.example !== undefined) examples.push(exampleText(schema.example));
  // OpenAPI 3.1 (JSON Schema) `examples` is an array of values.
  if (Array.isArray(schema.examples)) for (const example of schema.examples) examples.push(exampleText(example));
  return examples;
}

/**
 * One schema of a dereferenced spec as a plain tree. A schema that is its own ancestor (a tree
 * node whose children are tree nodes) becomes a `recursive` leaf naming it, and past `maxDepth`
 * levels the tree is cut, so the result is always finite and JSON-serialisable.
 */
export function normaliseSchema(schema: unknown, context: SchemaContext): ApiSchemaNode {
  return walk(schema, context, [], 0);
}

function walk(value: unknown, context: SchemaContext, ancestors: object[], depth: number): ApiSchemaNode {
  // JSON Schema allows `true` (anything) and `false` (nothing) as schemas.
  const schema = record(value) ?? {};
  const name = context.names.get(schema);
  const { types, nullable } = typesOf(schema);
  const leaf: ApiSchemaNode = compact({
    name,
    title: text(schema.title),
    types,
    nullable,
    format: text(schema.format) ?? (schema.type === 'file' ? 'binary' : undefined),
    descriptionHtml: text(schema.description) && context.render(String(schema.description)),
    constraints: constraintsOf(schema),
    enum: Array.isArray(schema.enum) ? schema.enum.map(jsonLiteral) : undefined,
    const: schema.const === undefined ? undefined : jsonLiteral(schema.const),
    default: schema.default === undefined ? undefined : jsonLiteral(schema.default),
    examples: examplesOf(schema),
    readOnly: schema.readOnly === true,
    writeOnly: schema.writeOnly === true,
    deprecated: schema.deprecated === true,
    discriminator: text(record(schema.discriminator)?.propertyName) ?? text(schema.discriminator),
  });
  if (ancestors.includes(schema)) {
    return compact({ ...leaf, descriptionHtml: undefined, examples: [], constraints: [], recursive: name ?? text(schema.title) ?? 'schema' });
  }
  const maxDepth = context.maxDepth ?? MAX_SCHEMA_DEPTH;
  const hasChildren = ['properties', 'items', 'additionalProperties', 'allOf', 'oneOf', 'anyOf', 'not'].some((key) => record(schema[key]) || Array.isArray(schema[key]));
  if (depth >= maxDepth) return hasChildren ? { ...leaf, truncated: true } : leaf;

  const inner = [...ancestors, schema];
  const child = (node: unknown) => walk(node, context, inner, depth + 1);
  const list = (nodes: unknown) => (Array.isArray(nodes) && nodes.length ? nodes.map(child) : undefined);
  const required = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
  const properties = record(schema.properties);
  const additional = schema.additionalProperties;
  return compact({
    ...leaf,
    properties: properties
      ? Object.entries(properties).map(([propertyName, property]) => ({ name: propertyName, required: required.has(propertyName), schema: child(property) }))
      : undefined,
    items: record(schema.items) ? child(schema.items) : undefined,
    // `true` and `{}` are what an object allows anyway; only a schema or a ban says something.
    additionalProperties: additional === false ? false : Object.keys(record(additional) ?? {}).length ? child(additional) : undefined,
    allOf: list(schema.allOf),
    oneOf: list(schema.oneOf),
    anyOf: list(schema.anyOf),
    not: record(schema.not) ? child(schema.not) : undefined,
  });
}
