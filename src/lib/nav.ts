import { KINDS, type KindName } from './content/kinds.ts';

/** A link of the header's main navigation. */
export interface NavItem {
  /** Site-relative URL (without base); pages under it mark the item current. */
  url: string;
  label: string;
}

/** Which optional page kinds the wiki has (a kind left out counts as absent). */
export type WikiKinds = Readonly<Partial<Record<KindName, boolean>>>;

/**
 * The header's sections, from the registry of kinds: those shown always (TILs, docs) and those the
 * wiki has (model cards, playbooks, API specs), with tags after TILs and issues last.
 */
export function mainNav(kinds: WikiKinds): NavItem[] {
  const items: NavItem[] = [];
  for (const kind of KINDS) {
    if (!('nav' in kind)) continue;
    const nav: { url: string; label: string; always?: boolean } = kind.nav;
    if (!nav.always && !kinds[kind.name]) continue;
    items.push({ url: nav.url, label: nav.label });
    if (kind.name === 'til') items.push({ url: '/tags/', label: 'Tags' });
  }
  return [...items, { url: '/issues/', label: 'Issues' }];
}
