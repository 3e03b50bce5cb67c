import { describe, expect, it } from 'vitest';
import { clampZoom, fitZoom, keepAnchor, MAX_ZOOM, MIN_ZOOM, pinchZoom, stepZoom, wheelZoom, ZOOM_STEP } from '../../../../src/lib/mermaid/zoom.ts';

describe('clampZoom', () => {
  it.each([
    [0.01, MIN_ZOOM],
    [1.5, 1.5],
    [99, MAX_ZOOM],
    [Number.NaN, 1],
    [Number.POSITIVE_INFINITY, MAX_ZOOM],
    [Number.NEGATIVE_INFINITY, MIN_ZOOM],
  ])('%s -> %s', (zoom, expected) => expect(clampZoom(zoom)).toBe(expected));
});

describe('stepZoom', () => {
  it('steps by a constant factor within the limits', () => {
    expect(stepZoom(1, 1)).toBe(ZOOM_STEP);
    expect(stepZoom(1, -1)).toBe(1 / ZOOM_STEP);
    expect(stepZoom(MAX_ZOOM, 1)).toBe(MAX_ZOOM);
    expect(stepZoom(MIN_ZOOM, -1)).toBe(MIN_ZOOM);
  });

  it('stops at the drawn size (1) when a step would pass it', () => {
    expect(stepZoom(0.9, 1)).toBe(1);
    expect(stepZoom(1.1, -1)).toBe(1);
    expect(stepZoom(0.5, 1)).toBe(0.625);
  });
});

describe('fitZoom', () => {
  it('fits the limiting side, never enlarging', () => {
    expect(fitZoom(1000, 200, 500, 800)).toBe(0.5);
    expect(fitZoom(400, 800, 1000, 400)).toBe(0.5);
    expect(fitZoom(100, 100, 1000, 1000)).toBe(1);
  });

  it('stays within the limits and answers 1 for sizes it cannot use', () => {
    expect(fitZoom(100_000, 100, 500, 500)).toBe(MIN_ZOOM);
    expect(fitZoom(0, 100, 500, 500)).toBe(1);
    expect(fitZoom(100, 100, 0, 500)).toBe(1);
  });
});

describe('pinchZoom', () => {
  it('follows the spread of the fingers from where the pinch started', () => {
    expect(pinchZoom(1, 100, 200)).toBe(2);
    expect(pinchZoom(2, 100, 50)).toBe(1);
    expect(pinchZoom(1, 100, 10_000)).toBe(MAX_ZOOM);
    expect(pinchZoom(1.5, 0, 50)).toBe(1.5);
  });
});

describe('wheelZoom', () => {
  it('zooms in on a turn up, out on a turn down, and a turn and its reverse cancel out', () => {
    expect(wheelZoom(1, -100)).toBeGreaterThan(1);
    expect(wheelZoom(1, 100)).toBeLessThan(1);
    expect(wheelZoom(wheelZoom(1, -100), 100)).toBeCloseTo(1, 10);
    expect(wheelZoom(1, -1e6)).toBe(MAX_ZOOM);
  });
});

describe('keepAnchor', () => {
  it('scrolls so the point under the anchor stays under it', () => {
    // Drawing starts at 100 on screen, anchor at 300: the point 200 px into the drawing at zoom 1.
    // At zoom 2 that point is 400 px in; the drawing now starts at 100 too, so scroll 200.
    expect(keepAnchor({ anchor: 300, before: 100, after: 100, from: 1, to: 2 })).toBe(200);
    // A drawing that was centred and moved left as it grew: only the rest is scrolled.
    expect(keepAnchor({ anchor: 300, before: 250, after: 200, from: 1, to: 2 })).toBe(0);
    expect(keepAnchor({ anchor: 50, before: 0, after: 0, from: 2, to: 1 })).toBe(-25);
  });
});
