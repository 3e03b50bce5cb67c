import { describe, expect, it } from 'vitest';
import { decodeReferences, dropUnusedRules, selectorList } from '../../../../src/lib/mermaid/unused-rules.ts';

const S = ':where(.lbms-0123456789):not(#lbms)';
const svg = (id: string, css: string | undefined, body: string, cls = 'flowchart lbms-0123456789') =>
  `<svg class="${cls}" id="${id}">${css === undefined ? '' : `<style>${css}</style>`}${body}</svg>`;
const NODE = '<g class="node"><rect/><g class="label"><text>A</text></g></g>';
const CLUSTER = '<g class="cluster"><rect/></g>';

describe('selectorList', () => {
  it('splits at top-level commas only', () => {
    expect(selectorList('a .b, c:not(.d, .e), [title="x, y"] f')).toEqual(['a .b', 'c:not(.d, .e)', '[title="x, y"] f']);
  });
});

describe('dropUnusedRules', () => {
  it('keeps the rules that style an element of any diagram sharing the sheet, drops the others', () => {
    const sheet = `${S}{--lbm0:#333}[data-theme='dark'] ${S}{--lbm0:#ccc}${S} .node rect{fill:red}${S} .cluster rect{fill:blue}${S} .edgeLabel p{color:red}${S} div.mermaidTooltip{position:absolute}`;
    const [first, second] = dropUnusedRules([svg('m-0', sheet, NODE), svg('m-1', undefined, CLUSTER)]);
    // The second diagram's cluster keeps the cluster rule in the first one's sheet.
    expect(first).toBe(svg('m-0', `${S}{--lbm0:#333}[data-theme='dark'] ${S}{--lbm0:#ccc}${S} .node rect{fill:red}${S} .cluster rect{fill:blue}`, NODE));
    expect(second).toBe(svg('m-1', undefined, CLUSTER));
  });

  it("matches a diagram's own rules (#id) against that diagram only", () => {
    const css = `#m-0{fill:#333}#m-0 .node rect{fill:red}#m-0 .cluster rect{fill:blue}[data-theme='dark'] #m-0{--lbm1:url(#m-0-gradient)}`;
    const [own] = dropUnusedRules([svg('m-0', css, NODE, 'flowchart'), svg('m-1', undefined, CLUSTER, 'flowchart')]);
    expect(own).toBe(svg('m-0', `#m-0{fill:#333}#m-0 .node rect{fill:red}[data-theme='dark'] #m-0{--lbm1:url(#m-0-gradient)}`, NODE, 'flowchart'));
  });

  it('keeps what it cannot judge: pseudo-classes, at-rules, selectors not from the root, odd selectors, any element-name case', () => {
    const css =
      `${S} .node:hover rect{fill:red}${S} .x::before{content:"a"}@keyframes dash{to{stroke-dashoffset:0;}}@media (min-width:1px){${S} .nothing{fill:red}}` +
      `.free .standing{fill:red}${S} .nothing,${S} .node{stroke:blue}${S} [data-x="a:b"] .node{fill:green}${S} foreignObject div{color:red}${S} .a[{fill:red}`;
    const body = `${NODE}<foreignObject><div>x</div></foreignObject>`;
    const [kept] = dropUnusedRules([svg('m-0', css, body)]);
    // Only the rule whose attribute selector matches nothing goes, the broken selector stays.
    expect(kept).toBe(svg('m-0', css.replace(`${S} [data-x="a:b"] .node{fill:green}`, ''), body));
  });

  it('reads selectors as the page does, character references decoded (a serialised SVG writes > as &gt;)', () => {
    const actor = `${S} text.actor&gt;tspan{fill:red}`;
    const body = '<text class="actor"><tspan>Alice</tspan></text>';
    expect(dropUnusedRules([svg('m-0', actor, body)])).toEqual([svg('m-0', actor, body)]);
    expect(dropUnusedRules([svg('m-0', actor, NODE)])).toEqual([svg('m-0', undefined, NODE)]);
    expect(decodeReferences('a&gt;b &lt;&amp;&quot;&apos; &#62;&#x3E; &unknown; &#0;')).toBe('a>b <&"\' >> &unknown; &#0;');
  });

  it('keeps suffix selectors that name markers which are there', () => {
    const css = `${S} [id$="-compositionStart"]{fill:red}${S} [id$="-lollipopEnd"]{fill:blue}`;
    const body = '<marker id="m-0_class-compositionStart"></marker>';
    expect(dropUnusedRules([svg('m-0', css, body)])).toEqual([svg('m-0', `${S} [id$="-compositionStart"]{fill:red}`, body)]);
  });

  it('drops a <style> left empty and writes $ patterns as they are', () => {
    expect(dropUnusedRules([svg('m-0', `${S} .none{fill:red}`, NODE)])).toEqual([svg('m-0', undefined, NODE)]);
    const dollar = `${S} [title$='a$&b'],${S} .node{fill:red}`;
    expect(dropUnusedRules([svg('m-0', dollar, NODE)])).toEqual([svg('m-0', dollar, NODE)]);
  });

  it('leaves SVGs without a stylesheet, or with one it cannot split, as they are', () => {
    const svgs = [svg('m-0', undefined, NODE), svg('m-1', `${S} .x{fill:red`, NODE)];
    expect(dropUnusedRules(svgs)).toEqual(svgs);
  });
});
