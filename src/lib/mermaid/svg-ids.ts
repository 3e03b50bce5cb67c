/**
 * Element ids inside a rendered SVG. Mermaid names some ids after the render id (`mermaid-0_...`),
 * others after the author's node names (`Bob`, `L_A_B_0`) or a page-wide counter
 * (`linearGradient-7`), so two diagrams on a page can clash and the same diagram can come out
 * differently depending on what was rendered before it. {@link canonicalIds} renames every id to a
 * placeholder plus a number in order of appearance (same input, same bytes: cacheable), and
 * {@link instantiateIds} gives them the page-unique prefix. Only markup and the embedded <style>
 * are touched, never text the reader sees.
 */

/** Stands for the diagram's prefix in cached SVG; never produced by Mermaid itself. */
export const ID_PLACEHOLDER = '__labbook_mermaid__';

// An element, a whole <style> element, or text between tags. Serialised SVG escapes < and > in
// attribute values and text, so a tag never contains a stray '>'.
const SEGMENT = /<style\b[^>]*>[\s\S]*?<\/style>|<[^>]*>|[^<]+/g;
const ID_ATTRIBUTE = /\sid="([^"]*)"/g;
// Attributes whose value is one id (`href="#x"`) or a list of ids (`aria-labelledby="a b"`).
const REFERENCE_ATTRIBUTE = /(\s(?:href|xlink:href|aria-(?:labelledby|describedby|controls|owns|flowto|details|activedescendant|errormessage)|for)=")([^"]*)(")/g;
const URL_REFERENCE = /url\((&quot;|['"]?)#([^)'"&\s]+)\1\)/g;
const CSS_ID = /#(-?[A-Za-z_][\w-]*)/g;

type Rename = (id: string) => string | undefined;

/** Rewrite the id references in one tag. */
function renameInTag(tag: string, rename: Rename, definitions = true): string {
  return tag
    .replace(ID_ATTRIBUTE, (all, id: string) => (definitions ? ` id="${rename(id) ?? id}"` : all))
    .replace(REFERENCE_ATTRIBUTE, (all, open: string, value: string, close: string) => {
      if (open.includes('href')) return value.startsWith('#') ? `${open}#${rename(value.slice(1)) ?? value.slice(1)}${close}` : all;
      return `${open}${value.split(/(\s+)/).map((part) => (part.trim() ? (rename(part) ?? part) : part)).join('')}${close}`;
    })
    .replace(URL_REFERENCE, (_, quote: string, id: string) => `url(${quote}#${rename(id) ?? id}${quote})`);
}

/** Rewrite `#id` in selectors and `url(#id)` anywhere; `#fff` in a declaration is a colour. */
function renameInCss(css: string, rename: Rename): string {
  const parts = css.split(/([{}])/);
  return parts
    .map((part, i) => {
      const opensBlock = parts[i + 1] === '{';
      const withUrls = part.replace(URL_REFERENCE, (_, quote: string, id: string) => `url(${quote}#${rename(id) ?? id}${quote})`);
      return opensBlock ? withUrls.replace(CSS_ID, (_, id: string) => `#${rename(id) ?? id}`) : withUrls;
    })
    .join('');
}

/**
 * Apply `rename` to every id reference in `svg`'s markup and <style>, and to every definition
 * (`id="…"`) unless `definitions` is false.
 */
function renameIds(svg: string, rename: Rename, { definitions = true } = {}): string {
  return svg.replace(SEGMENT, (segment) => {
    if (!segment.startsWith('<')) return segment;
    if (!segment.startsWith('<style')) return renameInTag(segment, rename, definitions);
    const open = segment.indexOf('>') + 1;
    const close = segment.lastIndexOf('</style>');
    return `${renameInTag(segment.slice(0, open), rename, definitions)}${renameInCss(segment.slice(open, close), rename)}</style>`;
  });
}

/** Every id defined in `svg`'s markup, in order of appearance, without repeats. */
export function definedIds(svg: string): string[] {
  const ids = new Set<string>();
  for (const [segment] of svg.matchAll(SEGMENT)) {
    if (!segment.startsWith('<')) continue;
    const tag = segment.startsWith('<style') ? segment.slice(0, segment.indexOf('>') + 1) : segment;
    for (const [, id] of tag.matchAll(ID_ATTRIBUTE)) if (id !== undefined) ids.add(id);
  }
  return [...ids];
}

/**
 * Every id `svg` refers to: in `href`, ARIA and `for` attributes, in `url(#…)` anywhere (attribute,
 * inline style, stylesheet) and in the selectors of its <style>. What is defined and never in this
 * set is named by nothing in the SVG.
 */
export function referencedIds(svg: string): Set<string> {
  const ids = new Set<string>();
  renameIds(svg, (id) => {
    ids.add(id);
    return undefined;
  }, { definitions: false });
  return ids;
}

// A derived id's suffix ending in a number (`-classId-Animal-4`): the stem, and the number.
const NUMBERED_SUFFIX = /^([-_].+-)\d+$/;

/**
 * Rename the ids of an SVG Mermaid rendered as `renderId`: the root becomes the placeholder, ids
 * derived from it keep their suffix, every other id becomes `placeholder-N` in order of appearance.
 * A suffix ending in a number is numbered again by order of appearance among those with the same
 * stem: Mermaid's class diagrams number classes with a counter that runs across every diagram the
 * page has drawn (`classId-Animal-0` or `-4`, depending on what went before, which a warm
 * renderer page makes a matter of timing).
 */
export function canonicalIds(svg: string, renderId: string): string {
  // Derived ids are renamed wherever they appear, also when only referenced (a theme's CSS names
  // a gradient some diagrams never define).
  const derived = (id: string) =>
    id === renderId || (id.startsWith(renderId) && /^[-_]/.test(id.slice(renderId.length))) ? `${ID_PLACEHOLDER}${id.slice(renderId.length)}` : undefined;
  const names = new Map<string, string>();
  const stems = new Map<string, number>();
  let counter = 0;
  for (const id of definedIds(svg)) {
    const name = derived(id);
    const stem = name === undefined ? undefined : NUMBERED_SUFFIX.exec(name.slice(ID_PLACEHOLDER.length))?.[1];
    if (name === undefined) names.set(id, `${ID_PLACEHOLDER}-${counter++}`);
    else if (stem === undefined) names.set(id, name);
    else {
      const n = stems.get(stem) ?? 0;
      stems.set(stem, n + 1);
      names.set(id, `${ID_PLACEHOLDER}${stem}${n}`);
    }
  }
  return renameIds(svg, (id) => names.get(id) ?? derived(id));
}

/** Give a canonical SVG its page-unique `prefix` (must start with a letter). */
export function instantiateIds(canonical: string, prefix: string): string {
  return renameIds(canonical, (id) => (id.startsWith(ID_PLACEHOLDER) ? `${prefix}${id.slice(ID_PLACEHOLDER.length)}` : undefined));
}
