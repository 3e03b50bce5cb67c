/**
 * YAML scalars for generated front matter. A JSON string is a valid YAML double-quoted scalar, so
 * quoting with JSON.stringify is safe for `: `, quotes, `#` and any Unicode.
 */
export function yamlQuoted(value: string): string {
  return JSON.stringify(value);
}

/** Words YAML parsers (core schema or YAML 1.1) read as booleans or null, not as text. */
const KEYWORDS = new Set(['true', 'false', 'null', 'yes', 'no', 'on', 'off', 'y', 'n']);

/**
 * A text value, in a flow list or after a key: plain when it is unmistakably text (starts with a letter; letters,
 * digits and `. _ + # / -` after it), quoted otherwise, so `2026`, `true` or `a, b` stay one string.
 */
export function yamlText(value: string): string {
  const plain = /^\p{L}[\p{L}\p{M}\p{N}._+#/-]*$/u.test(value) && !KEYWORDS.has(value.toLowerCase());
  return plain ? value : yamlQuoted(value);
}

/** `[pytorch, "mixed precision"]`; `[]` when empty. */
export function yamlFlowList(values: string[]): string {
  return `[${values.map(yamlText).join(', ')}]`;
}
