/** Width and height in CSS px. */
export interface Size {
  width: number;
  height: number;
}

/** The font size mermaid draws labels in (themeVariables.fontSize). */
export const DIAGRAM_FONT_PX = 16;
/** The smallest label size a zoom may give, in CSS px. */
export const MIN_TEXT_PX = 12;
/** Zoom never goes below this: labels stay at least MIN_TEXT_PX. */
export const MIN_ZOOM = MIN_TEXT_PX / DIAGRAM_FONT_PX;
export const MAX_ZOOM = 3;
/** The steps zoom in and out move between (fit can land in between). */
export const ZOOM_STEPS = [MIN_ZOOM, 1, 1.25, 1.5, 2, 2.5, MAX_ZOOM] as const;

const EPSILON = 1e-6;

/** A zoom kept within [MIN_ZOOM, MAX_ZOOM]. */
export function clampZoom(zoom: number): number {
  if (!Number.isFinite(zoom)) return 1;
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
}

/** The next step above (`in`) or below (`out`) a zoom; the limit itself when there is none. */
export function stepZoom(zoom: number, direction: 'in' | 'out'): number {
  if (direction === 'in') return ZOOM_STEPS.find((s) => s > zoom + EPSILON) ?? MAX_ZOOM;
  return [...ZOOM_STEPS].reverse().find((s) => s < zoom - EPSILON) ?? MIN_ZOOM;
}

/**
 * The zoom that fits a diagram into the space available: by width only (a panel, which
 * grows to the diagram's height) or by both sides (the full-screen view). Clamped, so a
 * large diagram fits only as far as its labels stay readable; the rest scrolls.
 */
export function fitZoom(natural: Size, available: Size, by: 'width' | 'both'): number {
  if (natural.width <= 0 || natural.height <= 0) return 1;
  const byWidth = available.width / natural.width;
  const zoom = by === 'width' ? byWidth : Math.min(byWidth, available.height / natural.height);
  return clampZoom(zoom);
}

/** The zoom as people read it: "125%". */
export function zoomPercent(zoom: number): string {
  return `${Math.round(zoom * 100)}%`;
}

/**
 * The natural size of an SVG from the markup of its root element: the viewBox's width and
 * height, else its width and height attributes; null when neither is there.
 */
export function naturalSize(markup: string): Size | null {
  const root = /<svg\b[^>]*>/i.exec(markup)?.[0];
  if (!root) return null;
  const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(root)?.[1];
  const box = (attr('viewBox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (box.length === 4 && box.every(Number.isFinite) && box[2]! > 0 && box[3]! > 0)
    return { width: box[2]!, height: box[3]! };
  const width = Number.parseFloat(attr('width') ?? '');
  const height = Number.parseFloat(attr('height') ?? '');
  return width > 0 && height > 0 ? { width, height } : null;
}

/**
 * Where to scroll after a zoom so the point at the centre of the view stays there: the new
 * scroll offset along one axis, never negative.
 */
export function keepCentre(scroll: number, viewport: number, from: number, to: number): number {
  if (from <= 0) return scroll;
  return Math.max(0, ((scroll + viewport / 2) * to) / from - viewport / 2);
}
