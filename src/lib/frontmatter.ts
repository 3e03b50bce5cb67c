import { isMap, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { yamlAdvice } from './errors.ts';

/** A Markdown file split into its front matter and body. */
export interface ParsedFile {
  /** Front matter as plain data; `{}` when the file has none. */
  data: Record<string, unknown>;
  /** The Markdown after the front matter, LF line endings. */
  body: string;
  /** 1-based line of each top-level front matter key, to point errors at the right line. */
  keyLines: Record<string, number>;
}

/** A YAML syntax error with the 1-based line it was found on, in file coordinates. */
export class FrontmatterSyntaxError extends Error {
  readonly line: number | undefined;
  /** What the author should do; the catalogue's advice for a syntax error when not given. */
  readonly advice: string | undefined;

  constructor(message: string, line: number | undefined, advice?: string) {
    super(message);
    this.name = 'FrontmatterSyntaxError';
    this.line = line;
    this.advice = advice;
  }
}

/**
 * Keys that change how a JavaScript object behaves: `__proto__` as data breaks Astro's data store
 * later without naming the file, and code that looks keys up by name may find the built-in
 * instead of the author's value. Refused at any depth, with the line.
 */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * How many times aliases (`*name`) may be expanded in one document: yaml's own default, stated
 * here because it is what stops a "billion laughs" file (aliases of aliases) from taking all memory.
 */
const MAX_ALIAS_COUNT = 100;

/**
 * Strip a UTF-8 BOM and turn CRLF/CR into LF, so files saved on Windows build exactly like LF ones.
 */
export function normalizeSource(source: string): string {
  return source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

const FENCE = /^---[ \t]*$/;

/**
 * Split and parse a Markdown file's `---` front matter with the YAML core schema: dates stay
 * strings (so `2026-13-45` is reported instead of silently rolling over into another month).
 */
export function parseFrontmatter(source: string): ParsedFile {
  const text = normalizeSource(source);
  const lines = text.split('\n');
  if (!FENCE.test(lines[0] ?? '')) return { data: {}, body: text, keyLines: {} };
  const end = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (end === -1) {
    throw new FrontmatterSyntaxError('the front matter opened on line 1 is never closed with a `---` line', 1);
  }
  const yamlText = lines.slice(1, end).join('\n');
  const body = lines.slice(end + 1).join('\n');
  return { ...parseYamlMapping(yamlText, 1), body };
}

/**
 * Parse a YAML mapping. `lineOffset` is how many file lines come before the YAML text, so the
 * reported lines are the author's. An empty document gives `{}`.
 */
export function parseYamlMapping(
  yamlText: string,
  lineOffset = 0,
): { data: Record<string, unknown>; keyLines: Record<string, number> } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, schema: 'core', uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0]?.line;
    // yaml appends "at line N, column M:" in its own coordinates; the caller prints file lines.
    const reason = (first.message.split('\n')[0] ?? first.message).replace(/ at line \d+, column \d+:?$/, '');
    throw new FrontmatterSyntaxError(reason, line && line + lineOffset);
  }
  const line = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line + lineOffset);
  const reserved = findReservedKey(doc);
  if (reserved) {
    throw new FrontmatterSyntaxError(`\`${reserved.key}\` cannot be a key`, line(reserved.offset), yamlAdvice.reservedKey(reserved.key));
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // yaml throws a ReferenceError without a position when aliases expand past the limit.
    if (!(error instanceof ReferenceError)) throw error;
    throw new FrontmatterSyntaxError('its aliases (`*name`) expand too many times', line(firstAliasOffset(doc)), yamlAdvice.aliases(MAX_ALIAS_COUNT));
  }
  if (data === null || data === undefined) return { data: {}, keyLines: {} };
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new FrontmatterSyntaxError('expected `key: value` pairs, found a single value or a list', lineOffset + 1);
  }
  const keyLines: Record<string, number> = Object.create(null) as Record<string, number>;
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.range) {
        keyLines[String(pair.key.value)] = lineCounter.linePos(pair.key.range[0]).line + lineOffset;
      }
    }
  }
  return { data: data as Record<string, unknown>, keyLines };
}

/** The first key named like a built-in of JavaScript objects, at any depth, with its offset. */
function findReservedKey(doc: Document): { key: string; offset: number | undefined } | undefined {
  let found: { key: string; offset: number | undefined } | undefined;
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && RESERVED_KEYS.has(String(pair.key.value))) {
        found = { key: String(pair.key.value), offset: pair.key.range?.[0] };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** Offset of the first alias in the document: where an alias bomb starts going off. */
function firstAliasOffset(doc: Document): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_, alias) {
      offset = alias.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}

/** Each content file's parse (or its syntax error), kept while the file object lives. */
const parsedFiles = new WeakMap<object, ParsedFile | FrontmatterSyntaxError>();

/**
 * {@link parseFrontmatter} of a content file (a `SourceFile` of src/lib/content/files.ts), parsed
 * once per file: the validator, the warnings and the TIL summaries all read the same files in one
 * build. Each call gets its own copy of the data, so no reader sees another's changes; a syntax
 * error is thrown again for every reader.
 */
export function frontmatterOf(file: { readonly source: string }): ParsedFile {
  let parsed = parsedFiles.get(file);
  if (!parsed) {
    try {
      parsed = parseFrontmatter(file.source);
    } catch (error) {
      if (!(error instanceof FrontmatterSyntaxError)) throw error;
      parsed = error;
    }
    parsedFiles.set(file, parsed);
  }
  if (parsed instanceof FrontmatterSyntaxError) throw parsed;
  return { data: structuredClone(parsed.data), body: parsed.body, keyLines: Object.assign(Object.create(null) as Record<string, number>, parsed.keyLines) };
}

/**
 * The body of a content file, or undefined when its front matter does not parse: the validator
 * reports that, so the warnings that read bodies (completeness, empty sections) skip the file.
 */
export function bodyOrSkip(file: { readonly source: string }): string | undefined {
  try {
    return frontmatterOf(file).body;
  } catch (error) {
    if (error instanceof FrontmatterSyntaxError) return undefined;
    throw error;
  }
}
