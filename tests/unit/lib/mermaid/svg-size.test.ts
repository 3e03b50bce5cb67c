import { describe, expect, it } from 'vitest';
import { drawnWidth, MIN_SCALE, withReadableWidth } from '../../../../src/lib/mermaid/svg-size.ts';

const svg = (attributes: string) => `<svg ${attributes}><g><text>Label</text></g></svg>`;

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

describe('withReadableWidth', () => {
  it('adds a minimum width to the style Mermaid wrote, keeping the rest of the SVG', () => {
    const out = withReadableWidth(svg('id="d" width="100%" style="max-width: 1200px;" viewBox="0 0 1200 300"'));
    expect(out).toBe(`<svg id="d" width="100%" style="max-width: 1200px;min-width:${1200 * MIN_SCALE}px" viewBox="0 0 1200 300"><g><text>Label</text></g></svg>`);
  });

  it('adds a style when there is none', () => {
    expect(withReadableWidth(svg('viewBox="0 0 400 100"'))).toContain(`style="min-width:${400 * MIN_SCALE}px"`);
  });

  it('leaves an SVG without viewBox alone', () => {
    expect(withReadableWidth(svg('width="10"'))).toBe(svg('width="10"'));
  });
});
