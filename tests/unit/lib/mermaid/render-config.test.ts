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
    expect(themeDirective('dark')).toBe('%%{init: {"theme":"dark","darkMode":true,"themeVariables":{"background":"#0f1216"}}}%%');
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
