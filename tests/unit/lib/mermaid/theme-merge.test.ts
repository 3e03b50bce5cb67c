import { describe, expect, it } from 'vitest';
import { diagramSvgs } from '../../../../src/lib/mermaid/markup.ts';
import { ID_PLACEHOLDER as P } from '../../../../src/lib/mermaid/svg-ids.ts';
import { mergeThemes, THEMED_CLASS } from '../../../../src/lib/mermaid/theme-merge.ts';

/** A canonical render in one theme's colours. */
const render = (theme: 'light' | 'dark', colours: { node: string; edge: string; text: string }, extra = '') =>
  `<svg class="flowchart mermaid-${theme}" role="img" aria-label="Flow" id="${P}" style="max-width: 200px;" viewBox="0 0 200 100">` +
  `<style>#${P}{font-family:arial;fill:${colours.text};}#${P} .node rect{fill:${colours.node};stroke:${colours.edge} !important;}@keyframes dash{to{stroke-dashoffset:0;}}</style>` +
  `<defs><filter id="${P}-shadow"><feDropShadow dx="4" flood-color="${colours.edge}"/></filter></defs>${extra}` +
  `<g class="node" id="${P}-A-0"><rect x="0" y="0" width="50" height="20" fill="${colours.node}" style="stroke:${colours.edge};stroke-width:1px"/><text x="5">a #fff label</text></g></svg>`;

const LIGHT = { node: '#ECECFF', edge: '#9370DB', text: '#333' };
const DARK = { node: '#1f2020', edge: '#ccc', text: 'lightgrey' };

describe('mergeThemes', () => {
  it('keeps one drawing and turns every value that differs into a custom property set per theme', () => {
    const merged = mergeThemes(render('light', LIGHT), render('dark', DARK));
    expect(merged).toBeDefined();
    expect(merged).toContain(`class="flowchart ${THEMED_CLASS}"`);
    expect(merged).toContain(`#${P}{--lbm0:#333;--lbm1:#ECECFF;--lbm2:#9370DB}[data-theme='dark'] #${P}{--lbm0:lightgrey;--lbm1:#1f2020;--lbm2:#ccc}`);
    // Stylesheet values, !important kept outside the variable; attributes and inline styles.
    expect(merged).toContain(`#${P} .node rect{fill:var(--lbm1);stroke:var(--lbm2)!important;}`);
    expect(merged).toContain('fill="var(--lbm1)" style="stroke:var(--lbm2);stroke-width:1px"');
    expect(merged).toContain('flood-color="var(--lbm2)"');
    // Geometry, text and at-rules as they were; one copy of each element.
    expect(merged).toContain('<text x="5">a #fff label</text>');
    expect(merged).toContain('@keyframes dash{to{stroke-dashoffset:0;}}');
    expect(merged?.match(/<rect /g)).toHaveLength(1);
  });

  it('gives the same bytes for the same pair', () => {
    expect(mergeThemes(render('light', LIGHT), render('dark', DARK))).toBe(mergeThemes(render('light', LIGHT), render('dark', DARK)));
  });

  it('keeps a definition only one theme has', () => {
    const gradient = `<linearGradient id="${P}-gradient"><stop offset="0%" stop-color="#ccc"/></linearGradient>`;
    const merged = mergeThemes(render('light', LIGHT), render('dark', DARK, gradient));
    expect(merged).toContain(gradient);
    expect(mergeThemes(render('light', LIGHT, `<defs>${gradient}</defs>`), render('dark', DARK))).toContain(`<defs>${gradient}</defs>`);
  });

  it('merges nothing when the drawings differ in more than themed values', () => {
    const light = render('light', LIGHT);
    const dark = render('dark', DARK);
    const cases = {
      'a label': dark.replace('a #fff label', 'another label'),
      geometry: dark.replace('width="50"', 'width="52"'),
      'an extra rule': dark.replace('@keyframes', `#${P} .x{fill:red;}@keyframes`),
      'another property': dark.replace('.node rect{fill:', '.node rect{color:'),
      'an extra element': dark.replace('</g></svg>', '<circle r="2"/></g></svg>'),
      'a reference': dark.replace(`id="${P}-shadow"`, `id="${P}-shadow2"`).replace('</g></svg>', `<use href="#${P}-shadow2"/></g></svg>`),
      'an !important in one theme only': dark.replace('!important', ''),
      'another root': dark.replace(`id="${P}"`, 'id="other"'),
    };
    for (const [what, other] of Object.entries(cases)) expect(mergeThemes(light, other), what).toBeUndefined();
  });

  it('ids numbered differently (a counter across renders) keep the light ones', () => {
    const merged = mergeThemes(render('light', LIGHT), render('dark', DARK).replace(`${P}-A-0`, `${P}-A-2`));
    expect(merged).toContain(`id="${P}-A-0"`);
    expect(merged).not.toContain(`${P}-A-2`);
  });
});

describe('diagramSvgs', () => {
  it('gives one SVG with page-unique ids when the themes merge', () => {
    const inner = diagramSvgs(render('light', LIGHT), render('dark', DARK), 'm1-0').join('');
    expect(inner.match(/<svg /g)).toHaveLength(1);
    expect(inner).toContain('id="m1-0"');
    expect(inner).toContain("[data-theme='dark'] #m1-0{");
    expect(inner).not.toContain(P);
  });

  it('gives both SVGs when they do not', () => {
    const inner = diagramSvgs(render('light', LIGHT), render('dark', DARK).replace('a #fff label', 'b'), 'm1-0').join('');
    expect(inner.match(/<svg /g)).toHaveLength(2);
    expect(inner).toContain('id="m1-0-light"');
    expect(inner).toContain('id="m1-0-dark"');
  });

  it('rounds coordinates before merging and leaves out what draws nothing', () => {
    const shape = (theme: 'light' | 'dark') => `<path d="M0.123456 ${theme === 'light' ? '1.000001' : '0.999999'} L5 5" style=""/>`;
    const inner = diagramSvgs(render('light', LIGHT, shape('light')), render('dark', DARK, shape('dark')), 'm1-0').join('');
    // The last digits differed between the two drawings; rounded, they are one drawing.
    expect(inner.match(/<svg /g)).toHaveLength(1);
    expect(inner).toContain('<path d="M0.12 1 L5 5"/>');
    // The drop shadow nothing uses, and the <defs> it was in.
    expect(inner).not.toContain('<filter');
    expect(inner).not.toContain('<defs');
  });
});
