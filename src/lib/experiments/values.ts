import { FrontmatterSyntaxError, normalizeSource, parseYamlMapping } from '../frontmatter.ts';
import { problems, type Problem } from '../errors.ts';

/**
 * Values of a run's parameter and metric files: parsed (JSON or YAML, with the line and column of a
 * syntax error), then flattened so nested keys read as dotted names (`optimizer.lr`).
 */

/** One value as a run states it: a number, text, a flag, or null. Lists are kept as their text. */
export type Scalar = number | string | boolean | null;

/** Dotted name -> value, in the file's order. */
export type Flat = Record<string, Scalar>;

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * The offset of the first character that makes `text` invalid JSON: a small scanner, because
 * JSON.parse names a position only in some messages and Node versions.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') i++;
      else if ((text.charCodeAt(i) ?? 0) < 0x20) fail();
      i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      ws();
      if (text[i] === close) return void i++;
      for (;;) {
        if (c === '{') {
          ws();
          if (text[i] !== '"') fail();
          string();
          ws();
          if (text[i] !== ':') fail();
          i++;
        }
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === close) return void i++;
        else fail();
      }
    }
    if (c === '"') return string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i));
    if (!literal) fail();
    i += (literal as RegExpExecArray)[0].length;
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
  } catch (at) {
    if (typeof at === 'number') return Math.min(at, text.length);
    throw at;
  }
  return text.length;
}

/** Nested mappings as dotted keys; lists as compact text (`[64, 128]`), never split into keys. */
export function flatten(data: Record<string, unknown>, prefix = '', into: Flat = {}): Flat {
  for (const [key, value] of Object.entries(data)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) flatten(value as Record<string, unknown>, name, into);
    else if (Array.isArray(value)) into[name] = JSON.stringify(value).replace(/,/g, ', ');
    else if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' || value === null) into[name] = value;
    else into[name] = String(value);
  }
  return into;
}

/** A JSON or YAML file of name/value pairs, flattened, or the problem naming file, line and column. */
export function readValues(file: string, source: string): { values: Flat; problem?: undefined } | { values?: undefined; problem: Problem } {
  const text = normalizeSource(source);
  let data: unknown;
  if (/\.json$/i.test(file)) {
    if (!text.trim()) return { values: {} };
    try {
      data = JSON.parse(text);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const { line, column } = lineColumn(text, jsonErrorOffset(text));
      const reason = message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+/, '').replace(/, "[^]*" is not valid JSON$/, '');
      return { problem: problems.experimentSyntax(file, line, column, 'JSON', reason) };
    }
  } else {
    try {
      data = parseYamlMapping(text).data;
    } catch (error) {
      if (!(error instanceof FrontmatterSyntaxError)) throw error;
      return { problem: problems.experimentSyntax(file, error.line, undefined, 'YAML', error.message) };
    }
  }
  if (data === null || data === undefined) return { values: {} };
  if (typeof data !== 'object' || Array.isArray(data)) return { problem: problems.experimentNotMapping(file, Array.isArray(data) ? 'a list' : 'a single value') };
  return { values: flatten(data as Record<string, unknown>) };
}
