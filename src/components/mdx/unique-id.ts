// Ids handed out per page render. Keyed by the page's Request, so pages rendered at the same time
// never share a count, and a page's entry goes away with it.
const used = new WeakMap<Request, Map<string, number>>();

/** `base` the first time on this page, then `base-2`, `base-3`... */
export function uniqueId(request: Request, base: string): string {
  const seen = used.get(request) ?? new Map<string, number>();
  used.set(request, seen);
  const count = (seen.get(base) ?? 0) + 1;
  seen.set(base, count);
  return count === 1 ? base : `${base}-${count}`;
}
