/**
 * One SVG for both site themes. Mermaid draws a diagram once per theme (render-config.ts) and the
 * two drawings differ, almost always, only in colours: the same elements, the same geometry, the
 * same stylesheet rules with other values. {@link mergeThemes} keeps the light drawing and turns
 * every value that differs into a CSS custom property set on the SVG's root, once for the light and
 * once for the dark theme (`html[data-theme='dark']`). A page then carries each diagram once
 * (issue #20: Mermaid's flowchart docs page was 4.1 MB with two copies of each).
 *
 * Anything else that differs (a label, a path, a rule only one theme has) means the drawings are
 * not one picture in two colours: the caller keeps both SVGs, as before. So the merge is exact or
 * it is not done; it never guesses.
 */

/** Class of a merged SVG's root; the stylesheet shows it in both themes. */
export const THEMED_CLASS = 'mermaid-themed';

const THEME_CLASS = /\bmermaid-(?:light|dark)\b/;

// A whole <style> element, a tag, or text between tags (serialised SVG escapes < and > elsewhere).
const SEGMENT = /<style\b[^>]*>[\s\S]*?<\/style>|<[^>]*>|[^<]+/g;
const TAG = /^<([\w:-]+)((?:\s+[\w:.-]+="[^"]*")*)\s*(\/?)>$/;
const ATTRIBUTE = /\s+([\w:.-]+)="([^"]*)"/g;

/**
 * Presentation attributes a theme changes and CSS may set through a custom property. Not ids,
 * references, geometry or markers: a difference there is a different drawing.
 */
const THEMED_ATTRIBUTES = new Set([
  'fill', 'stroke', 'color', 'stop-color', 'flood-color', 'lighting-color',
  'opacity', 'fill-opacity', 'stroke-opacity', 'stop-opacity', 'flood-opacity',
]);

/** The values that differ between themes, each named once: light value, dark value. */
class ThemeValues {
  readonly pairs: Array<[string, string]> = [];
  private readonly names = new Map<string, string>();

  /** `var(--…)` standing for `light` in the light theme and `dark` in the dark one. */
  variable(light: string, dark: string): string {
    const key = `${light}\u0000${dark}`;
    let name = this.names.get(key);
    if (name === undefined) {
      name = `--lbm${this.pairs.length}`;
      this.names.set(key, name);
      this.pairs.push([light, dark]);
    }
    return `var(${name})`;
  }
}

const IMPORTANT = /\s*!important\s*$/i;

/** One declaration's value in both themes; undefined when they cannot share one. */
function mergeValue(light: string, dark: string, values: ThemeValues): string | undefined {
  if (light === dark) return light;
  const important = IMPORTANT.test(light);
  if (important !== IMPORTANT.test(dark)) return undefined;
  const plain = (value: string) => value.replace(IMPORTANT, '').trim();
  // A value that is empty in one theme would leave the property unset there; not one drawing.
  if (!plain(light) || !plain(dark)) return undefined;
  return `${values.variable(plain(light), plain(dark))}${important ? '!important' : ''}`;
}

/** `prop: value` split at the first colon; undefined for anything else. */
function declaration(text: string): [string, string] | undefined {
  const colon = text.indexOf(':');
  if (colon <= 0) return undefined;
  const property = text.slice(0, colon).trim();
  return /^-{0,2}[A-Za-z][\w-]*$/.test(property) ? [property, text.slice(colon + 1)] : undefined;
}

/**
 * Text split at `{`, `}` and `;` (the separators kept as parts), in both themes, as one whose
 * differing declarations take their values from custom properties. Only a declaration may differ
 * (a part followed by `;`, `}` or the end), and only in its value. Splitting at braces and
 * semicolons is enough for Mermaid's generated CSS, which has no strings or comments holding them;
 * anything it misreads shows up as a structural difference and the merge is not done.
 */
function mergeDeclarations(a: readonly string[], b: readonly string[], values: ThemeValues): string | undefined {
  if (a.length !== b.length) return undefined;
  const out: string[] = [];
  for (let i = 0; i < a.length; i++) {
    const l = a[i] as string;
    const d = b[i] as string;
    if (l === d) {
      out.push(l);
      continue;
    }
    const next = a[i + 1];
    const ld = declaration(l);
    const dd = declaration(d);
    if ((next !== undefined && next !== ';' && next !== '}') || !ld || !dd || ld[0] !== dd[0]) return undefined;
    const value = mergeValue(ld[1], dd[1], values);
    if (value === undefined) return undefined;
    out.push(`${ld[0]}:${value}`);
  }
  return out.join('');
}

/** Two stylesheets with the same rules (selectors, at-rules and properties in the same order), as one. */
const mergeCss = (light: string, dark: string, values: ThemeValues) => mergeDeclarations(light.split(/([{};])/), dark.split(/([{};])/), values);

/** An inline `style` attribute in both themes: same properties, differing values as custom properties. */
const mergeStyleAttribute = (light: string, dark: string, values: ThemeValues) => mergeDeclarations(light.split(/(;)/), dark.split(/(;)/), values);

/** One tag in both themes; undefined when they differ in more than themed values. */
function mergeTag(light: string, dark: string, values: ThemeValues, isRoot: boolean): string | undefined {
  const l = TAG.exec(light);
  const d = TAG.exec(dark);
  if (!l || !d || l[1] !== d[1] || l[3] !== d[3]) return undefined;
  const la = [...(l[2] ?? '').matchAll(ATTRIBUTE)];
  const da = [...(d[2] ?? '').matchAll(ATTRIBUTE)];
  if (la.length !== da.length) return undefined;
  let attributes = '';
  for (let i = 0; i < la.length; i++) {
    const [, name, lv] = la[i] as RegExpExecArray;
    const [, dname, dv] = da[i] as RegExpExecArray;
    if (name !== dname || name === undefined || lv === undefined || dv === undefined) return undefined;
    let value: string | undefined = lv;
    if (lv !== dv) {
      if (isRoot && name === 'class' && lv.replace(THEME_CLASS, '') === dv.replace(THEME_CLASS, '')) value = lv;
      // Mermaid numbers some ids with a counter that runs across renders; the light ones are kept,
      // and a reference to the dark ones (in CSS or another attribute) fails the merge anyway.
      else if (name === 'id') value = lv;
      else if (name === 'style') value = mergeStyleAttribute(lv, dv, values);
      else if (THEMED_ATTRIBUTES.has(name)) value = mergeValue(lv, dv, values);
      else value = undefined;
      if (value === undefined) return undefined;
    }
    if (isRoot && name === 'class') value = value.replace(THEME_CLASS, THEMED_CLASS);
    attributes += ` ${name}="${value}"`;
  }
  return `<${l[1]}${attributes}${l[3]}>`;
}

/** The declarations that give the custom properties their values, scoped to the root's id. */
function themeRules(rootId: string, values: ThemeValues): string {
  const block = (index: 0 | 1) => values.pairs.map((pair, i) => `--lbm${i}:${pair[index]}`).join(';');
  return `#${rootId}{${block(0)}}[data-theme='dark'] #${rootId}{${block(1)}}`;
}

const ROOT_ID = /^<svg\b[^>]*\sid="([^"]+)"/;

/**
 * The segments grouped into units: a definition (`<defs>`, a gradient, a filter…) with everything in
 * it is one unit, since a theme may add one of its own; every other segment is a unit by itself.
 */
function units(segments: readonly string[]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as string;
    const name = DEFINITION.exec(segment)?.[1];
    if (name === undefined || segment.endsWith('/>')) {
      out.push([segment]);
      continue;
    }
    let depth = 0;
    const unit: string[] = [];
    for (; i < segments.length; i++) {
      const part = segments[i] as string;
      unit.push(part);
      if (part.startsWith(`<${name}`) && /^<[\w:-]+/.exec(part)?.[0] === `<${name}` && !part.endsWith('/>')) depth++;
      else if (part === `</${name}>` && --depth === 0) break;
    }
    out.push(unit);
  }
  return out;
}

/** Elements that draw nothing themselves: one only a theme has is harmless in the other. */
const DEFINITION = /^<(defs|linearGradient|radialGradient|filter|pattern|clipPath|mask|marker|symbol)[\s>]/;

const isDefs = (unit: readonly string[]) => DEFINITION.test(unit[0] ?? '');

/** The name of a segment's tag, `#text` for text, `#style` for a style element. */
function segmentKind(segment: string): string {
  if (segment.startsWith('<style')) return '#style';
  if (!segment.startsWith('<')) return '#text';
  return /^<\/?[\w:-]+/.exec(segment)?.[0] ?? segment;
}

/** Whether two units can be one: the same elements in the same order. */
function sameShape(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((segment, i) => segmentKind(segment) === segmentKind(b[i] as string));
}

interface Merge {
  values: ThemeValues;
  out: string[];
  styleIndex: number;
}

/** One segment in both themes, appended to `merge.out`; false when they cannot be one. */
function mergeSegment(l: string, d: string, merge: Merge, isRoot: boolean): boolean {
  if (l.startsWith('<style')) {
    if (!d.startsWith('<style')) return false;
    const open = l.indexOf('>') + 1;
    if (l.slice(0, open) !== d.slice(0, d.indexOf('>') + 1)) return false;
    const css = mergeCss(l.slice(open, -'</style>'.length), d.slice(open, -'</style>'.length), merge.values);
    if (css === undefined) return false;
    if (merge.styleIndex === -1) merge.styleIndex = merge.out.length;
    merge.out.push(`${l.slice(0, open)}${css}</style>`);
    return true;
  }
  if (l === d && !isRoot) {
    merge.out.push(l);
    return true;
  }
  if (!l.startsWith('<') || !d.startsWith('<')) return false;
  const tag = mergeTag(l, d, merge.values, isRoot);
  if (tag === undefined) return false;
  merge.out.push(tag);
  return true;
}

/**
 * `light` and `dark`, two canonical renders of one diagram (svg-ids.ts), as one SVG that follows
 * the site theme; undefined when they differ in more than colours and other themed values.
 */
export function mergeThemes(light: string, dark: string): string | undefined {
  const rootId = ROOT_ID.exec(light)?.[1];
  if (rootId === undefined || ROOT_ID.exec(dark)?.[1] !== rootId) return undefined;
  const a = units(light.match(SEGMENT) ?? []);
  const b = units(dark.match(SEGMENT) ?? []);
  const merge: Merge = { values: new ThemeValues(), out: [], styleIndex: -1 };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const l = a[i] as string[];
    const d = b[j] as string[];
    if (sameShape(l, d)) {
      for (let k = 0; k < l.length; k++) if (!mergeSegment(l[k] as string, d[k] as string, merge, i === 0 && k === 0)) return undefined;
      i++;
      j++;
    } else if (isDefs(d) && b[j + 1] !== undefined && sameShape(l, b[j + 1] as string[])) {
      // Definitions only one theme draws are kept: unused ones draw nothing.
      merge.out.push(...d);
      j++;
    } else if (isDefs(l) && a[i + 1] !== undefined && sameShape(a[i + 1] as string[], d)) {
      merge.out.push(...l);
      i++;
    } else {
      return undefined;
    }
  }
  if (i !== a.length || j !== b.length || merge.out.length === 0) return undefined;
  const { out, values, styleIndex } = merge;
  if (values.pairs.length > 0) {
    const rules = themeRules(rootId, values);
    if (styleIndex === -1) out.splice(1, 0, `<style>${rules}</style>`);
    else {
      const style = out[styleIndex] as string;
      const open = style.indexOf('>') + 1;
      out[styleIndex] = `${style.slice(0, open)}${rules}${style.slice(open)}`;
    }
  }
  return out.join('');
}
