/**
 * Turns what @apidevtools/swagger-parser throws (Ajv schema errors, missing `$ref` targets,
 * unreadable files, version mistakes) into Labbook problems that name the file, the line, the
 * JSON pointer and what to do.
 */
import { relative, resolve, sep } from 'node:path';
import { problems, type Problem } from '../errors.ts';
import { pointerTokens, toPointer } from './read-spec.ts';
import { OUTSIDE_CODE } from './spec-files.ts';

/** The fields of an Ajv error that the wording needs. */
export interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** One problem at one place, before it is tied to a file and line. */
export interface PointedReason {
  pointer: string;
  reason: string;
}

/** Errors that only say "none of the alternatives fit": useful only when nothing more precise is known. */
const VAGUE = new Set(['oneOf', 'anyOf', 'if', 'not', 'false schema']);

function isRefAlternative(error: AjvError): boolean {
  // Every object that may be a Reference Object has a `$ref` branch; "must have '$ref'" is noise.
  return error.keyword === 'required' && error.params.missingProperty === '$ref';
}

function describe(error: AjvError): string {
  const params = error.params;
  if (error.keyword === 'additionalProperties' || error.keyword === 'unevaluatedProperties') {
    const field = params.additionalProperty ?? params.unevaluatedProperty;
    return `unknown field "${String(field)}": check the spelling, or start it with "x-" to mark an extension`;
  }
  return error.message ?? error.keyword;
}

/**
 * Ajv's `allErrors` output made readable: only the deepest errors of each branch of the document
 * (an error inside `parameters/0/in` explains the one at `parameters/0`), the "one of the
 * alternatives" noise dropped where something precise is said, enum values merged, and required
 * fields from alternatives of one `oneOf` said once ("must have either 'schema' or 'content'").
 */
export function condenseAjvErrors(errors: readonly AjvError[]): PointedReason[] {
  const deepest = errors.filter((error) => !errors.some((other) => other.instancePath.startsWith(`${error.instancePath}/`)));
  const byPointer = new Map<string, AjvError[]>();
  for (const error of deepest) byPointer.set(error.instancePath, [...(byPointer.get(error.instancePath) ?? []), error]);
  const found: PointedReason[] = [];
  for (const [pointer, group] of byPointer) {
    const precise = group.filter((error) => !VAGUE.has(error.keyword) && !isRefAlternative(error));
    const chosen = precise.length ? precise : group.filter((error) => !isRefAlternative(error)).slice(0, 1);
    const reasons: string[] = [];
    const enums = chosen.filter((error) => error.keyword === 'enum' || error.keyword === 'const');
    if (enums.length) {
      const allowed = enums.flatMap((error) => (Array.isArray(error.params.allowedValues) ? error.params.allowedValues : [error.params.allowedValue]));
      reasons.push(`must be one of ${[...new Set(allowed.map((value) => JSON.stringify(value)))].join(', ')}`);
    }
    // Required fields of the branches of one oneOf/anyOf: the document needs one of them.
    const alternatives = new Map<string, string[]>();
    for (const error of chosen.filter((e) => e.keyword === 'required')) {
      const branch = /^(.*\/(?:oneOf|anyOf))\/\d+\//.exec(error.schemaPath)?.[1] ?? error.schemaPath;
      alternatives.set(branch, [...(alternatives.get(branch) ?? []), String(error.params.missingProperty)]);
    }
    for (const fields of alternatives.values()) {
      const unique = [...new Set(fields)];
      reasons.push(
        unique.length === 1
          ? `must have required property '${unique[0]}'`
          : `must have either ${unique.map((field) => `'${field}'`).join(' or ')}`,
      );
    }
    for (const error of chosen.filter((e) => e.keyword !== 'enum' && e.keyword !== 'const' && e.keyword !== 'required')) reasons.push(describe(error));
    for (const reason of new Set(reasons)) found.push({ pointer, reason });
  }
  return found;
}

/** Paths inside the content folder stay relative; the rest of the machine is not the author's business. */
function shorten(message: string, contentDir: string): string {
  const root = contentDir.endsWith(sep) ? contentDir : `${contentDir}${sep}`;
  return message.split(root).join('').replace(/file:\/\/\//g, '/');
}

/** The parser's words for an unreadable `$ref`, said the author's way. */
function refReason(message: string): string {
  const unmatched = /^Could not find resolver for "(.+)"$/.exec(message);
  if (unmatched) return `"${unmatched[1]}" is a URL`;
  const missing = /^Error opening file (\S+): ENOENT/.exec(message);
  if (missing) return `the file "${missing[1]}" does not exist`;
  return message;
}

interface ParserErrorLike {
  code?: string;
  message: string;
  path?: (string | number)[] | null;
  targetRef?: string;
  source?: string;
  /** The code of the error a resolver threw (ENOENT, or OUTSIDE_CODE). */
  ioErrorCode?: string;
  errors?: ParserErrorLike[];
  details?: AjvError[];
}

/** Where a version mistake is: `info.version` for the API's own version, else the spec version field. */
function versionPointer(reason: string, swagger: boolean): string | undefined {
  if (/^API version number/.test(reason)) return '/info/version';
  if (/version/i.test(reason)) return swagger ? '/swagger' : '/openapi';
  return undefined;
}

/** The `$ref` string at `pointer` of the spec's own data, if it has one there. */
function refAt(data: unknown, pointer: string): string | undefined {
  let node = data;
  for (const token of pointerTokens(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  const ref = node !== null && typeof node === 'object' ? (node as Record<string, unknown>).$ref : undefined;
  return typeof ref === 'string' ? ref : undefined;
}

/**
 * Every problem in what the parser threw for `file` (relative to `contentDir`); `lineOf` maps a
 * JSON pointer to a line of the file.
 */
export function specProblems(
  thrown: unknown,
  context: { file: string; contentDir: string; swagger: boolean; lineOf: (pointer: string) => number | undefined; data?: unknown },
): Problem[] {
  const { file, lineOf, contentDir } = context;
  const error = (thrown ?? {}) as ParserErrorLike;
  if (Array.isArray(error.details)) {
    return condenseAjvErrors(error.details).map(({ pointer, reason }) => problems.openapiInvalid(file, lineOf(pointer), pointer, reason));
  }
  const list = Array.isArray(error.errors) ? error.errors : [error];
  const self = resolve(contentDir, file);
  return list.map((item) => {
    const pointer = item.path ? toPointer(item.path) : '';
    const where = item.path ? lineOf(`${pointer}/$ref`) : undefined;
    if (item.code === 'EMISSINGPOINTER' && item.targetRef) {
      // A target in another file: name that file, relative to the content folder.
      const other = item.source && resolve(item.source) !== self && !/^[a-z]+:/i.test(item.source) ? relative(contentDir, item.source).split(sep).join('/') : undefined;
      const target = shorten(item.targetRef, contentDir);
      return problems.openapiDanglingRef(file, where, pointer, other && !target.includes(other) ? `${other}${target}` : target);
    }
    if (item.ioErrorCode === OUTSIDE_CODE) {
      // The $ref as the author wrote it; never the target's real path, nor anything read from it.
      const written = refAt(context.data, pointer);
      const shown = written ?? (item.source ? relative(contentDir, item.source).split(sep).join('/') : '');
      return problems.openapiOutside(file, where, pointer, shown);
    }
    if (item.code && item.code.startsWith('E')) {
      return problems.openapiRefUnresolved(file, where, pointer, refReason(shorten(item.message, contentDir)).replace(/\.$/, ''));
    }
    const reason = shorten(item.message, contentDir)
      .replace(/^Validation failed\. /, '')
      .replace(/Swagger Parser only supports versions/, 'Labbook reads OpenAPI')
      .replace(/\.$/, '');
    const at = versionPointer(reason, context.swagger);
    return problems.openapiInvalid(file, at ? lineOf(at) : undefined, at ?? '', reason);
  });
}
