import type { z } from 'zod';
import { problems, type Problem } from './errors.ts';

/** Render a zod path like `model-index[0].results[1]`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

/**
 * One `field.path: expected ..., received ...` problem per zod issue, pointed at the line of the
 * top-level key when it is known.
 */
export function schemaProblems(
  error: z.ZodError,
  opts: { code: 'config-field' | 'frontmatter-field'; file: string; data: unknown; keyLines: Record<string, number> },
): Problem[] {
  return error.issues.map((issue) => {
    const path = issue.path;
    const top = path[0];
    const line = top === undefined ? undefined : opts.keyLines[String(top)];
    const name = path.length ? fieldPath(path) : '(front matter)';
    if (issue.code === 'unrecognized_keys') {
      // A nested object's unknown key is named by its full path (`escalation[0].phone`), on the line of its top-level key.
      const names = issue.keys.map((key) => fieldPath([...path, key])).join(', ');
      const keyLine = path.length ? line : opts.keyLines[issue.keys[0] ?? ''];
      return problems.field(opts.code, opts.file, keyLine, names, 'unknown field. Check the spelling or remove it.');
    }
    const received = valueAt(opts.data, path);
    const expected = received === undefined && issue.code === 'invalid_type' ? `required: ${issue.message}` : issue.message;
    return problems.field(opts.code, opts.file, line, name, `${expected}, received ${describe(received)}`);
  });
}
