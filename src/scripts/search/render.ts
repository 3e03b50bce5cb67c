/**
 * DOM for results and filter chips. Everything is built with createElement and textContent:
 * page text never becomes markup. Excerpts keep only Pagefind's <mark> (see lib/search/excerpt.ts).
 */
import { formatDay } from '../../lib/dates.ts';
import type { ExcerptPart } from '../../lib/search/excerpt.ts';
import type { Chip, FilterGroup } from '../../lib/search/filters.ts';
import type { SearchHit } from '../../lib/search/results.ts';

/** `tag('span', 'search-hit__title', 'Text')` */
function tag<K extends keyof HTMLElementTagNameMap>(name: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(name);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** An excerpt as text nodes and <mark> elements. */
export function excerptElement(parts: ExcerptPart[], className: string): HTMLElement {
  const el = tag('span', className);
  for (const part of parts) el.append(part.mark ? tag('mark', undefined, part.text) : document.createTextNode(part.text));
  return el;
}

/** An option of the results listbox: a link, so it also works with a mouse or a screen reader's browse mode. */
function option(id: string, url: string, className: string): HTMLAnchorElement {
  const link = tag('a', className);
  link.id = id;
  link.href = url;
  link.setAttribute('role', 'option');
  link.setAttribute('aria-selected', 'false');
  // Arrow keys move through the options from the input; Tab goes on to the next control.
  link.tabIndex = -1;
  return link;
}

/** List items for one page and the headings of it that matched; `id` prefixes the options' ids. */
export function hitItems(hit: SearchHit, id: string): HTMLLIElement[] {
  const page = option(id, hit.url, 'search-hit');
  const head = tag('span', 'search-hit__head');
  if (hit.kind) head.append(tag('span', `search-hit__kind search-hit__kind--${hit.kind.toLowerCase().replace(/[^a-z]/g, '')}`, hit.kind));
  head.append(tag('span', 'search-hit__title', hit.title));
  page.append(head);
  if (hit.excerpt.length) page.append(excerptElement(hit.excerpt, 'search-hit__excerpt'));
  const facts = [hit.date && formatDay(hit.date), hit.category, ...hit.tags.map((t) => `#${t}`)].filter(Boolean) as string[];
  if (facts.length) {
    const meta = tag('span', 'search-hit__meta');
    for (const fact of facts) meta.append(tag('span', undefined, fact));
    page.append(meta);
  }
  const items = [page, ...hit.sections.map((section, i) => {
    const link = option(`${id}-${i + 1}`, section.url, 'search-hit search-hit--section');
    link.append(tag('span', 'search-hit__title', section.title));
    if (section.excerpt.length) link.append(excerptElement(section.excerpt, 'search-hit__excerpt'));
    return link;
  })];
  return items.map((link) => {
    const item = tag('li');
    item.setAttribute('role', 'none');
    item.append(link);
    return item;
  });
}

/** One group of filter chips: toggle buttons with their result counts. */
export function chipGroup(group: FilterGroup, chips: Chip[], id: string): HTMLElement {
  const wrapper = tag('div', 'search-filter');
  wrapper.setAttribute('role', 'group');
  const label = tag('span', 'search-filter__label', group.label);
  label.id = `${id}-filter-${group.name}`;
  wrapper.setAttribute('aria-labelledby', label.id);
  const list = tag('ul', 'search-filter__chips');
  for (const chip of chips) {
    const button = tag('button', 'search-chip');
    button.type = 'button';
    button.dataset.filter = group.name;
    button.dataset.value = chip.value;
    button.setAttribute('aria-pressed', String(chip.selected));
    // The space keeps the visible text ("Training 3") inside the spoken name (WCAG 2.5.3, label in name).
    button.append(tag('span', undefined, chip.value), ' ', tag('span', 'search-chip__count', String(chip.count)));
    button.setAttribute('aria-label', `${chip.value}, ${chip.count} ${chip.count === 1 ? 'result' : 'results'}`);
    const item = tag('li');
    item.append(button);
    list.append(item);
  }
  wrapper.append(label, list);
  return wrapper;
}
