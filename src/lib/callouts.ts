/**
 * Callouts: GitHub alerts (`> [!NOTE]`), Obsidian callouts (`> [!tip]- Custom title`) and MkDocs
 * admonitions (`!!! warning "Title"`, rewritten to the blockquote form by admonitions.ts) share one
 * header rule and one look. Every type maps onto one of GitHub's five looks (colour and icon), so
 * a wiki that mixes dialects still reads as one site.
 */

/** GitHub's five alert looks; every other type is drawn as one of them. */
export type CalloutLook = 'note' | 'tip' | 'important' | 'warning' | 'caution';

/** Obsidian's and MkDocs Material's types (and their aliases), by the look they get. */
const LOOKS: Record<CalloutLook, readonly string[]> = {
  note: ['note', 'info', 'todo', 'abstract', 'summary', 'tldr', 'quote', 'cite', 'example', 'seealso'],
  tip: ['tip', 'hint', 'success', 'check', 'done'],
  important: ['important', 'question', 'help', 'faq'],
  warning: ['warning', 'attention'],
  caution: ['caution', 'danger', 'error', 'failure', 'fail', 'missing', 'bug'],
};

const LOOK_OF = new Map<string, CalloutLook>(
  (Object.entries(LOOKS) as [CalloutLook, readonly string[]][]).flatMap(([look, types]) => types.map((type) => [type, look] as const)),
);

/** The types Labbook understands, for "did you mean" and the README. */
export const CALLOUT_TYPES: readonly string[] = [...LOOK_OF.keys()];

/** `[!type]`, an optional fold sign, an optional title: the first line of a callout. */
const HEADER = /^\[!([A-Za-z][\w-]*)\]([+-]?)(?:[ \t]+(.*))?$/;
/** Starts like a callout header but is not one (`[!]`, `[! NOTE]`, `[!NOTE ]`): worth a warning. */
const ALMOST_HEADER = /^\[![^\]\n]*\]/;

export interface CalloutHeader {
  /** The type as written, lower-cased (`note`, `nottte`). */
  type: string;
  /** The look it gets; `note` for an unknown type. */
  look: CalloutLook;
  /** False when the type is not one Labbook knows (it is then drawn as a note, with a warning). */
  known: boolean;
  /** `-`: folded (`<details>`), `+`: foldable and open, '': not foldable. */
  fold: '' | '-' | '+';
  /** The rest of the line after the marker, trimmed ('' when none). */
  titleText: string;
}

/** The header on the first line of a blockquote, if the line starts with one. */
export function parseCalloutHeader(firstLine: string): CalloutHeader | undefined {
  const match = HEADER.exec(firstLine.trimEnd());
  if (!match) return undefined;
  const type = (match[1] ?? '').toLowerCase();
  const look = LOOK_OF.get(type);
  return { type, look: look ?? 'note', known: look !== undefined, fold: (match[2] ?? '') as CalloutHeader['fold'], titleText: (match[3] ?? '').trim() };
}

/** True when a line starts like a callout marker but {@link parseCalloutHeader} does not accept it. */
export function looksLikeMalformedHeader(firstLine: string): boolean {
  return ALMOST_HEADER.test(firstLine) && parseCalloutHeader(firstLine) === undefined;
}

/** The title shown when the author gave none: the type, capitalised (`Note`, `Faq`). */
export function defaultTitle(type: string): string {
  return type.charAt(0).toUpperCase() + type.slice(1);
}
