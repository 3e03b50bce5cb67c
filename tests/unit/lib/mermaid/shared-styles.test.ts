import { describe, expect, it } from 'vitest';
import { shareStyles, topLevelRules } from '../../../../src/lib/mermaid/shared-styles.ts';

const SHEET = (id: string) => `#${id}{font-family:arial;}#${id} .node rect{fill:var(--lbm0);}@keyframes dash{to{stroke-dashoffset:0;}}`;
const svg = (id: string, css = SHEET(id), cls = 'flowchart mermaid-themed') => `<svg class="${cls}" id="${id}"><style>${css}</style><g><rect/></g></svg>`;

describe('topLevelRules', () => {
  it('splits a sheet into rules, an at-rule with its nested rules being one', () => {
    expect(topLevelRules('#a{x:1}@keyframes k{to{y:0}}#a b{z:2}')).toEqual(['#a{x:1}', '@keyframes k{to{y:0}}', '#a b{z:2}']);
    expect(topLevelRules('#a{x:1')).toBeUndefined();
    expect(topLevelRules('#a{x:1}}')).toBeUndefined();
  });
});

describe('shareStyles', () => {
  it('keeps a sheet two diagrams share once, in the first; both take its class', () => {
    const [first, second] = shareStyles([svg('m1-0'), svg('m1-1')]);
    const cls = /class="flowchart mermaid-themed (lbms-[0-9a-f]{10})"/.exec(first ?? '')?.[1];
    expect(cls).toBeDefined();
    expect(first).toContain(`<style>:where(.${cls}):not(#lbms){font-family:arial;}:where(.${cls}):not(#lbms) .node rect{fill:var(--lbm0);}@keyframes dash{to{stroke-dashoffset:0;}}</style>`);
    expect(second).toBe(`<svg class="flowchart mermaid-themed ${cls}" id="m1-1"><g><rect/></g></svg>`);
  });

  it('gives different sheets different classes', () => {
    const [a, b] = shareStyles([svg('m1-0'), svg('m1-1', SHEET('m1-1').replace('arial', 'serif'))]);
    expect(a).toContain('<style>');
    expect(b).toContain('<style>');
    expect(/lbms-\w+/.exec(a ?? '')?.[0]).not.toBe(/lbms-\w+/.exec(b ?? '')?.[0]);
  });

  it("keeps rules that set custom properties to the diagram's own elements with that diagram", () => {
    const css = (id: string) => `${SHEET(id)}[data-theme='dark'] #${id}{--lbm0:url(#${id}-gradient)}`;
    const [, second] = shareStyles([svg('m1-0', css('m1-0')), svg('m1-1', css('m1-1'))]);
    expect(second).toContain("<style>[data-theme='dark'] #m1-1{--lbm0:url(#m1-1-gradient)}</style>");
  });

  it('leaves a sheet alone when another rule names an element by id', () => {
    const css = `${SHEET('m1-0')}#m1-0 .edge{marker-end:url(#m1-0-arrow)}`;
    expect(shareStyles([svg('m1-0', css)])).toEqual([svg('m1-0', css)]);
    const selector = `${SHEET('m1-0')}#m1-0-marker path{fill:red}`;
    expect(shareStyles([svg('m1-0', selector)])).toEqual([svg('m1-0', selector)]);
  });

  it('does not mistake a longer id for the root (#m1-0 is not #m1-0-x)', () => {
    const css = `#m1-0{a:b}#m1-0-x{c:d}`;
    expect(shareStyles([svg('m1-0', css)])).toEqual([svg('m1-0', css)]);
  });
});

describe('shareStyles, the dark colours of a diagram', () => {
  const css = (id: string) => `${SHEET(id)}[data-theme='dark'] #${id}{--lbm0:#ccc;--lbm1:url(#${id}-gradient);--lbm2:hsl(0, 0%, 34%)}`;

  it('shares those that name no element and keeps the one naming its own gradient with each diagram', () => {
    const [first, second] = shareStyles([svg('m1-0', css('m1-0')), svg('m1-1', css('m1-1'))]);
    const cls = /lbms-[0-9a-f]{10}/.exec(first ?? '')?.[0];
    expect(first).toContain(`[data-theme='dark'] :where(.${cls}):not(#lbms){--lbm0:#ccc;--lbm2:hsl(0, 0%, 34%)}`);
    expect(first).toContain("[data-theme='dark'] #m1-0{--lbm1:url(#m1-0-gradient)}</style>");
    expect(second).toBe(`<svg class="flowchart mermaid-themed ${cls}" id="m1-1"><style>[data-theme='dark'] #m1-1{--lbm1:url(#m1-1-gradient)}</style><g><rect/></g></svg>`);
  });

  it('gives diagrams with other dark colours another class', () => {
    const [a, b] = shareStyles([svg('m1-0', css('m1-0')), svg('m1-1', css('m1-1').replace('#ccc', '#ddd'))]);
    expect(/lbms-\w+/.exec(a ?? '')?.[0]).not.toBe(/lbms-\w+/.exec(b ?? '')?.[0]);
  });

  it('keeps a whole rule with its diagram when its selector names another element', () => {
    const other = `${SHEET('m1-0')}[data-theme='dark'] #m1-0-node{--lbm0:#ccc;--lbm1:url(#m1-0-gradient)}`;
    expect(shareStyles([svg('m1-0', other)])[0]).toContain("[data-theme='dark'] #m1-0-node{--lbm0:#ccc;--lbm1:url(#m1-0-gradient)}</style>");
  });
});

describe('shareStyles, replacement patterns', () => {
  it("writes a sheet with $' and $& in it as it is", () => {
    const css = (id: string) => `#${id}{font-family:arial;}#${id} [id$='-end'],#${id} [title$='a$&b']{fill:red;}`;
    const [first] = shareStyles([svg('m1-0', css('m1-0')), svg('m1-1', css('m1-1'))]);
    expect(first).toMatch(/\[id\$='-end'\],:where\(\.lbms-\w+\):not\(#lbms\) \[title\$='a\$&b'\]\{fill:red;\}<\/style><g><rect\/><\/g><\/svg>$/);
  });
});
