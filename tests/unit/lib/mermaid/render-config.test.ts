import { describe, expect, it } from 'vitest';
import { labelSafeSource, mermaidConfig, sourceForTheme, themeDirective } from '../../../../src/lib/mermaid/render-config.ts';

describe('mermaidConfig', () => {
  it('is strict and keeps labels as SVG text in both themes', () => {
    for (const theme of ['light', 'dark'] as const) {
      expect(mermaidConfig(theme)).toMatchObject({ securityLevel: 'strict', htmlLabels: false, flowchart: { htmlLabels: false }, startOnLoad: false });
    }
    expect(mermaidConfig('light').theme).toBe('default');
    expect(mermaidConfig('dark').theme).toBe('dark');
  });

  it('stops diagrams from changing the locked keys', () => {
    expect(mermaidConfig().secure).toEqual(expect.arrayContaining(['securityLevel', 'themeCSS', 'fontFamily', 'altFontFamily']));
  });
});

describe('sourceForTheme', () => {
  it('leaves light diagrams as written', () => {
    expect(sourceForTheme('graph TD\n  A-->B', 'light')).toBe('graph TD\n  A-->B');
  });

  it('switches dark diagrams with a directive on top', () => {
    expect(sourceForTheme('graph TD\n  A-->B', 'dark')).toBe(`${themeDirective('dark')}\ngraph TD\n  A-->B`);
    expect(themeDirective('dark')).toMatch(/^%%\{init: \{"theme":"dark","darkMode":true,"themeVariables":\{"background":"#0f1216",[^\n]*\}\}\}%%$/);
  });

  it('puts the directive after the front matter, which Mermaid only reads at the very top', () => {
    expect(sourceForTheme('---\ntitle: T\n---\ngraph TD\n  A-->B', 'dark')).toBe(`---\ntitle: T\n---\n${themeDirective('dark')}\ngraph TD\n  A-->B`);
  });
});

describe('labelSafeSource', () => {
  it('gives mind maps HTML labels whose < and > stay text', () => {
    expect(labelSafeSource('%% plan\nmindmap\n  root((<b>x</b>))')).toBe('%%{init: {"htmlLabels": true}}%%\n%% plan\nmindmap\n  root((#lt;b#gt;x#lt;/b#gt;))');
  });

  it('leaves other diagrams alone', () => {
    expect(labelSafeSource('flowchart LR\n  A["<b>mindmap</b>"]')).toBe('flowchart LR\n  A["<b>mindmap</b>"]');
  });
});

describe('dark palette', () => {
  /** WCAG relative luminance of `#rrggbb`. */
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };

  it('gives pie slices and sections colours that hold white labels at WCAG AA', () => {
    const variables = mermaidConfig('dark').themeVariables as Record<string, string>;
    const slices = Object.entries(variables).filter(([key]) => /^(pie\d+|cScale\d+)$/.test(key));
    expect(slices.length).toBeGreaterThanOrEqual(24);
    for (const [key, colour] of slices) expect(contrast(colour, '#ffffff'), key).toBeGreaterThanOrEqual(4.5);
    expect(themeDirective('dark')).toContain('"pie1"');
    expect(mermaidConfig('light').themeVariables).not.toHaveProperty('pie1');
  });
});
