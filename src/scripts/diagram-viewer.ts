/**
 * The full-size view of a diagram (DiagramViewer.astro). Shows every figure's "Full size" button
 * (src/lib/mermaid/markup.ts: hidden until this runs, so a page without JavaScript shows none)
 * and, when one is pressed, moves the figure's SVGs into the dialog at their drawn size: zoom with
 * the buttons, + − 0 F, Ctrl/⌘ + wheel or a pinch; move around by dragging, scrolling or the arrow
 * keys of the focused view. Closing (Esc, Close, a click beside the dialog) puts them back. Moved,
 * not copied: ids stay unique and the page's shared diagram stylesheet keeps applying.
 * Self-contained apart from the zoom arithmetic, so a test can run it on any page.
 */
import { clampZoom, fitZoom, keepAnchor, pinchZoom, stepZoom, wheelZoom } from '../lib/mermaid/zoom.ts';

interface Point {
  x: number;
  y: number;
}

/** A diagram while it is shown full size, and what to restore when the dialog closes. */
interface Shown {
  region: HTMLElement;
  opener: HTMLElement;
  svgs: { svg: SVGSVGElement; style: string | null; width: number; height: number }[];
}

/** The drawn size of an SVG: its viewBox, or (without one) its size on the page now. */
function drawnSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.viewBox.baseVal;
  if (box && box.width > 0 && box.height > 0) return { width: box.width, height: box.height };
  const rect = svg.getBoundingClientRect();
  return { width: rect.width || 300, height: rect.height || 150 };
}

/** Pixels a wheel event scrolls by, whatever unit it reports in. */
const wheelPixels = (event: WheelEvent) => event.deltaY * (event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? 400 : 1);

/** The dialog's parts (DiagramViewer.astro). */
interface Parts {
  dialog: HTMLDialogElement;
  /** The scrolling, focusable view, and the canvas in it that holds the SVGs. */
  view: HTMLElement;
  canvas: HTMLElement;
  title: HTMLElement;
  level: HTMLOutputElement;
}

/** Set up the viewer of `root`'s diagrams; nothing on a page without the dialog. */
export function enhanceDiagramViewer(root: Document): void {
  const dialog = root.querySelector<HTMLDialogElement>('dialog[data-diagram-viewer]');
  const view = dialog?.querySelector<HTMLElement>('[data-viewer-view]');
  const canvas = dialog?.querySelector<HTMLElement>('[data-viewer-canvas]');
  const title = dialog?.querySelector<HTMLElement>('#diagram-viewer-title');
  const level = dialog?.querySelector<HTMLOutputElement>('[data-zoom-level]');
  if (!dialog || !view || !canvas || !title || !level) return;
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-diagram-open]')) button.hidden = false;
  viewer(root, { dialog, view, canvas, title, level });
}

function viewer(root: Document, { dialog, view, canvas, title, level }: Parts): void {
  let zoom = 1;
  let shown: Shown | undefined;

  /** The SVG the page's theme shows (a diagram may carry one per theme). */
  const drawing = () => shown?.svgs.find(({ svg }) => svg.getClientRects().length > 0);

  const centre = (): Point => {
    const rect = view.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  };

  /** Zoom to `next`, keeping the point under `anchor` (the view's centre by default) in place. */
  function setZoom(next: number, anchor: Point = centre()): void {
    if (!shown) return;
    const from = zoom;
    const before = drawing()?.svg.getBoundingClientRect();
    zoom = clampZoom(next);
    for (const { svg, width, height } of shown.svgs) {
      svg.style.width = `${width * zoom}px`;
      svg.style.height = `${height * zoom}px`;
    }
    level.value = `${Math.round(zoom * 100)}%`;
    const after = drawing()?.svg.getBoundingClientRect();
    if (!before || !after) return;
    view.scrollLeft += keepAnchor({ anchor: anchor.x, before: before.left, after: after.left, from, to: zoom });
    view.scrollTop += keepAnchor({ anchor: anchor.y, before: before.top, after: after.top, from, to: zoom });
  }

  function fit(): void {
    const shownSvg = drawing();
    if (!shownSvg) return;
    const padding = Number.parseFloat(getComputedStyle(canvas).paddingLeft) * 2 || 0;
    setZoom(fitZoom(shownSvg.width, shownSvg.height, view.clientWidth - padding, view.clientHeight - padding));
    view.scrollTo(0, 0);
  }

  function open(opener: HTMLElement): void {
    const region = opener.closest('.mermaid-diagram')?.querySelector<HTMLElement>('.mermaid-diagram__scroll');
    const svgs = region ? [...region.querySelectorAll<SVGSVGElement>(':scope > svg')] : [];
    if (!region || svgs.length === 0 || dialog.open) return;
    // The figure keeps its height while its drawing is away, so the page does not move under the dialog.
    region.style.minHeight = `${region.offsetHeight}px`;
    shown = { region, opener, svgs: svgs.map((svg) => ({ svg, style: svg.getAttribute('style'), ...drawnSize(svg) })) };
    title.textContent = region.getAttribute('aria-label') ?? 'Diagram';
    for (const svg of svgs) {
      svg.style.maxWidth = 'none';
      svg.style.minWidth = '0';
    }
    canvas.append(...svgs);
    zoom = 1;
    dialog.showModal();
    setZoom(1);
    view.scrollTo(0, 0);
    view.focus();
  }

  dialog.addEventListener('close', () => {
    if (!shown) return;
    const { region, opener, svgs } = shown;
    shown = undefined;
    for (const { svg, style } of svgs) {
      if (style === null) svg.removeAttribute('style');
      else svg.setAttribute('style', style);
    }
    region.append(...svgs.map(({ svg }) => svg));
    region.style.removeProperty('min-height');
    opener.focus();
  });

  root.addEventListener('click', (event) => {
    const opener = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-diagram-open]') : null;
    if (opener) open(opener);
  });

  dialog.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    // A click on the backdrop reaches the dialog itself: its content covers all of it.
    if (target === dialog || target?.closest('[data-viewer-close]')) dialog.close();
    const action = target?.closest<HTMLElement>('[data-zoom]')?.dataset.zoom;
    if (action === 'in') setZoom(stepZoom(zoom, 1));
    else if (action === 'out') setZoom(stepZoom(zoom, -1));
    else if (action === 'reset') setZoom(1);
    else if (action === 'fit') fit();
  });

  dialog.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    const key = event.key.toLowerCase();
    if (key === '+' || key === '=') setZoom(stepZoom(zoom, 1));
    else if (key === '-' || key === '_') setZoom(stepZoom(zoom, -1));
    else if (key === '0') setZoom(1);
    else if (key === 'f') fit();
    else return;
    event.preventDefault();
  });

  // Ctrl/⌘ + wheel, and a trackpad pinch (which browsers report as one), zoom; a plain wheel scrolls.
  view.addEventListener(
    'wheel',
    (event) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      setZoom(wheelZoom(zoom, wheelPixels(event)), { x: event.clientX, y: event.clientY });
    },
    { passive: false },
  );

  // One pointer drags the drawing; two pinch it.
  const pointers = new Map<number, Point>();
  let pinch: { distance: number; zoom: number } | undefined;
  const spread = () => {
    const [a, b] = [...pointers.values()];
    return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
  };
  const middle = (): Point => {
    const all = [...pointers.values()];
    return { x: all.reduce((sum, p) => sum + p.x, 0) / all.length, y: all.reduce((sum, p) => sum + p.y, 0) / all.length };
  };
  const regroup = () => {
    pinch = pointers.size === 2 ? { distance: spread(), zoom } : undefined;
    if (pointers.size === 0) delete view.dataset.dragging;
  };
  view.addEventListener('pointerdown', (event) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    view.setPointerCapture(event.pointerId);
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    view.dataset.dragging = '';
    regroup();
  });
  view.addEventListener('pointermove', (event) => {
    const last = pointers.get(event.pointerId);
    if (!last) return;
    const now = { x: event.clientX, y: event.clientY };
    pointers.set(event.pointerId, now);
    if (pinch) {
      setZoom(pinchZoom(pinch.zoom, pinch.distance, spread()), middle());
    } else if (pointers.size === 1) {
      view.scrollLeft -= now.x - last.x;
      view.scrollTop -= now.y - last.y;
    }
  });
  const lift = (event: PointerEvent) => {
    pointers.delete(event.pointerId);
    regroup();
  };
  view.addEventListener('pointerup', lift);
  view.addEventListener('pointercancel', lift);
}
