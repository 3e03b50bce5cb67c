import { slug as githubSlug } from 'github-slugger';

/**
 * Ids the page layout and the API page components already use: an operation or tag anchor must
 * never take one of them.
 */
export const PAGE_IDS = ['main', 'search-dialog', 'toc-heading', 'related-heading', 'api-toc', 'api-servers', 'api-security', 'api-webhooks'] as const;

/** A URL-fragment-safe slug: GitHub's rules, runs of dashes collapsed, no dash at either end. */
export function anchorSlug(value: string): string {
  return githubSlug(value).replace(/-{2,}/g, '-').replace(/^-|-$/g, '');
}

/** `listModels` -> `listmodels`; without an operationId, `GET /v1/models/{id}` -> `get-v1-models-id`. */
export function operationAnchorBase(method: string, path: string, operationId?: string): string {
  const fromId = operationId ? anchorSlug(operationId) : '';
  return fromId || anchorSlug(`${method} ${path.replace(/[/{}]+/g, ' ')}`) || method.toLowerCase();
}

/**
 * Hands out ids unique on one page: the first `x` stays `x`, later ones become `x-2`, `x-3`...
 * Ids in `reserved` count as taken from the start.
 */
export function anchorAllocator(reserved: Iterable<string> = PAGE_IDS): (base: string) => string {
  const taken = new Set(reserved);
  return (base) => {
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  };
}
