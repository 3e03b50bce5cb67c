import { markerMessages } from './messages.ts';

/** A marker anywhere in a line; spacing inside the comment and letter case are free. */
const MARKER = /<!--\s*labbook:(start|end)\s*-->/gi;
/** The same, for a yes/no test (a global regex would carry `lastIndex` from one line to the next). */
const HAS_MARKER = new RegExp(MARKER.source, 'i');
/** A CommonMark fence opener: up to 3 spaces, then 3+ backticks or tildes. */
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
/** A code span on one line: a backtick run closed by a run of the same length. */
const CODE_SPAN = /(?<!`)(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g;

/** Why the markers cannot be used; nothing may be written then. */
export type MarkerProblemCode = 'markers-missing' | 'marker-inline' | 'marker-twice' | 'end-missing' | 'start-missing' | 'markers-order';

/** A marker problem: its code, the 1-based line it is about (when there is one) and what to do. */
export interface MarkerProblem {
  code: MarkerProblemCode;
  /** 1-based line the message is about; undefined when no marker was found at all. */
  line?: number;
  message: string;
}

/** Where the markers are: 0-based indexes of the start and end marker lines, or why there are none. */
export type MarkerScan = { ok: true; start: number; end: number } | { ok: false; problem: MarkerProblem };

type Kind = 'start' | 'end';

/** A fence that is open: its character, length and the 1-based line it opened on. */
interface OpenFence {
  char: string;
  length: number;
  line: number;
}

function openingFence(text: string, line: number): OpenFence | undefined {
  const match = FENCE_OPEN.exec(text);
  if (!match?.[1]) return undefined;
  const run = match[1];
  // A backtick fence's info string may not contain backticks (CommonMark 4.5): "``` a`b" is text.
  if (run[0] === '`' && (match[2] ?? '').includes('`')) return undefined;
  return { char: run[0] ?? '`', length: run.length, line };
}

function closesFence(text: string, fence: OpenFence): boolean {
  const match = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(text);
  return !!match?.[1] && match[1][0] === fence.char && match[1].length >= fence.length;
}

/**
 * Find the start and end marker lines. Markers inside fenced code blocks (``` or ~~~, any
 * length, indented up to 3 spaces) and inside inline code are documentation, not markers.
 * A marker must be alone on its line, once each, start before end.
 */
export function findMarkers(lines: readonly string[]): MarkerScan {
  const found: Record<Kind, number[]> = { start: [], end: [] };
  const ignored: { line: number; fenceLine?: number }[] = [];
  let fence: OpenFence | undefined;
  for (const [index, text] of lines.entries()) {
    const line = index + 1;
    if (fence) {
      if (closesFence(text, fence)) fence = undefined;
      else if (HAS_MARKER.test(text)) ignored.push({ line, fenceLine: fence.line });
      continue;
    }
    fence = openingFence(text, line);
    if (fence) continue;
    const outsideCode = text.replace(CODE_SPAN, '');
    const matches = [...outsideCode.matchAll(MARKER)];
    if (matches.length === 0) {
      if (HAS_MARKER.test(text)) ignored.push({ line });
      continue;
    }
    const [first] = matches;
    if (matches.length > 1 || !first || first[0] !== outsideCode.trim()) {
      const kind = (first?.[1]?.toLowerCase() ?? 'start') as Kind;
      return { ok: false, problem: { code: 'marker-inline', line, message: markerMessages.inline(kind) } };
    }
    found[(first[1] ?? '').toLowerCase() as Kind].push(index);
  }
  return pairMarkers(found, ignored);
}

function pairMarkers(found: Record<Kind, number[]>, ignored: { line: number; fenceLine?: number }[]): MarkerScan {
  const fail = (code: MarkerProblemCode, line: number | undefined, message: string): MarkerScan => ({
    ok: false,
    problem: { code, line, message },
  });
  for (const kind of ['start', 'end'] as const) {
    const at = found[kind];
    if (at.length > 1) return fail('marker-twice', (at[0] ?? 0) + 1, markerMessages.twice(kind, at.map((i) => i + 1)));
  }
  const [start] = found.start;
  const [end] = found.end;
  if (start === undefined && end === undefined) return fail('markers-missing', undefined, markerMessages.missing(ignored));
  if (end === undefined) return fail('end-missing', (start ?? 0) + 1, markerMessages.endMissing((start ?? 0) + 1));
  if (start === undefined) return fail('start-missing', end + 1, markerMessages.startMissing(end + 1));
  if (end < start) return fail('markers-order', end + 1, markerMessages.order(end + 1, start + 1));
  return { ok: true, start, end };
}
