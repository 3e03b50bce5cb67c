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

  it.each([
    ['a link', '<foreignObject><div><span><a href="https://x">x</a></span></div></foreignObject>'],
    ['an image', '<foreignObject><div><img src="https://x/p.png"></div></foreignObject>'],
    ['a positioned box', '<foreignObject><div style="position: fixed; inset: 0">Sign in again</div></foreignObject>'],
  ])('refuses HTML labels with %s', (_, html) => {
    expect(refusalOfDrawnSvg(svg('flowchart-v2', html), 'flowchart LR')).toMatch(/^came out with HTML in its labels/);
  });

  it('accepts text in <foreignObject>, as user journeys and mind maps draw it', () => {
    const journey = '<foreignObject x="1" y="2"><div class="task" xmlns="http://www.w3.org/1999/xhtml" style="display: table; height: 100%;"><div class="label" style="display: table-cell;">Code &lt;b&gt;x&lt;/b&gt;</div></div></foreignObject>';
    expect(refusalOfDrawnSvg(svg('journey', journey), 'journey')).toBeUndefined();
    expect(refusalOfDrawnSvg(svg('mindmap', '<foreignObject><div><span><p>a <strong>b</strong><br/>c</p></span></div></foreignObject>'), 'mindmap')).toBeUndefined();
  });

  it('accepts a drawing', () => {
    expect(refusalOfDrawnSvg(svg('flowchart-v2', '<g><text>A</text></g>'), 'flowchart LR\n  A')).toBeUndefined();
  });
});
