import { describe, expect, it } from 'vitest';
import { PATH_DECIMALS, roundDrawingCoordinates, roundPathData, roundPoints } from '../../../../src/lib/mermaid/path-precision.ts';

/** The absolute points a path's commands reach (the end of each set of parameters), for comparing paths. */
function endpoints(d: string): Array<[number, number]> {
  const points: Array<[number, number]> = [];
  let x = 0;
  let y = 0;
  let start: [number, number] = [0, 0];
  const arity: Record<string, number> = { M: 2, L: 2, T: 2, H: 1, V: 1, C: 6, S: 4, Q: 4, Z: 0 };
  for (const [, command = '', args = ''] of d.matchAll(/([MmLlTtHhVvCcSsQqZz])([^MmLlTtHhVvCcSsQqZz]*)/g)) {
    const upper = command.toUpperCase();
    const relative = command !== upper;
    const values = args.trim() ? args.trim().split(/[\s,]+/).map(Number) : [];
    if (upper === 'Z') [x, y] = start;
    for (let i = 0; i < values.length; i += arity[upper] as number) {
      const set = values.slice(i, i + (arity[upper] as number));
      if (upper === 'H') x = (relative ? x : 0) + (set[0] as number);
      else if (upper === 'V') y = (relative ? y : 0) + (set[0] as number);
      else [x, y] = [(relative ? x : 0) + (set.at(-2) as number), (relative ? y : 0) + (set.at(-1) as number)];
      if (upper === 'M' && i === 0) start = [x, y];
      points.push([x, y]);
    }
  }
  return points;
}

describe('roundPathData', () => {
  it('rounds every coordinate to two places, written with single spaces', () => {
    expect(PATH_DECIMALS).toBe(2);
    expect(roundPathData('M42.453125 -21 C25.471493296549305 -21, 8.48986159309861 -21, -42.453125 -21')).toBe('M42.45 -21 C25.47 -21 8.49 -21 -42.45 -21');
    expect(roundPathData('M79,31.5L85.695,31.5C92.391,31.5,105.781,31.5,118.505,31.5')).toBe('M79 31.5 L85.7 31.5 C92.39 31.5 105.78 31.5 118.51 31.5');
    expect(roundPathData('M 0 0 L 10 5 L 0 10 z')).toBe('M0 0 L10 5 L0 10 z');
  });

  it('never writes -0, and reads exponents, signs without separators and leading dots', () => {
    expect(roundPathData('M-0.001 0.004 L1e-7 -2.5e1')).toBe('M0 0 L0 -25');
    expect(roundPathData('M1.5.25L-3-4.004')).toBe('M1.5 0.25 L-3 -4');
    expect(roundPathData('M0,0\n    l165.54230246655518,0')).toBe('M0 0 l165.54 0');
  });

  it('keeps repeated parameter sets (an M followed by lines, a polyline as one L)', () => {
    expect(roundPathData('M0 0 1.111 2.222 L3.333 4.444 5.555 6.666')).toBe('M0 0 1.11 2.22 L3.33 4.44 5.56 6.67');
  });

  it('rounds relative commands so the error never adds up along the path', () => {
    // 300 steps of 0.004: rounding each step alone would give 0 and end 1.2 px short.
    const steps = `M0.001 0${' l0.004 0.004'.repeat(300)} h0.333 v0.333 c0.1 0.1 0.2 0.2 0.3333 0.3333 z m1.004 1.004 l0.004 0`;
    const rounded = roundPathData(steps);
    const exact = endpoints(steps);
    const got = endpoints(rounded);
    expect(got).toHaveLength(exact.length);
    for (const [i, [x, y]] of exact.entries()) {
      expect(Math.abs((got[i]?.[0] ?? NaN) - x)).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(Math.abs((got[i]?.[1] ?? NaN) - y)).toBeLessThanOrEqual(0.005 + 1e-9);
    }
  });

  it('leaves alone what it does not understand: arcs, errors, empty data', () => {
    // An arc's centre depends on its radii and chord together: rounding them apart moves it.
    const arc = 'M0,10.0187265917603 a41.796875,10.0187265917603 0,0,0 83.59375,0';
    for (const d of [arc, 'M0 0 A5 5 0 011 10', 'M0 0 L1', 'L1 2', 'M0 0 X1 2', 'M NaN NaN', '']) expect(roundPathData(d), d).toBe(d);
  });
});

describe('roundPoints', () => {
  it('rounds pairs of numbers, as pairs', () => {
    expect(roundPoints('54.1796875,0 108.359375,-54.1796875 54.1796875,-108.359375 0,-54.1796875')).toBe('54.18,0 108.36,-54.18 54.18,-108.36 0,-54.18');
    expect(roundPoints(' 0 7  11.5 14 ')).toBe('0,7 11.5,14');
  });

  it('leaves an odd count or other text alone', () => {
    expect(roundPoints('1 2 3')).toBe('1 2 3');
    expect(roundPoints('1,2 x,3')).toBe('1,2 x,3');
  });
});

describe('roundDrawingCoordinates', () => {
  const d = 'M1.23456 2.34567';
  const path = (attributes = '') => `<path${attributes} d="${d}"/>`;

  it("rounds paths, polygons and polylines drawn in the diagram's own pixels", () => {
    const svg = `<svg id="x" viewBox="0 0 10.123456 10"><g transform="translate(1.23456, 2)">${path(' class="a"')}<polygon points="1.23456,2 3,4"/></g><polyline points="0.001 1 2 3"/></svg>`;
    expect(roundDrawingCoordinates(svg)).toBe(
      '<svg id="x" viewBox="0 0 10.123456 10"><g transform="translate(1.23456, 2)"><path class="a" d="M1.23 2.35"/><polygon points="1.23,2 3,4"/></g><polyline points="0,1 2,3"/></svg>',
    );
  });

  it('leaves shapes that may be drawn larger as they are: markers, symbols, nested SVGs, scaled groups', () => {
    for (const wrapper of ['marker id="m" viewBox="0 0 1 1"', 'symbol id="s"', 'pattern id="p"', 'svg viewBox="0 0 1 1"', 'g transform="scale(4)"', 'g transform="translate(1,2) rotate(3)"', 'g style="transform: scale(2)"']) {
      const name = wrapper.split(' ')[0] as string;
      const svg = `<svg id="x"><${wrapper}><g>${path()}</g></${name}>${path()}</svg>`;
      expect(roundDrawingCoordinates(svg), wrapper).toBe(`<svg id="x"><${wrapper}><g>${path()}</g></${name}><path d="M1.23 2.35"/></svg>`);
    }
    expect(roundDrawingCoordinates(`<svg id="x">${path(' transform="scale(3)"')}</svg>`)).toBe(`<svg id="x">${path(' transform="scale(3)"')}</svg>`);
  });

  it('reads newlines written as character references, and keeps a value it cannot parse as it was', () => {
    expect(roundDrawingCoordinates('<svg><path d="M0,0&#10;    l1.23456,0"/></svg>')).toBe('<svg><path d="M0 0 l1.23 0"/></svg>');
    expect(roundDrawingCoordinates('<svg><path d="M0,0&#10;    a1,1 0 0 1 2,0"/></svg>')).toBe('<svg><path d="M0,0&#10;    a1,1 0 0 1 2,0"/></svg>');
  });

  it('touches no text, stylesheet or other attribute', () => {
    const svg = '<svg><style>.a{stroke-width:1.23456px}</style><text x="1.23456" d="M1.23456 2">M1.23456 2</text><rect x="1.23456" style="d: path(\'M1.23456 2\')"/></svg>';
    expect(roundDrawingCoordinates(svg)).toBe(svg);
  });

  it('gives the same bytes for the same input', () => {
    const svg = `<svg><path d="${'M0.123456789 9.87654321 '.repeat(3)}"/></svg>`;
    expect(roundDrawingCoordinates(svg)).toBe(roundDrawingCoordinates(svg));
  });
});
