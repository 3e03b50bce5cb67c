/**
 * The arithmetic of the full-size diagram view (src/scripts/diagram-viewer.ts): zoom levels and
 * the scroll position that keeps a point in place while zooming. Pure and browser-safe.
 */

/** Smallest and largest zoom: a quarter of the drawn size (a huge diagram whole), four times it. */
export const MIN_ZOOM = 0.25;
export const MAX_ZOOM = 4;

/** One press of a zoom button or key. */
export const ZOOM_STEP = 1.25;

/** `zoom` within {@link MIN_ZOOM} and {@link MAX_ZOOM} (infinities too); 1 for NaN. */
export function clampZoom(zoom: number): number {
  return Number.isNaN(zoom) ? 1 : Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
}

/**
 * The next zoom level in `direction` (1 in, -1 out). A step that passes the drawn size (1) stops
 * there, so stepping from "fit" always comes back to 100 %.
 */
export function stepZoom(zoom: number, direction: 1 | -1): number {
  const next = clampZoom(direction > 0 ? zoom * ZOOM_STEP : zoom / ZOOM_STEP);
  const passesOne = direction > 0 ? zoom < 1 && next > 1 : zoom > 1 && next < 1;
  return passesOne ? 1 : next;
}

/** The zoom at which a drawing of `width` × `height` fits a view of `viewWidth` × `viewHeight` (never above 1). */
export function fitZoom(width: number, height: number, viewWidth: number, viewHeight: number): number {
  if (!(width > 0 && height > 0 && viewWidth > 0 && viewHeight > 0)) return 1;
  return clampZoom(Math.min(1, viewWidth / width, viewHeight / height));
}

/** The zoom reached by a pinch that started at `startZoom` with the fingers `startDistance` apart, now `distance` apart. */
export function pinchZoom(startZoom: number, startDistance: number, distance: number): number {
  return startDistance > 0 ? clampZoom((startZoom * distance) / startDistance) : clampZoom(startZoom);
}

/** The zoom after a Ctrl/⌘ + wheel turn (or a trackpad pinch) of `deltaY` pixels: up zooms in, smoothly. */
export function wheelZoom(zoom: number, deltaY: number): number {
  return clampZoom(zoom * Math.exp(-deltaY / 300));
}

/**
 * How far to scroll, along one axis, so that the point of the drawing under `anchor` stays under
 * it when the zoom changes. `before` and `after` are the drawing's start (its left or top edge on
 * the screen) before and after the change; `anchor` is on the screen too.
 */
export function keepAnchor(options: { anchor: number; before: number; after: number; from: number; to: number }): number {
  const { anchor, before, after, from, to } = options;
  const point = (anchor - before) / from;
  return after + point * to - anchor;
}
