import { describe, expect, it } from 'vitest';
import { refusalOfDrawnSvg } from '../../../../src/lib/mermaid/drawn-svg-check.ts';

const svg = (type: string, body: string) => `<svg id="r-0" aria-roledescription="${type}" viewBox="0 0 1 1"><style>.a{fill:red}</style>${body}</svg>`;

describe('refusalOfDrawnSvg', () => {
  it("refuses Mermaid's error picture", () => {
    expect(refusalOfDrawnSvg(svg('error', '<text class="error-text">Syntax error in text</text>'), 'error')).toMatch(/^does not parse: Mermaid drew its "Syntax error in text" picture/);
  });

  it('refuses the box Mermaid draws for a diagram over maxTextSize, its words split into tspans', () => {
    const drawn = svg('flowchart-v2', '<g><text><tspan>Maximum</tspan> <tspan>text</tspan>\n<tspan>size in diagram</tspan> <tspan>exceeded</tspan></text></g>');
    expect(refusalOfDrawnSvg(drawn, 'flowchart LR\n  A --> B')).toMatch(/^is too long for Mermaid: its text is over 50,000 characters/);
    // A diagram that says so itself is a drawing of that diagram.
    expect(refusalOfDrawnSvg(drawn, 'flowchart LR\n  a[Maximum text size in diagram exceeded]')).toBeUndefined();
  });

  it('refuses HTML labels, except in mind maps (escaped on purpose)', () => {
    const html = '<foreignObject><div><a href="https://x">x</a></div></foreignObject>';
    expect(refusalOfDrawnSvg(svg('flowchart-v2', html), 'flowchart LR')).toMatch(/^came out with HTML labels \(<foreignObject>\)/);
    expect(refusalOfDrawnSvg(svg('mindmap', html), 'mindmap')).toBeUndefined();
  });

  it('accepts a drawing', () => {
    expect(refusalOfDrawnSvg(svg('flowchart-v2', '<g><text>A</text></g>'), 'flowchart LR\n  A')).toBeUndefined();
  });
});
