import type { Element, ElementContent, Root } from 'hast';

/** One `<Tab>` as Tabs finds it in its rendered slot. */
export interface TabPanel {
  label: string;
  children: ElementContent[];
}

/** The attribute a `<Tab>` marks its panel with, for its `<Tabs>` to find. */
export const TAB_LABEL = 'dataTabLabel';

/**
 * The tabs among the top-level nodes of a `<Tabs>` slot. Anything else there (text, an element
 * that is not a `<Tab>`) or a label used twice is an authoring mistake, thrown with what to do,
 * not dropped in silence. Nested `<Tabs>` are already rendered and are only content here.
 */
export function findTabPanels(slot: Root): TabPanel[] {
  const panels: TabPanel[] = [];
  for (const node of slot.children) {
    if (node.type === 'text' && !node.value.trim()) continue;
    if (node.type === 'comment' || node.type === 'doctype') continue;
    const label = node.type === 'element' ? node.properties?.[TAB_LABEL] : undefined;
    if (node.type !== 'element' || typeof label !== 'string') {
      throw new Error('<Tabs> holds only <Tab label="…"> elements; put other content inside a <Tab>.');
    }
    if (panels.some((panel) => panel.label === label)) throw new Error(`<Tabs> has two tabs labelled "${label}"; labels name the tabs and must differ.`);
    panels.push({ label, children: node.children });
  }
  if (panels.length === 0) throw new Error('<Tabs> needs at least one <Tab label="…">.');
  return panels;
}

/**
 * The WAI-ARIA tabs pattern over `panels`: a tablist of buttons (the first selected, the only one
 * in the tab order) and one tabpanel each, the others `hidden`. `id` prefixes the ids, unique on the
 * page. The browser script (src/scripts/tabs.ts) only moves the selection.
 */
export function tabsTree(panels: readonly TabPanel[], id: string): Element[] {
  const tabId = (i: number) => `${id}-tab-${i}`;
  const panelId = (i: number) => `${id}-panel-${i}`;
  const tabs: Element[] = panels.map((panel, i) => ({
    type: 'element',
    tagName: 'button',
    properties: { type: 'button', role: 'tab', id: tabId(i), ariaControls: [panelId(i)], ariaSelected: i === 0 ? 'true' : 'false', tabIndex: i === 0 ? 0 : -1, dataLabel: panel.label },
    children: [{ type: 'text', value: panel.label }],
  }));
  return [
    { type: 'element', tagName: 'div', properties: { role: 'tablist', className: ['tabs__list'] }, children: tabs },
    ...panels.map((panel, i): Element => ({
      type: 'element',
      tagName: 'div',
      // tabindex 0: Tab moves from the tablist into the panel even when it holds nothing focusable.
      properties: { role: 'tabpanel', id: panelId(i), ariaLabelledBy: [tabId(i)], tabIndex: 0, className: ['tabs__panel'], dataLabel: panel.label, hidden: i !== 0 },
      children: panel.children,
    })),
  ];
}
