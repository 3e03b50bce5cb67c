/**
 * A diagram may configure itself (`%%{init: {...}}%%`, or `config:` in its own front matter), but
 * not the settings that keep diagrams safe and legible. Rejecting them says so; silently dropping
 * them (which Mermaid also does, see render-config.ts) would leave the author guessing.
 *
 * The configuration is read the way Mermaid 11 reads it (its own patterns, its JSON parse of
 * directives, a YAML parse of front matter), and the keys are checked as parsed, at any depth: a
 * key written with an escape (`"html\u004cabels"`, YAML's `"html\x4cabels"`) is the same key.
 */
import { isScalar, parseDocument, visit } from 'yaml';
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

/** The values Labbook sets itself: a diagram that asks for them asks for nothing. */
const HARMLESS: Partial<Record<LockedKey, unknown>> = { htmlLabels: false, securityLevel: 'strict' };

/** A locked key a diagram tries to set. */
export interface LockedSetting {
  key: LockedKey;
  /** 1-based line inside the diagram. */
  line: number;
  /** What the author reads after "mermaid diagram ": which key, where, why it is locked, what to do. */
  message: string;
}

// Mermaid 11's own patterns (src/diagram-api/regexes.ts, src/utils.ts, src/preprocess.ts).
const FRONT_MATTER = /^([^\S\n\r]*)-{3}\s*[\n\r](.*?)[\n\r]\1-{3}\s*[\n\r]+/s;
const DIRECTIVE = /%{2}{\s*(?:(\w+)\s*:|(\w+))\s*(?:(\w+)|((?:(?!}%{2}).|\r?\n)*))?\s*(?:}%{2})?/gi;
const DIRECTIVE_WITHOUT_OPEN = /\s*(?:(\w+)(?=:):|(\w+))\s*(?:(\w+)|((?:(?!}%{2}).|\r?\n)*))?\s*(?:}%{2})?/;
const COMMENT_WITHOUT_DIRECTIVE = new RegExp(`[%]{2}(?![{]${DIRECTIVE_WITHOUT_OPEN.source})(?=[}][%]{2}).*\n`, 'ig');

/** Mermaid's cleanupText: LF line endings, attribute values of tags in single quotes. */
function cleanup(source: string): string {
  return source.replace(/\r\n?/g, '\n').replace(/<(\w+)([^>]*)>/g, (_, tag: string, attributes: string) => `<${tag}${attributes.replace(/="([^"]*)"/g, "='$1'")}>`);
}

const isLocked = (key: unknown): key is LockedKey => typeof key === 'string' && (LOCKED_KEYS as readonly string[]).includes(key);
const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** Every locked key, at any depth, of a parsed directive, with a value Labbook does not set itself. */
function lockedKeysIn(value: unknown, found: LockedKey[] = []): LockedKey[] {
  if (Array.isArray(value)) value.forEach((item) => lockedKeysIn(item, found));
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (isLocked(key) && HARMLESS[key] !== inner) found.push(key);
      lockedKeysIn(inner, found);
    }
  }
  return found;
}

/** The line of `key` inside the block at `from..to` of `text` when written plainly, else the block's first line. */
function keyLine(text: string, from: number, to: number, key: string): number {
  const at = text.slice(from, to).search(new RegExp(`(?<![\\w$])${key}(?![\\w$])`));
  return lineAt(text, from + Math.max(at, 0));
}

/** Locked keys of the front matter, as Mermaid's YAML reader sees it, with their lines. */
function frontMatterKeys(text: string): { key: LockedKey; line: number }[] {
  const match = FRONT_MATTER.exec(text);
  if (!match) return [];
  const indent = match[1] ?? '';
  const raw = match[2] ?? '';
  const body = indent ? raw.split('\n').map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line)).join('\n') : raw;
  // Each line of the body is one line of the diagram, after the opening `---` line.
  const first = lineAt(text, match.index + match[0].indexOf(raw));
  const found: { key: LockedKey; line: number }[] = [];
  // Every pair of every mapping, duplicates and anchored ones included: the YAML reader Mermaid
  // uses differs in details, so nothing any reader could see as a locked key is let through.
  visit(parseDocument(body, { uniqueKeys: false }), {
    Pair(_, pair) {
      if (!isScalar(pair.key) || !isLocked(pair.key.value)) return;
      const value = isScalar(pair.value) ? pair.value.value : pair.value;
      if (HARMLESS[pair.key.value] === value) return;
      found.push({ key: pair.key.value, line: first + lineAt(body, pair.key.range?.[0] ?? 0) - 1 });
    },
  });
  return found;
}

/** Locked keys of the `%%{...}%%` directives Mermaid reads from `text` (the diagram after its front matter). */
function directiveKeys(text: string, firstLine: number): { key: LockedKey; line: number }[] {
  // detectDirective: comments that are not directives dropped, then single quotes read as double.
  const read = text.trim().replace(COMMENT_WITHOUT_DIRECTIVE, '').replace(/'/gm, '"');
  const found: { key: LockedKey; line: number }[] = [];
  for (const match of read.matchAll(DIRECTIVE)) {
    const args = match[3] ? undefined : match[4]?.trim();
    if (!args) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(args);
    } catch {
      // Mermaid ignores a directive it cannot parse, so it sets nothing.
      continue;
    }
    const end = match.index + match[0].length;
    for (const key of lockedKeysIn(parsed)) found.push({ key, line: firstLine + keyLine(read, match.index, end, key) - 1 });
  }
  return found;
}

/** Every locked key set in `source`'s directives or front matter, in order. */
export function findLockedSettings(source: string): LockedSetting[] {
  const text = cleanup(source);
  const frontMatter = FRONT_MATTER.exec(text);
  const rest = frontMatter ? text.slice(frontMatter[0].length) : text;
  // detectDirective trims the text: its first line is the first one that is not blank.
  const leading = rest.length - rest.trimStart().length;
  const restLine = lineAt(text, text.length - rest.length + leading);
  const found = [...frontMatterKeys(text), ...directiveKeys(rest, restLine)];
  return found
    .sort((a, b) => a.line - b.line)
    .map(({ key, line }) => ({ key, line, message: `sets ${key} on line ${line} of the diagram, which Labbook controls: ${REASONS[key]}` }));
}
