import { describe, expect, it } from 'vitest';
import { canonicalIds, definedIds, ID_PLACEHOLDER, instantiateIds, referencedIds } from '../../../../src/lib/mermaid/svg-ids.ts';

const P = ID_PLACEHOLDER;
// The shapes of ids Mermaid produces: the render id, ids derived from it, the author's names, counters.
const svg = (id: string, gradient: number) =>
  `<svg id="${id}" aria-labelledby="chart-title-${id}" aria-describedby="chart-desc-${id}"><style>#${id}{fill:#333;}#${id} .node rect{stroke:#fff;}#Bob text{fill:url(#linearGradient-${gradient});}@media (min-width:1px){#${id} .edge{color:#fff}}</style>` +
  `<title id="chart-title-${id}">T</title><desc id="chart-desc-${id}">D</desc>` +
  `<marker id="${id}_flowchart-pointEnd"/><g id="Bob"><text>id="Bob" #Bob url(#Bob)</text></g>` +
  `<linearGradient id="linearGradient-${gradient}"/><path marker-end="url(#${id}_flowchart-pointEnd)" style="fill: url(&quot;#linearGradient-${gradient}&quot;)"/>` +
  `<use href="#Bob" xlink:href="#Bob"/><a href="https://example.com/#Bob"/></svg>`;

describe('canonicalIds', () => {
  const canonical = canonicalIds(svg('render-3', 7), 'render-3');

  it('renames the render id, keeps suffixes of ids derived from it, numbers the others', () => {
    expect(definedIds(canonical)).toEqual([P, `${P}-0`, `${P}-1`, `${P}_flowchart-pointEnd`, `${P}-2`, `${P}-3`]);
  });

  it('follows every kind of reference: aria lists, url(), href, xlink:href, selectors', () => {
    expect(canonical).toContain(`aria-labelledby="${P}-0" aria-describedby="${P}-1"`);
    expect(canonical).toContain(`marker-end="url(#${P}_flowchart-pointEnd)"`);
    expect(canonical).toContain(`style="fill: url(&quot;#${P}-3&quot;)"`);
    expect(canonical).toContain(`<use href="#${P}-2" xlink:href="#${P}-2"/>`);
    expect(canonical).toContain(`#${P}{fill:#333;}#${P} .node rect{stroke:#fff;}#${P}-2 text{fill:url(#${P}-3);}`);
    expect(canonical).toContain(`@media (min-width:1px){#${P} .edge{color:#fff}}`);
  });

  it('leaves text, colours and links to other pages alone', () => {
    expect(canonical).toContain('<text>id="Bob" #Bob url(#Bob)</text>');
    expect(canonical).toContain('{stroke:#fff;}');
    expect(canonical).toContain('<a href="https://example.com/#Bob"/>');
  });

  it('gives the same bytes whatever the render id and counters were', () => {
    expect(canonicalIds(svg('other-12', 41), 'other-12')).toBe(canonical);
  });

  it('does not mistake a longer render id for a derived one', () => {
    expect(definedIds(canonicalIds('<svg id="r-1"><g id="r-10"/></svg>', 'r-1'))).toEqual([P, `${P}-0`]);
  });
});

describe('instantiateIds', () => {
  it('gives every id and reference the page prefix', () => {
    const page = instantiateIds(canonicalIds(svg('render-0', 1), 'render-0'), 'm12345678-2-dark');
    expect(page).not.toContain(P);
    expect(definedIds(page)).toEqual(['m12345678-2-dark', 'm12345678-2-dark-0', 'm12345678-2-dark-1', 'm12345678-2-dark_flowchart-pointEnd', 'm12345678-2-dark-2', 'm12345678-2-dark-3']);
    expect(page).toContain('#m12345678-2-dark-2 text{fill:url(#m12345678-2-dark-3);}');
  });

  it('makes two copies of one diagram share no id', () => {
    const canonical = canonicalIds(svg('render-0', 1), 'render-0');
    const a = definedIds(instantiateIds(canonical, 'ma-0-light'));
    const b = definedIds(instantiateIds(canonical, 'ma-1-light'));
    expect(a.filter((id) => b.includes(id))).toEqual([]);
  });
});

describe('referencedIds', () => {
  it('lists what ARIA, hrefs, url() in attributes, styles and stylesheets and selectors name, not what is only defined', () => {
    expect([...referencedIds(svg('r', 7))].sort()).toEqual(['Bob', 'chart-desc-r', 'chart-title-r', 'linearGradient-7', 'r', 'r_flowchart-pointEnd']);
    expect([...referencedIds('<svg id="r"><marker id="unused"/><g id="node"/><text>url(#text)</text></svg>')]).toEqual([]);
  });
});

describe('canonicalIds, counters that run across renders', () => {
  it("numbers a derived id's trailing number by order of appearance per stem, wherever Mermaid's counter was", () => {
    const classes = (first: number) =>
      `<svg id="r"><style>#r [id$="-compositionStart"]{fill:red}</style><marker id="r_class-compositionStart"/><g id="r-classId-Animal-${first}"/><g id="r-classId-Duck-${first + 1}"/>` +
      `<g id="r-classId-Animal-${first + 7}"/><use href="#r-classId-Duck-${first + 1}"/></svg>`;
    const canonical = canonicalIds(classes(0), 'r');
    expect(canonicalIds(classes(4), 'r')).toBe(canonical);
    expect(definedIds(canonical)).toEqual([P, `${P}_class-compositionStart`, `${P}-classId-Animal-0`, `${P}-classId-Duck-0`, `${P}-classId-Animal-1`]);
    expect(canonical).toContain(`<use href="#${P}-classId-Duck-0"/>`);
  });
});
