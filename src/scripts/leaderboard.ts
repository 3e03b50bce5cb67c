/**
 * Leaderboards (src/components/experiments/Leaderboard.astro): sort buttons in the headers, with
 * aria-sort, and a filter box. The static table is complete without this; self-contained (no
 * imports) so a test can run it as it is in a page.
 */
export function enhanceLeaderboards(root: Document): void {
  for (const table of root.querySelectorAll<HTMLTableElement>('table[data-leaderboard]')) {
    const body = table.tBodies[0];
    const heads = [...(table.tHead?.rows[0]?.cells ?? [])];
    if (!body) continue;
    heads.forEach((th, column) => {
      const button = root.createElement('button');
      button.type = 'button';
      button.append(...th.childNodes);
      th.append(button);
      button.addEventListener('click', () => {
        const ascending = th.getAttribute('aria-sort') !== 'ascending';
        for (const other of heads) other.removeAttribute('aria-sort');
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        const key = (row: HTMLTableRowElement) => row.cells[column]?.dataset.value ?? '';
        const rows = [...body.rows].sort((a, b) => {
          const [x, y] = [key(a), key(b)];
          // Not stated: last in either order.
          if (!x || !y) return x ? -1 : y ? 1 : 0;
          const order = th.dataset.sort === 'number' ? Number(x) - Number(y) : x.localeCompare(y, undefined, { numeric: true });
          return ascending ? order : -order;
        });
        body.append(...rows);
      });
    });
    const label = table.closest('.leaderboard')?.querySelector<HTMLElement>('.leaderboard__filter');
    const input = label?.querySelector('input');
    if (!label || !input) continue;
    label.hidden = false;
    input.addEventListener('input', () => {
      const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      for (const row of body.rows) row.hidden = !words.every((word) => (row.textContent ?? '').toLowerCase().includes(word));
    });
  }
}
