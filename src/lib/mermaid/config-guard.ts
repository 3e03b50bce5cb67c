/**
 * A diagram may configure itself (`%%{init: {...}}%%`, or `config:` in its own front matter), but
 * not the settings that keep diagrams safe and legible. Rejecting them says so; silently dropping
 * them (which Mermaid also does, see render-config.ts) would leave the author guessing.
 */
import { LOCKED_KEYS } from './render-config.ts';

type LockedKey = (typeof LOCKED_KEYS)[number];

/** Why each key is locked, and what to do instead. */
const REASONS: Record<LockedKey, string> = {
  securityLevel: 'Labbook renders every diagram with securityLevel "strict", so no label can run script or inject markup. Remove it.',
  themeCSS: 'diagram CSS would apply to the whole page. Remove it; use themeVariables for colours.',
  fontFamily: 'text is measured at build time in the site\'s diagram font, so labels fit their boxes on every screen. Remove it.',
  altFontFamily: 'text is measured at build time in the site\'s diagram font, so labels fit their boxes on every screen. Remove it.',
  htmlLabels: 'labels are SVG text, so markup in them is shown as text and never parsed. Remove it.',
};

/** A locked key a diagram tries to set. */
export interface LockedSetting {
  key: LockedKey;
  /** 1-based line inside the diagram. */
  line: number;
  /** What the author reads after "mermaid diagram ": which key, where, why it is locked, what to do. */
  message: string;
}

const DIRECTIVE = /%%\{[\s\S]*?\}%%/g;
const FRONT_MATTER = /^\s*---[ \t]*\n[\s\S]*?\n---[ \t]*$/m;
const KEY = new RegExp(`(?<![\\w$])["']?(${LOCKED_KEYS.join('|')})["']?\\s*:`, 'g');

/** Every locked key set in `source`'s directives or front matter, in order. */
export function findLockedSettings(source: string): LockedSetting[] {
  const blocks: { text: string; at: number }[] = [];
  const frontMatter = FRONT_MATTER.exec(source);
  if (frontMatter?.index === 0) blocks.push({ text: frontMatter[0], at: 0 });
  for (const match of source.matchAll(DIRECTIVE)) blocks.push({ text: match[0], at: match.index });
  const found: LockedSetting[] = [];
  for (const { text, at } of blocks) {
    for (const match of text.matchAll(KEY)) {
      const key = match[1] as LockedKey;
      const line = source.slice(0, at + match.index).split('\n').length;
      found.push({ key, line, message: `sets ${key} on line ${line} of the diagram, which Labbook controls: ${REASONS[key]}` });
    }
  }
  return found.sort((a, b) => a.line - b.line);
}
