import {
  useLayoutEffect,
  useMemo,
  useRef,
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
} from 'react';

import { format } from '../../i18n/messages';
import { useMessages } from '../use-messages';
import { adoptCss, toStyledSvg, type CspSafeSvg } from './csp-styles';
import { diagramMessages } from './diagram-messages';
import { useZoom } from './use-zoom';
import { MAX_ZOOM, MIN_ZOOM, naturalSize, zoomPercent } from './zoom';

interface DiagramViewerProps {
  /** Mermaid's SVG (renderMermaid); null while the diagram is shown in the full-screen view instead. */
  svg: CspSafeSvg | null;
  /** Accessible name of the picture. */
  label: string;
  /** Short name of the diagram for the controls (the panel's title). */
  title: string;
  /** Fit by width (a panel, which grows with the diagram) or by both sides (full screen). */
  fitBy: 'width' | 'both';
  start: 'natural' | 'fit';
  /** Buttons after the zoom controls (full screen). */
  actions?: ReactNode;
}

/**
 * A diagram at its natural size or zoomed (never below readable text), in its own scroller:
 * scroll, drag with the mouse or use the arrow keys to pan; zoom by the buttons or + − 0.
 */
export function DiagramViewer({ svg, label, title, fitBy, start, actions }: DiagramViewerProps) {
  const m = useMessages(diagramMessages);
  const natural = useMemo(() => (svg ? naturalSize(svg.markup) : null), [svg]);
  const { scroller, zoom, zoomIn, zoomOut, fit } = useZoom(natural, fitBy, start);
  const drag = useRef<{ x: number; y: number; left: number; top: number } | null>(null);
  const picture = useRef<HTMLDivElement>(null);
  // Inserted through the DOM, not innerHTML: its styles go in by the CSSOM, which a strict CSP
  // allows (csp-styles.ts). Layout effect: the SVG is there before the zoom measures it.
  useLayoutEffect(() => {
    const host = picture.current;
    if (!host || !svg) return;
    const release = adoptCss(document, svg.css);
    const node = toStyledSvg(svg);
    host.replaceChildren(...(node ? [node] : []));
    return () => {
      host.replaceChildren();
      release();
    };
  }, [svg]);

  const onKeyDown = (event: KeyboardEvent) => {
    const action = { '+': zoomIn, '=': zoomIn, '-': zoomOut, '0': fit }[event.key];
    if (!action || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    action();
  };
  // Mouse drags pan; touch and pens scroll natively.
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.pointerType !== 'mouse' || event.button !== 0) return;
    const el = event.currentTarget;
    if (el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight) return;
    drag.current = { x: event.clientX, y: event.clientY, left: el.scrollLeft, top: el.scrollTop };
    el.setPointerCapture(event.pointerId);
    el.dataset.panning = 'true';
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d) return;
    event.currentTarget.scrollLeft = d.left - (event.clientX - d.x);
    event.currentTarget.scrollTop = d.top - (event.clientY - d.y);
  };
  const endDrag = (event: PointerEvent<HTMLDivElement>) => {
    drag.current = null;
    delete event.currentTarget.dataset.panning;
  };

  // Rounded up: a subpixel short of the zoom would draw a 12 px label at 11.99 px.
  const size = natural
    ? { width: Math.ceil(natural.width * zoom), height: Math.ceil(natural.height * zoom) }
    : { width: undefined, height: undefined };
  const percent = zoomPercent(zoom);
  return (
    <div className={`diagram-viewer diagram-viewer-${fitBy === 'both' ? 'full' : 'inline'}`}>
      <div className="diagram-toolbar" role="group" aria-label={format(m.controls, { title })}>
        <button
          type="button"
          className="button"
          onClick={zoomOut}
          aria-disabled={zoom <= MIN_ZOOM + 1e-6}
        >
          <span aria-hidden="true">−</span> {m.zoomOut}
        </button>
        <span className="diagram-zoom-level num" aria-live="polite">
          <span className="visually-hidden">{format(m.zoomLevel, { percent })}</span>
          <span aria-hidden="true">{percent}</span>
        </span>
        <button
          type="button"
          className="button"
          onClick={zoomIn}
          aria-disabled={zoom >= MAX_ZOOM - 1e-6}
        >
          <span aria-hidden="true">+</span> {m.zoomIn}
        </button>
        <button type="button" className="button" onClick={fit}>
          <span aria-hidden="true">↔</span> {m.fit}
        </button>
        {actions}
      </div>
      <div
        ref={scroller}
        className="diagram-scroller"
        role="group"
        aria-label={format(m.pan, { title })}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
      >
        {svg ? (
          // mermaid's own output under securityLevel 'strict'; every label was entity-encoded
          <div ref={picture} className="diagram-svg" role="img" aria-label={label} style={size} />
        ) : (
          <p className="diagram-elsewhere">{m.inFullScreen}</p>
        )}
      </div>
    </div>
  );
}
