/**
 * Small conversions from spec values to what a page shows: JSON literals, pretty JSON, and URLs
 * that may become links.
 */

/** Examples longer than this are cut, so one pasted payload cannot make a page megabytes long. */
export const MAX_EXAMPLE_CHARS = 8_000;

/** A value as a compact JSON literal: `"active"`, `3`, `null`, `[1,2]`. */
export function jsonLiteral(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

/** An example as shown in a code block: strings as they are, anything else as indented JSON. */
export function exampleText(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value, null, 2) ?? String(value));
  return text.length > MAX_EXAMPLE_CHARS ? `${text.slice(0, MAX_EXAMPLE_CHARS)}\n… (cut: the example is longer than ${MAX_EXAMPLE_CHARS} characters)` : text;
}

/**
 * The URL when it is an absolute http(s) URL, else undefined: `javascript:`, `data:`, relative and
 * malformed URLs in a spec never become links.
 */
export function httpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!/^https?:\/\//i.test(trimmed)) return undefined;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? trimmed : undefined;
  } catch {
    return undefined;
  }
}

/** A non-empty trimmed string, else undefined. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** A plain object (not an array, not null), else undefined. */
export function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** Drop keys whose value is undefined, so stored data and snapshots hold only what is there. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
