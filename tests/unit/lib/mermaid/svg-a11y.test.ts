import { describe, expect, it } from 'vitest';
import { accessibleSvg } from '../../../../src/lib/mermaid/svg-a11y.ts';

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

  it('refuses what is not an SVG', () => {
    expect(() => accessibleSvg('<div></div>', { theme: 'light' })).toThrow(/not an SVG/);
  });
});
