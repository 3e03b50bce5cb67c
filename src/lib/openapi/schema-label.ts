import type { ApiSchemaNode } from '../../schemas/api-spec.ts';

/**
 * The one-line type of a schema node as the page shows it: `string (date-time)`,
 * `integer | null`, `array of Model`, `object`, `LineageNode (recursive)`, `any`. Composition
 * without a type of its own (`allOf: [...]`) gives `` because its variants say it.
 */
export function schemaTypeLabel(node: ApiSchemaNode): string {
  if (node.recursive) return `${node.recursive} (recursive)`;
  let label = node.types
    .map((type) => {
      if (type === 'array' && node.items) return `array of ${node.items.name ?? (schemaTypeLabel(node.items) || 'items')}`;
      return node.format && type !== 'object' && type !== 'array' ? `${type} (${node.format})` : type;
    })
    .join(' | ');
  if (!label && node.format) label = node.format;
  if (node.nullable) return label ? `${label} | null` : 'null';
  const composed = node.allOf || node.oneOf || node.anyOf || node.not;
  if (!label && !composed && node.const === undefined && !node.enum) return 'any';
  return label;
}

/** Whether the node has anything nested to show (properties, items with structure, variants). */
export function hasNested(node: ApiSchemaNode): boolean {
  return Boolean(
    node.properties?.length ||
      node.allOf?.length ||
      node.oneOf?.length ||
      node.anyOf?.length ||
      node.not ||
      node.additionalProperties !== undefined ||
      (node.items && (hasNested(node.items) || node.items.recursive)),
  );
}
