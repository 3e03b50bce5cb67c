/**
 * Coordinates a reader can see. Mermaid writes path data with all the digits a double has
 * (`C25.471493296549305 -21, 8.48986159309861 -21`), and rough.js, which draws class, state and
 * the newer flowchart shapes even in the classic look, writes hundreds of such numbers per shape:
 * on Mermaid's flowchart docs page they were 1.3 MB of 3.2 MB, and most of its gzipped size,
 * since random digits do not compress. {@link roundDrawingCoordinates} rounds them to
 * {@link PATH_DECIMALS} places, a hundredth of a CSS pixel at the size the diagram is drawn.
 *
 * Only where a unit is a CSS pixel: a shape inside a `<marker>`, `<symbol>`, `<pattern>` or nested
 * `<svg>` (their own viewBox) or under a `transform` that is not a plain translation may be drawn
 * larger, so it is left as it is, and so is a path with an arc (see {@link roundPathData}).
 * Relative commands (`l`, `c`…) are rounded so that the rounding never adds up along the path:
 * each point lands where its absolute coordinate rounds to.
 */

/** Decimal places kept: 0.005 px off at most, far below what antialiasing shows. */
export const PATH_DECIMALS = 2;

// A number as SVG path data writes it.
const NUMBER = /[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
const SEPARATOR = /[\s,]*/y;
// Every command but the arc (see roundPathData): a path with one does not parse, so it is kept.
const COMMAND = /[MmZzLlHhVvCcSsQqTt]/y;

/** Parameters per command: an x or a y coordinate. */
const PARAMETERS: Record<string, readonly ('x' | 'y')[]> = {
  M: ['x', 'y'],
  L: ['x', 'y'],
  T: ['x', 'y'],
  H: ['x'],
  V: ['y'],
  C: ['x', 'y', 'x', 'y', 'x', 'y'],
  S: ['x', 'y', 'x', 'y'],
  Q: ['x', 'y', 'x', 'y'],
  Z: [],
};

/** `units` hundredths (for two decimals) as the shortest decimal text: `-2150` → `-21.5`, never `-0`. */
function formatUnits(units: number, decimals: number): string {
  if (units === 0) return '0';
  const scale = 10 ** decimals;
  const magnitude = Math.abs(units);
  const fraction = String(magnitude % scale).padStart(decimals, '0').replace(/0+$/, '');
  return `${units < 0 ? '-' : ''}${Math.floor(magnitude / scale)}${fraction ? `.${fraction}` : ''}`;
}

/** A command and its numbers, as read. */
interface Segment {
  command: string;
  values: number[];
}

/** Path data as commands with their numbers; undefined when it does not follow the grammar. */
function parsePath(d: string): Segment[] | undefined {
  const segments: Segment[] = [];
  let at = 0;
  const skip = () => {
    SEPARATOR.lastIndex = at;
    SEPARATOR.exec(d);
    at = SEPARATOR.lastIndex;
  };
  const read = (pattern: RegExp) => {
    pattern.lastIndex = at;
    const match = pattern.exec(d);
    if (match) at = pattern.lastIndex;
    return match?.[0];
  };
  skip();
  while (at < d.length) {
    const command = read(COMMAND);
    if (command === undefined) return undefined;
    const kinds = PARAMETERS[command.toUpperCase()] ?? [];
    const values: number[] = [];
    skip();
    if (kinds.length > 0) {
      // A command takes one or more sets of parameters (`L1 2 3 4` is two lines).
      do {
        for (let i = 0; i < kinds.length; i++) {
          const text = read(NUMBER);
          if (text === undefined) return undefined;
          values.push(Number(text));
          skip();
        }
        NUMBER.lastIndex = at;
      } while (at < d.length && NUMBER.test(d));
    }
    segments.push({ command, values });
  }
  return segments.length > 0 && /^[Mm]$/.test(segments[0]?.command ?? '') ? segments : undefined;
}

/**
 * Path data with every coordinate rounded to `decimals` places, written with single spaces; the
 * input as it was when it does not parse (the browser would draw it up to the error, so would we).
 * A relative coordinate becomes the difference of the rounded absolute ones, so errors never add up.
 */
export function roundPathData(d: string, decimals = PATH_DECIMALS): string {
  // An arc's radii and its chord together decide where its centre is: rounding them apart can
  // move it by far more than they change (a half ellipse 83.59375 wide with radius 41.796875,
  // rounded to 83.59 and 41.8, has its centre 0.15 px off). Paths with arcs do not parse here.
  const segments = parsePath(d);
  if (!segments) return d;
  const scale = 10 ** decimals;
  const units = (value: number) => Math.round(value * scale);
  // The exact current point and start of the subpath; the rounded ones are these rounded.
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  const out: string[] = [];
  for (const { command, values } of segments) {
    const upper = command.toUpperCase();
    if (upper === 'Z') {
      x = startX;
      y = startY;
      out.push(command);
      continue;
    }
    const kinds = PARAMETERS[upper] ?? [];
    const relative = command !== upper;
    const written: string[] = [];
    for (let set = 0; set < values.length; set += kinds.length) {
      // The set's numbers relative to the current point when the command is lowercase.
      const originX = relative ? x : 0;
      const originY = relative ? y : 0;
      const roundedOriginX = relative ? units(x) : 0;
      const roundedOriginY = relative ? units(y) : 0;
      let endX = x;
      let endY = y;
      kinds.forEach((kind, i) => {
        const value = values[set + i] as number;
        if (kind === 'x') {
          endX = originX + value;
          written.push(formatUnits(units(endX) - roundedOriginX, decimals));
        } else {
          endY = originY + value;
          written.push(formatUnits(units(endY) - roundedOriginY, decimals));
        }
      });
      x = endX;
      y = endY;
      if (upper === 'M' && set === 0) {
        startX = x;
        startY = y;
      }
    }
    out.push(`${command}${written.join(' ')}`);
  }
  return out.join(' ');
}

/** A `points` list (polygon, polyline) rounded to `decimals` places; as it was when it is not pairs of numbers. */
export function roundPoints(points: string, decimals = PATH_DECIMALS): string {
  const numbers = points.trim().split(/[\s,]+/);
  if (numbers.length % 2 !== 0 || !numbers.every((text) => new RegExp(`^${NUMBER.source}$`).test(text))) return points;
  const scale = 10 ** decimals;
  const pairs: string[] = [];
  for (let i = 0; i < numbers.length; i += 2) {
    pairs.push(`${formatUnits(Math.round(Number(numbers[i]) * scale), decimals)},${formatUnits(Math.round(Number(numbers[i + 1]) * scale), decimals)}`);
  }
  return pairs.join(' ');
}

// An element, a whole <style> element, or text between tags (as in svg-ids.ts).
const SEGMENT = /<style\b[^>]*>[\s\S]*?<\/style>|<[^>]*>|[^<]+/g;
const NAME = /^<\/?([\w:-]+)/;
const OWN_VIEWPORT = new Set(['marker', 'symbol', 'pattern', 'svg']);
// Whitespace as serialised SVG writes it in an attribute value (`&#10;`): a separator like any other.
const WHITESPACE_REFERENCE = /&#(?:9|10|13|32|x9|xa|xd|x20);/gi;
const D = /(\sd=")([^"]*)"/;
const POINTS = /(\spoints=")([^"]*)"/;
// Only `translate(...)`: anything else may scale what it holds.
const TRANSLATION_ONLY = /^\s*(?:translate\(\s*[-+\d.eE]+(?:[\s,]+[-+\d.eE]+)?\s*\)\s*)*$/;

/** Whether the element opened by `tag` may draw its content at another scale than its parent. */
function mayScale(tag: string, name: string, isRoot: boolean): boolean {
  if (!isRoot && OWN_VIEWPORT.has(name)) return true;
  const transform = /\stransform="([^"]*)"/.exec(tag)?.[1];
  if (transform !== undefined && !TRANSLATION_ONLY.test(transform)) return true;
  return /\sstyle="[^"]*transform/i.test(tag);
}

/**
 * `svg` with the `d` of its paths and the `points` of its polygons and polylines rounded to
 * {@link PATH_DECIMALS} places, where one unit is one CSS pixel (see above). Same input, same bytes.
 */
export function roundDrawingCoordinates(svg: string, decimals = PATH_DECIMALS): string {
  // For each open element, whether its content may be drawn at another scale.
  const scaled: boolean[] = [];
  let first = true;
  return svg.replace(SEGMENT, (segment) => {
    if (!segment.startsWith('<') || segment.startsWith('<style') || segment.startsWith('<!') || segment.startsWith('<?')) return segment;
    const name = NAME.exec(segment)?.[1] ?? '';
    if (segment.startsWith('</')) {
      scaled.pop();
      return segment;
    }
    const isRoot = first;
    first = false;
    const here = (scaled.at(-1) ?? false) || mayScale(segment, name, isRoot);
    if (!segment.endsWith('/>')) scaled.push(here);
    if (here) return segment;
    const attribute = name === 'path' ? D : name === 'polygon' || name === 'polyline' ? POINTS : undefined;
    if (attribute === undefined) return segment;
    const round = attribute === D ? roundPathData : roundPoints;
    return segment.replace(attribute, (_, open: string, value: string) => {
      const plain = value.replace(WHITESPACE_REFERENCE, ' ');
      const rounded = round(plain, decimals);
      // What did not parse is kept exactly as it was.
      return `${open}${rounded === plain ? value : rounded}"`;
    });
  });
}
