/** A link of the header's main navigation. */
export interface NavItem {
  /** Site-relative URL (without base); pages under it mark the item current. */
  url: string;
  label: string;
}

/** Which optional page kinds the wiki has. */
export interface WikiKinds {
  models: boolean;
  playbooks: boolean;
  api: boolean;
}

/** The header's sections: TILs, tags and docs always; model cards, playbooks and API specs when the wiki has them. */
export function mainNav(kinds: WikiKinds): NavItem[] {
  return [
    { url: '/til/', label: 'TILs' },
    { url: '/tags/', label: 'Tags' },
    { url: '/docs/', label: 'Docs' },
    ...(kinds.models ? [{ url: '/models/', label: 'Models' }] : []),
    ...(kinds.playbooks ? [{ url: '/playbooks/', label: 'Playbooks' }] : []),
    ...(kinds.api ? [{ url: '/api/', label: 'API' }] : []),
    { url: '/issues/', label: 'Issues' },
  ];
}
