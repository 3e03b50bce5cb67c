import type { z } from 'zod';
import { editDistance } from './edit-distance.ts';
import { problems, type Problem } from './errors.ts';

/** Internals of a zod 4 schema that lead to the object schema inside wrappers (optional, default, pipe). */
interface SchemaInternals {
  shape?: Record<string, unknown>;
  _zod?: { def?: { innerType?: unknown; in?: unknown; out?: unknown; element?: unknown } };
}

/** The object schema inside optional/default/nullable/preprocess/transform wrappers, if any. */
function objectSchema(schema: unknown, depth = 0): SchemaInternals | undefined {
  const current = schema as SchemaInternals | undefined;
  if (!current || depth > 8) return undefined;
  if (current.shape) return current;
  const def = current._zod?.def;
  // A preprocess is a pipe whose object is its `out`; a transform is one whose object is its `in`.
  for (const next of [def?.innerType, def?.out, def?.in]) {
    const found = (next as SchemaInternals | undefined)?._zod ? objectSchema(next, depth + 1) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** The keys the object at `path` of `schema` knows, or [] when that cannot be told. */
export function knownKeysAt(schema: unknown, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  for (const key of path) {
    if (typeof key === 'number') {
      let unwrapped = current as SchemaInternals | undefined;
      for (let depth = 0; unwrapped && !unwrapped._zod?.def?.element && depth < 8; depth++) {
        const def = unwrapped._zod?.def;
        unwrapped = (def?.innerType ?? def?.out) as SchemaInternals | undefined;
      }
      current = unwrapped?._zod?.def?.element;
    } else {
      current = objectSchema(current)?.shape?.[String(key)];
    }
  }
  return Object.keys(objectSchema(current)?.shape ?? {});
}

/** The known key an unknown one is most likely a typo of (at most two edits, or a case difference). */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = name.toLowerCase() === key.toLowerCase() ? 0 : editDistance(key.toLowerCase(), name.toLowerCase(), 2);
    if (distance <= 2 && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

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
  opts: { code: 'config-field' | 'frontmatter-field'; file: string; data: unknown; keyLines: Record<string, number>; schema?: z.ZodType },
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
      const known = opts.schema ? knownKeysAt(opts.schema, path) : [];
      const guesses = issue.keys.map((key) => [key, closestKey(key, known)] as const).filter(([, guess]) => guess);
      const advice = guesses.length
        ? `unknown field: did you mean ${guesses.map(([key, guess]) => `"${guess}"${issue.keys.length > 1 ? ` for "${key}"` : ''}`).join(', ')}? Rename it, or remove it.`
        : 'unknown field. Check the spelling or remove it.';
      return problems.field(opts.code, opts.file, keyLine, names, advice);
    }
    // A near-typo of a known key (src/schemas/base.ts frontMatter): the advice is the whole message.
    if (issue.code === 'custom' && typeof issue.params?.didYouMean === 'string') return problems.field(opts.code, opts.file, line, name, issue.message);
    const received = valueAt(opts.data, path);
    const expected = received === undefined && issue.code === 'invalid_type' ? `required: ${issue.message}` : issue.message;
    return problems.field(opts.code, opts.file, line, name, `${expected}, received ${describe(received)}`);
  });
}

/**
 * The known key an unknown front-matter key looks like a typo of, or undefined. Stricter than
 * {@link closestKey} because an unknown key is otherwise kept: a key of five letters or fewer must
 * be one edit away (`tgas`, not `slug`), longer ones two; case, `-`, `_` and spaces never count.
 */
export function misspeltKey(key: string, known: readonly string[]): string | undefined {
  if (known.includes(key)) return undefined;
  const normal = (k: string) => k.toLowerCase().replace(/[-_ ]/g, '');
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const limit = name.length < 6 ? 1 : 2;
    const distance = normal(key) === normal(name) ? 0 : editDistance(key.toLowerCase(), name.toLowerCase(), limit);
    if (distance <= limit && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}
