// Tabs (src/components/mdx/Tabs.astro): selection synced by label across the page and remembered,
// keyboard as the WAI-ARIA tabs pattern (automatic activation: arrows move and select).

const STORAGE_KEY = 'labbook:tabs';
// Enough labels to remember a few choices (OS, package manager, framework) without growing forever.
const REMEMBERED = 20;

const groups = () => [...document.querySelectorAll<HTMLElement>('[data-tabs]')];
const tabsOf = (group: HTMLElement) => [...group.querySelectorAll<HTMLButtonElement>(':scope > [role="tablist"] > [role="tab"]')];

function remembered(): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((label): label is string => typeof label === 'string') : [];
  } catch {
    return []; // Storage off (private mode, blocked): choices last for the page only.
  }
}

function remember(label: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify([label, ...remembered().filter((l) => l !== label)].slice(0, REMEMBERED)));
  } catch {
    // As above: nothing to keep it in.
  }
}

/** Selects `tab` in its group: one tab selected and in the tab order, its panel alone shown. */
function select(group: HTMLElement, tab: HTMLButtonElement): void {
  for (const other of tabsOf(group)) {
    const selected = other === tab;
    other.setAttribute('aria-selected', String(selected));
    other.tabIndex = selected ? 0 : -1;
    const panel = document.getElementById(other.getAttribute('aria-controls') ?? '');
    if (panel) panel.hidden = !selected;
  }
}

/** Selects `label` in every group that has it, keeping `anchor` still on screen while groups above change height. */
function selectEverywhere(label: string, anchor?: HTMLElement): void {
  const before = anchor?.getBoundingClientRect().top;
  for (const group of groups()) {
    const tab = tabsOf(group).find((t) => t.dataset.label === label);
    if (tab) select(group, tab);
  }
  if (anchor && before !== undefined) window.scrollBy(0, anchor.getBoundingClientRect().top - before);
}

function choose(tab: HTMLButtonElement): void {
  const label = tab.dataset.label;
  if (!label) return;
  selectEverywhere(label, tab);
  remember(label);
}

for (const group of groups()) {
  if (group.dataset.tabsReady) continue;
  group.dataset.tabsReady = 'true';
  const tabs = tabsOf(group);
  // The most recently chosen label this group has, from earlier pages.
  const known = remembered().find((label) => tabs.some((t) => t.dataset.label === label));
  const start = tabs.find((t) => t.dataset.label === known);
  if (start) select(group, start);

  group.querySelector(':scope > [role="tablist"]')?.addEventListener('click', (event) => {
    const tab = (event.target as Element).closest<HTMLButtonElement>('[role="tab"]');
    if (tab) choose(tab);
  });
  group.querySelector(':scope > [role="tablist"]')?.addEventListener('keydown', (event) => {
    const key = (event as KeyboardEvent).key;
    const current = tabs.indexOf(document.activeElement as HTMLButtonElement);
    if (current < 0) return;
    const next =
      key === 'ArrowRight' ? (current + 1) % tabs.length
      : key === 'ArrowLeft' ? (current - 1 + tabs.length) % tabs.length
      : key === 'Home' ? 0
      : key === 'End' ? tabs.length - 1
      : -1;
    const tab = tabs[next];
    if (!tab) return;
    event.preventDefault();
    tab.focus();
    choose(tab);
  });
}
