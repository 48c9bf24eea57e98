import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

import { clampZoom, fitZoom, keepCentre, stepZoom, type Size } from './zoom';

export interface Zoom {
  /** Attach to the element that scrolls the diagram. */
  scroller: RefObject<HTMLDivElement | null>;
  zoom: number;
  zoomIn: () => void;
  zoomOut: () => void;
  fit: () => void;
}

/**
 * The zoom of a diagram in its scroller: starts at 1 (natural size) or, with `start: 'fit'`,
 * at the fitted zoom once the scroller has a size; every change keeps the point at the centre
 * of the view in place. Re-renders when the zoom changes.
 */
export function useZoom(
  natural: Size | null,
  by: 'width' | 'both',
  start: 'natural' | 'fit',
): Zoom {
  const scroller = useRef<HTMLDivElement>(null);
  const [zoom, setZoomState] = useState(1);
  const pending = useRef<{ from: number; left: number; top: number } | null>(null);

  const setZoom = (next: number) => {
    const el = scroller.current;
    if (el) pending.current = { from: zoom, left: el.scrollLeft, top: el.scrollTop };
    setZoomState(clampZoom(next));
  };
  const fittedZoom = () => {
    const el = scroller.current;
    if (!el || !natural) return null;
    return fitZoom(natural, { width: el.clientWidth, height: el.clientHeight }, by);
  };

  useLayoutEffect(() => {
    const el = scroller.current;
    const p = pending.current;
    if (!el || !p) return;
    pending.current = null;
    el.scrollLeft = keepCentre(p.left, el.clientWidth, p.from, zoom);
    el.scrollTop = keepCentre(p.top, el.clientHeight, p.from, zoom);
  }, [zoom]);

  // The first fit needs the scroller's size: a ResizeObserver reports it once laid out.
  useEffect(() => {
    const el = scroller.current;
    if (start !== 'fit' || !natural || !el || typeof ResizeObserver === 'undefined') return;
    let done = false;
    const observer = new ResizeObserver(() => {
      if (done || el.clientWidth === 0) return;
      done = true;
      setZoomState(fitZoom(natural, { width: el.clientWidth, height: el.clientHeight }, by));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [start, natural, by]);

  return {
    scroller,
    zoom,
    zoomIn: () => setZoom(stepZoom(zoom, 'in')),
    zoomOut: () => setZoom(stepZoom(zoom, 'out')),
    fit: () => {
      const z = fittedZoom();
      if (z !== null) setZoom(z);
    },
  };
}
