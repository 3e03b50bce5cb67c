import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { problems, type Problem } from '../errors.ts';

/** How many YAML aliases a spec file may expand: plenty for shared parameters, far from a bomb. */
export const MAX_ALIAS_COUNT = 1_000;

/** A spec file's text parsed, with a way back from a JSON pointer to its line. */
export interface SpecText {
  data: unknown;
  /** The 1-based line of the deepest part of `pointer` the file has, or undefined. */
  lineOf: (pointer: string) => number | undefined;
}

/** `/paths/~1pets/get` -> `['paths', '/pets', 'get']` (RFC 6901 unescaping). */
export function pointerTokens(pointer: string): string[] {
  if (!pointer || pointer === '/') return [];
  return pointer
    .replace(/^#/, '')
    .split('/')
    .slice(1)
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `['paths', '/pets', 'get']` -> `/paths/~1pets/get`. */
export function toPointer(tokens: readonly (string | number)[]): string {
  return tokens.map((token) => `/${String(token).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** The first line of a parser message, without the position the problem already carries. */
function reasonOf(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
}

function lineFinder(doc: Document.Parsed, lineCounter: LineCounter): SpecText['lineOf'] {
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line);
  return (pointer) => {
    let node: unknown = doc.contents;
    let line = lineAt((node as YamlNode | null)?.range?.[0]);
    for (const token of pointerTokens(pointer)) {
      if (isMap(node)) {
        const pair = node.items.find((item) => String(isScalar(item.key) ? item.key.value : item.key) === token);
        if (!pair) break;
        line = lineAt((pair.key as YamlNode | null)?.range?.[0]) ?? line;
        node = pair.value;
      } else if (isSeq(node)) {
        const item = node.items[Number(token)];
        if (item === undefined) break;
        line = lineAt((item as YamlNode | null)?.range?.[0]) ?? line;
        node = item;
      } else break;
    }
    return line;
  };
}

/** `... in JSON at position 42 (line 3 column 5)` -> 3; older messages give only the position. */
function jsonErrorLine(message: string, source: string): number | undefined {
  const line = /\(line (\d+) column \d+\)/.exec(message)?.[1];
  if (line) return Number(line);
  const position = /at position (\d+)/.exec(message)?.[1];
  return position === undefined ? undefined : source.slice(0, Number(position)).split('\n').length;
}

/**
 * Parse a spec file (`.json` strictly as JSON, anything else as YAML 1.2, duplicate keys refused)
 * into plain data, or the syntax problem with its line.
 */
export function readSpecText(file: string, source: string): { spec: SpecText; problem?: undefined } | { spec?: undefined; problem: Problem } {
  if (/\.json$/i.test(file)) {
    try {
      const data: unknown = JSON.parse(source);
      const lineCounter = new LineCounter();
      return { spec: { data, lineOf: lineFinder(parseDocument(source, { lineCounter }), lineCounter) } };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { problem: problems.openapiSyntax(file, jsonErrorLine(message, source), 'JSON', reasonOf(message.replace(/^JSON\.parse: /, ''))) };
    }
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, merge: true, uniqueKeys: true, prettyErrors: true });
  const error = doc.errors[0];
  if (error) {
    const line = error.linePos?.[0]?.line ?? lineCounter.linePos(error.pos[0]).line;
    return { problem: problems.openapiSyntax(file, line, 'YAML', reasonOf(error.message)) };
  }
  // Anchors and aliases are fine, but a billion-laughs file is not an API spec: `yaml` stops
  // expanding after MAX_ALIAS_COUNT aliases instead of building (or hanging on) the whole tree.
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    return { problem: problems.openapiAliasBomb(file, MAX_ALIAS_COUNT) };
  }
  return { spec: { data, lineOf: lineFinder(doc, lineCounter) } };
}
