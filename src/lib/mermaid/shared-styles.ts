/**
 * One stylesheet per page for diagrams that share it. Mermaid puts a whole stylesheet (5 to 12 KB)
 * into every SVG, scoped to that SVG's id, and it is the same for every diagram of a type: on
 * Mermaid's flowchart docs page, 110 diagrams carried 630 KB of CSS in 5 distinct sheets. Here the
 * scope becomes a class named after the rules' content; the first diagram of a page with those
 * rules keeps them, the others only take the class.
 *
 * Rules that name another element by id (`url(#…-gradient)`) stay with their diagram, whose own
 * element they name; so that the cascade cannot change, that is only done for rules that set
 * custom properties (theme-merge.ts), and a sheet with any other such rule is left as it is. Of a
 * rule setting the root's custom properties only the declarations naming an element stay: the
 * dark theme's 16 colours of a flowchart are shared, its `url(#…-gradient)` is not.
 */
import { createHash } from 'node:crypto';

const ROOT = /^<svg\b([^>]*)>/;
const ID = /\sid="([^"]+)"/;
const CLASS = /\sclass="([^"]*)"/;
const STYLE = /<style>([\s\S]*?)<\/style>/;

/** A CSS id selector for `id`, not a longer id that starts with it (`#m1-0`, not `#m1-0-gradient`). */
const idPattern = (id: string) => new RegExp(`#${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'g');

/** Top-level rules of a stylesheet (an at-rule with its nested block is one rule); undefined if braces don't balance. */
export function topLevelRules(css: string): string[] | undefined {
  const rules: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    const char = css[i];
    if (char === '{') depth++;
    else if (char === '}') {
      if (--depth < 0) return undefined;
      if (depth === 0) {
        rules.push(css.slice(start, i + 1));
        start = i + 1;
      }
    }
  }
  if (depth !== 0 || css.slice(start).trim() !== '') return undefined;
  return rules;
}

/** Whether every declaration of a plain rule sets a custom property. */
const setsOnlyCustomProperties = (rule: string) =>
  !rule.trimStart().startsWith('@') &&
  rule
    .slice(rule.indexOf('{') + 1, -1)
    .split(';')
    .every((declaration) => declaration.trim() === '' || declaration.trim().startsWith('--'));

/**
 * A plain rule of custom properties as two rules with its selector: the declarations that do not
 * name an element (`url(#…)`) and those that do; an empty string for a part without declarations.
 * Both set custom properties on the same elements with the same weight, none the same property, so
 * where each one is written does not change what applies.
 */
function splitByReference(rule: string): [string, string] {
  const open = rule.indexOf('{');
  const selector = rule.slice(0, open);
  const declarations = rule.slice(open + 1, -1).split(';').filter((declaration) => declaration.trim() !== '');
  const part = (names: boolean) => {
    const chosen = declarations.filter((declaration) => declaration.includes('url(') === names);
    return chosen.length > 0 ? `${selector}{${chosen.join(';')}}` : '';
  };
  return [part(false), part(true)];
}

/** Selectors of a rule and of the rules nested in it: the text before each `{`. */
const selectorsOf = (rule: string) =>
  rule
    .split(/([{}])/)
    .filter((_, i, parts) => parts[i + 1] === '{')
    .join(' ');

/**
 * The SVGs of one page (ids already unique on the page), with the rules that two or more of them
 * share kept once, in the first. An SVG whose sheet cannot be shared is returned as it was.
 */
export function shareStyles(svgs: readonly string[]): string[] {
  const seen = new Set<string>();
  return svgs.map((svg) => {
    const root = ROOT.exec(svg);
    const id = root ? ID.exec(root[1] ?? '')?.[1] : undefined;
    const style = STYLE.exec(svg);
    if (!root || id === undefined || !style) return svg;
    const rules = topLevelRules(style[1] ?? '');
    if (!rules) return svg;
    const own = idPattern(id);
    const shared: string[] = [];
    const private_: string[] = [];
    for (const rule of rules) {
      const selectors = selectorsOf(rule).replace(own, '');
      const selectsOther = /#[A-Za-z_-]/.test(selectors);
      if (!selectsOther && !rule.includes('url(')) shared.push(rule.replace(own, '#\u0000'));
      else if (!setsOnlyCustomProperties(rule)) return svg;
      else if (selectsOther) private_.push(rule);
      else {
        // The root's dark colours: one names the diagram's own gradient, the others are shared.
        const [common, naming] = splitByReference(rule);
        if (common) shared.push(common.replace(own, '#\u0000'));
        if (naming) private_.push(naming);
      }
    }
    if (shared.length === 0) return svg;
    const neutral = shared.join('');
    const cls = `lbms-${createHash('sha256').update(neutral).digest('hex').slice(0, 10)}`;
    // `:where(.c):not(#x)` weighs exactly one id, so every rule wins or loses as it did with `#id`.
    const sheet = neutral.replaceAll('#\u0000', `:where(.${cls}):not(#lbms)`);
    const classes = CLASS.exec(root[1] ?? '');
    const rootTag = classes ? root[0].replace(CLASS, () => ` class="${classes[1]} ${cls}"`) : root[0].replace(/^<svg\b/, `<svg class="${cls}"`);
    const keep = !seen.has(cls);
    seen.add(cls);
    const css = (keep ? sheet : '') + private_.join('');
    return rootTag + svg.slice(root[0].length).replace(STYLE, () => (css ? `<style>${css}</style>` : ''));
  });
}
