import { KINDS, type KindName } from './content/kinds.ts';

/** A link of the header's main navigation. */
export interface NavItem {
  /** Site-relative URL (without base); pages under it mark the item current. */
  url: string;
  label: string;
}

/** Which optional page kinds the wiki has (a kind left out counts as absent). */
export type WikiKinds = Readonly<Partial<Record<KindName, boolean>>>;

/** The ways into the TILs, right after them: weekly summaries, tags, categories (one click away). */
const TIL_LISTS: NavItem[] = [
  { url: '/til/weekly/', label: 'Weekly' },
  { url: '/tags/', label: 'Tags' },
  { url: '/categories/', label: 'Categories' },
];

/**
 * The header's sections, from the registry of kinds: those shown always (TILs, docs) and those the
 * wiki has (model cards, playbooks, API specs), with the TIL lists after TILs and issues last.
 */
export function mainNav(kinds: WikiKinds): NavItem[] {
  const items: NavItem[] = [];
  for (const kind of KINDS) {
    if (!('nav' in kind)) continue;
    const nav: { url: string; label: string; always?: boolean } = kind.nav;
    if (!nav.always && !kinds[kind.name]) continue;
    items.push({ url: nav.url, label: nav.label });
    if (kind.name === 'til') items.push(...TIL_LISTS);
  }
  return [...items, { url: '/issues/', label: 'Issues' }];
}

/**
 * The item a page belongs to: the longest URL its path starts with, so /til/weekly/… is "Weekly",
 * not "TILs". Undefined outside every section (the home page, search).
 */
export function currentNavItem(items: readonly NavItem[], path: string): NavItem | undefined {
  let best: NavItem | undefined;
  for (const item of items) if (path.startsWith(item.url) && item.url.length > (best?.url.length ?? 0)) best = item;
  return best;
}
