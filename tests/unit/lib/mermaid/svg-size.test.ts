import { describe, expect, it } from 'vitest';
import { DEFAULT_FONT_PX, drawnWidth, labelFontSize, MIN_LABEL_PX, minScale, readableWidth } from '../../../../src/lib/mermaid/svg-size.ts';

const svg = (attributes: string, inner = '<g><text>Label</text></g>') => `<svg ${attributes}>${inner}</svg>`;
/** A Mermaid SVG as it comes out of the renderer: a stylesheet scoped to its id, base size 16 px. */
const mermaidSvg = (width: number, extraCss = '', body = '<g class="node"><text>Label</text></g>', base = 16) =>
  `<svg id="d" width="100%" style="max-width: ${width}px;" viewBox="0 0 ${width} 300"><style>#d{font-family:arial;font-size:${base}px;fill:#333;}#d .node rect{fill:#eee;}${extraCss}</style>${body}</svg>`;

describe('drawnWidth', () => {
  it.each([
    ['viewBox="0 0 1200 300"', 1200],
    ['viewBox="-8 -8 640.5 120"', 640.5],
    ['viewBox="0,0,320,80"', 320],
    ['width="100"', undefined],
    ['viewBox="0 0 0 10"', undefined],
  ])('%s -> %s', (attributes, expected) => expect(drawnWidth(svg(attributes))).toBe(expected));

  it('reads the root element only', () => {
    expect(drawnWidth('<svg id="a"><svg viewBox="0 0 50 50"></svg></svg>')).toBeUndefined();
  });
});

describe('labelFontSize', () => {
  it("is the diagram's base size when nothing is smaller", () => {
    expect(labelFontSize(mermaidSvg(800))).toBe(16);
    expect(labelFontSize(mermaidSvg(800, '', undefined, 14))).toBe(14);
  });

  it("is 16 px, Mermaid's default, when the SVG states no size", () => {
    expect(labelFontSize(svg('viewBox="0 0 10 10"'))).toBe(DEFAULT_FONT_PX);
  });

  it('takes the smallest size set on an element, as an attribute or a style', () => {
    expect(labelFontSize(mermaidSvg(720, '', '<g class="tick"><text font-size="10">Mon</text><text font-size="11">Tue</text></g>'))).toBe(10);
    expect(labelFontSize(mermaidSvg(720, '', '<text style="font-size: 14px; fill: red">a</text>'))).toBe(14);
  });

  it('takes a rule of the stylesheet only when the SVG has the classes it names', () => {
    const css = '#d .commit-label{font-size:10px;}#d g.classGroup text{font-size:9px;}#d div.mermaidTooltip{font-size:12px;}';
    expect(labelFontSize(mermaidSvg(300, css))).toBe(16);
    expect(labelFontSize(mermaidSvg(300, css, '<text class="commit-label">abc1234</text>'))).toBe(10);
    expect(labelFontSize(mermaidSvg(300, css, '<g class="classGroup x"><text>A</text></g>'))).toBe(9);
  });

  it('reads any selector of a list, and rules inside an at-rule', () => {
    expect(labelFontSize(mermaidSvg(300, '#d .a, #d .label{font-size:13px}', '<text class="label">x</text>'))).toBe(13);
    expect(labelFontSize(mermaidSvg(300, '@media print{#d .label{font-size:12px}}', '<text class="label">x</text>'))).toBe(12);
  });

  it('ignores sizes relative to another (em, ex, %) and label text that looks like a size', () => {
    expect(labelFontSize(mermaidSvg(300, '#d .label{font-size:0.5em}', '<text class="label" font-size="4ex">font-size="3" style="font-size:2px"</text>'))).toBe(16);
  });
});

describe('minScale', () => {
  it.each([
    [16, 11 / 16],
    [22, 0.5],
    [11, 1],
    [10, 1],
  ])('labels of %s px shrink to a scale of %s at most: never below 11 px, never above their drawn size', (fontSize, scale) => {
    expect(minScale(fontSize)).toBeCloseTo(scale, 10);
    expect(fontSize * minScale(fontSize)).toBeGreaterThanOrEqual(Math.min(fontSize, MIN_LABEL_PX) - 1e-9);
    expect(minScale(fontSize)).toBeLessThanOrEqual(1);
  });
});

describe('readableWidth', () => {
  it('is the drawn width scaled so that 16 px labels stay 11 px, rounded up', () => {
    // The sample wiki's decision tree: 1120.734375 px drawn, 16 px labels.
    expect(readableWidth(mermaidSvg(1120.734375))).toBe(771);
    expect(readableWidth(mermaidSvg(1120.734375))! * (16 / 1120.734375)).toBeGreaterThanOrEqual(MIN_LABEL_PX);
    expect(readableWidth(mermaidSvg(1600))).toBe(1100);
  });

  it('keeps a diagram with labels of 11 px or less at its drawn width', () => {
    expect(readableWidth(mermaidSvg(720, '', '<text font-size="10">Mon</text>'))).toBe(720);
  });

  it('takes the wider of the two themes of one diagram', () => {
    expect(readableWidth(mermaidSvg(800), mermaidSvg(816))).toBe(561);
  });

  it('is undefined without a viewBox', () => {
    expect(readableWidth(svg('width="10"'))).toBeUndefined();
    expect(readableWidth()).toBeUndefined();
  });
});
