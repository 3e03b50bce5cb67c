import { defineHastPlugin, type HastPluginEntry } from 'satteri';

/** Longest accessible name given to a table's scroll region; the header text is cut at a word. */
const MAX_LABEL = 80;

/** Key of the per-document table counter in Sätteri's data bag. */
const COUNT = 'labbookTableCount';

/**
 * The accessible name of the n-th table's scroll region: `Table 2: Metric, Before, After`. The
 * number keeps two tables with the same columns apart (axe: landmarks need unique names).
 */
export function tableLabel(n: number, headers: readonly string[]): string {
  const text = headers.map((h) => h.replace(/\s+/g, ' ').trim()).filter(Boolean).join(', ');
  if (!text) return `Table ${n}`;
  const cut = text.length <= MAX_LABEL ? text : `${text.slice(0, text.lastIndexOf(' ', MAX_LABEL) > 0 ? text.lastIndexOf(' ', MAX_LABEL) : MAX_LABEL)}…`;
  return `Table ${n}: ${cut}`;
}

/**
 * Every table is wrapped in `<div class="table-scroll" role="region" tabindex="0" aria-label=…>`:
 * a wide table scrolls sideways inside it on a phone (with a shadow at the edge that hides
 * columns, global.css) instead of being cut at the screen edge, and keyboard users can scroll it.
 */
export function tableScroll(): HastPluginEntry {
  return defineHastPlugin({
    name: 'labbook-table-scroll',
    element: {
      filter: ['table'],
      visit(node, ctx) {
        const parent = ctx.parent(node);
        if (parent?.type === 'element' && Array.isArray(parent.properties?.className) && parent.properties.className.includes('table-scroll')) return;
        const n = (typeof ctx.data[COUNT] === 'number' ? ctx.data[COUNT] : 0) + 1;
        ctx.data[COUNT] = n;
        const headers: string[] = [];
        const collect = (el: typeof node) => {
          for (const child of el.children) {
            if (child.type !== 'element') continue;
            if (child.tagName === 'th') headers.push(ctx.textContent(child));
            else if (child.tagName !== 'tbody' && headers.length === 0) collect(child);
          }
        };
        collect(node);
        ctx.wrapNode(node, {
          type: 'element',
          tagName: 'div',
          properties: { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: tableLabel(n, headers) },
          children: [],
        });
      },
    },
  });
}
