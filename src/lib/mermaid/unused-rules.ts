/**
 * The rules of a page's diagram stylesheets that style something on it. Mermaid writes every rule a
 * diagram type might need: a flowchart's sheet styles clusters, edge labels, icons, KaTeX, tooltips,
 * animated edges and the whole "neo" look, 7 KB, whether the diagram has any of them or not; on a
 * page with one flowchart the sheet was a third of the page's markup. A rule whose selectors match
 * no element of the page's diagrams styles nothing, so leaving it out changes no pixel.
 *
 * Selectors are matched by linkedom (css-select) against the page's SVGs, and whenever that could
 * be wrong, the rule is kept: a selector that does not start at a diagram's root (its id, or the
 * shared sheet's `:where(.lbms-…):not(#lbms)`, shared-styles.ts), one with a pseudo-class or
 * pseudo-element (`:hover` matches nothing here and something under the reader's pointer), one the
 * engine cannot read, every at-rule. Element names match whatever their case, so `foreignObject`
 * and `foreignobject` are both kept where there is one.
 */
import { parseHTML } from 'linkedom';
import { topLevelRules } from './shared-styles.ts';

const ROOT = /^<svg\b[^>]*>/;
const ROOT_ID = /\sid="([^"]+)"/;
const STYLE = /<style>([\s\S]*?)<\/style>/;
const SHARED_SCOPE = /:where\(\.(lbms-[0-9a-f]+)\):not\(#lbms\)/;

/** A selector list split at its top-level commas (not inside parentheses, brackets or quotes). */
export function selectorList(selectors: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < selectors.length; i++) {
    const char = selectors[i] as string;
    if (quote) {
      if (char === '\\') i++;
      else if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '(' || char === '[') depth++;
    else if (char === ')' || char === ']') depth--;
    else if (char === ',' && depth === 0) {
      parts.push(selectors.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(selectors.slice(start).trim());
  return parts;
}

/** Whether `selector` has a pseudo-class or pseudo-element (a colon outside brackets and quotes). */
function hasPseudo(selector: string): boolean {
  return /:/.test(selector.replace(/\[[^\]]*\]|"[^"]*"|'[^']*'/g, ''));
}

/**
 * The part of `selector` from the diagram's root on, as a selector linkedom can match against the
 * whole page: the root is `svg.lbms-…` (every diagram sharing the sheet) or `svg[id="…"]`. Undefined
 * when the selector does not start at a root this way, or could match where linkedom cannot tell.
 */
function fromRoot(selector: string, rootId: string | undefined): string | undefined {
  const shared = SHARED_SCOPE.exec(selector);
  let rest: string | undefined;
  if (shared) rest = `svg.${shared[1]}${selector.slice(shared.index + shared[0].length)}`;
  else if (rootId !== undefined) {
    const own = new RegExp(`#${rootId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`).exec(selector);
    if (own) rest = `svg[id="${rootId}"]${selector.slice(own.index + own[0].length)}`;
  }
  return rest === undefined || hasPseudo(rest) ? undefined : rest;
}

const NAMED_REFERENCES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * Text with its character references decoded. A serialised SVG writes `>` in its stylesheet as
 * `&gt;` (`text.actor&gt;tspan`), and the page's HTML parser reads it back as `>` before any
 * selector is matched; so must we.
 */
export function decodeReferences(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([\da-f]+)|([a-z]+));/gi, (all, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED_REFERENCES[name] ?? all;
    const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex ?? '', 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

/** Whether a plain rule may style an element of `document`: one of its selectors may match. */
function mayMatch(rule: string, rootId: string | undefined, matches: (selector: string) => boolean): boolean {
  if (rule.trimStart().startsWith('@')) return true;
  return selectorList(decodeReferences(rule.slice(0, rule.indexOf('{')))).some((selector) => {
    const rest = fromRoot(selector, rootId);
    return rest === undefined || matches(rest);
  });
}

/** The SVGs of one page, each `<style>` without the rules that match nothing on it (see above). */
export function dropUnusedRules(svgs: readonly string[]): string[] {
  if (!svgs.some((svg) => STYLE.test(svg))) return [...svgs];
  const { document } = parseHTML(`<!doctype html><html><body>${svgs.join('')}</body></html>`);
  const known = new Map<string, boolean>();
  const matches = (selector: string) => {
    let found = known.get(selector);
    if (found === undefined) {
      try {
        found = document.querySelector(selector) !== null;
      } catch {
        found = true;
      }
      known.set(selector, found);
    }
    return found;
  };
  return svgs.map((svg) => {
    const style = STYLE.exec(svg);
    const rules = style ? topLevelRules(style[1] ?? '') : undefined;
    if (!style || !rules) return svg;
    const rootId = ROOT_ID.exec(ROOT.exec(svg)?.[0] ?? '')?.[1];
    const kept = rules.filter((rule) => mayMatch(rule, rootId, matches)).join('');
    return svg.replace(STYLE, () => (kept ? `<style>${kept}</style>` : ''));
  });
}
