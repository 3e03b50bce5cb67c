import { describe, expect, it } from 'vitest';
import { accessibleSvg, svgLabel } from '../../../../src/lib/mermaid/svg-a11y.ts';

const mermaidSvg =
  '<svg id="x" width="100%" class="flowchart" role="graphics-document document" aria-roledescription="flowchart-v2" aria-labelledby="t" aria-describedby="d"><title id="t">Flow</title><desc id="d">How it flows</desc></svg>';

describe('accessibleSvg', () => {
  it('makes the diagram an image named by its accTitle, still described by its accDescr', () => {
    const svg = accessibleSvg(mermaidSvg, { title: 'Flow', theme: 'dark' });
    expect(svg).toMatch(/^<svg class="flowchart mermaid-dark" role="img" aria-label="Flow" id="x" width="100%" aria-describedby="d">/);
    expect(svg).not.toContain('aria-roledescription');
    expect(svg).not.toContain('aria-labelledby');
  });

  it('names a diagram without accTitle by its kind', () => {
    expect(accessibleSvg('<svg aria-roledescription="gantt"></svg>', { theme: 'light' })).toBe('<svg class="mermaid-light" role="img" aria-label="Gantt chart"></svg>');
  });

  it('escapes the title', () => {
    expect(accessibleSvg('<svg></svg>', { title: '"A" & <B>', theme: 'light' })).toContain('aria-label="&#34;A&#34; &#38; &#60;B&#62;"');
  });

  it("keeps a title's $& and $' as written (never read as replacement patterns)", () => {
    expect(accessibleSvg('<svg></svg>', { title: "GPU $& CPU $' costs", theme: 'light' })).toBe('<svg class="mermaid-light" role="img" aria-label="GPU $&#38; CPU $&#39; costs"></svg>');
  });

  it('refuses what is not an SVG', () => {
    expect(() => accessibleSvg('<div></div>', { theme: 'light' })).toThrow(/not an SVG/);
  });
});

describe('svgLabel', () => {
  it('reads back the name accessibleSvg gave, as text', () => {
    expect(svgLabel(accessibleSvg('<svg></svg>', { title: '"A" & <B> café', theme: 'light' }))).toBe('"A" & <B> café');
    expect(svgLabel(accessibleSvg(mermaidSvg, { theme: 'light' }))).toBe('flowchart diagram');
  });

  it('decodes named and hexadecimal references too, and leaves unknown ones', () => {
    expect(svgLabel('<svg aria-label="a &amp; b &#x3c;c&#x3E; &nbsp;"></svg>')).toBe('a & b <c> &nbsp;');
  });

  it('is undefined without a name, and reads the root element only', () => {
    expect(svgLabel('<svg><g aria-label="inner"></g></svg>')).toBeUndefined();
  });
});
