import { useId, useLayoutEffect, useRef } from 'react';

import { useModalDialog } from '../use-modal-dialog';
import type { CspSafeSvg } from './csp-styles';
import { useMessages } from '../use-messages';
import { diagramMessages } from './diagram-messages';
import { DiagramViewer } from './diagram-viewer';
import '../modal.css';

interface DiagramDialogProps {
  svg: CspSafeSvg;
  label: string;
  title: string;
  onClose: () => void;
}

/**
 * A diagram in a full-screen modal <dialog>, fitted to the screen as far as its labels stay
 * readable; Close and Esc close it and focus goes back to the button that opened it.
 */
export function DiagramDialog({ svg, label, title, onClose }: DiagramDialogProps) {
  const m = useMessages(diagramMessages);
  const titleId = useId();
  const scroller = useRef<HTMLElement>(null);
  const modal = useModalDialog(onClose, { openWithoutModal: true, initialFocus: scroller });
  // Focus starts on the diagram, so the arrow keys pan and + − zoom at once. Layout effects
  // run before the modal's own effect, which opens the dialog and moves focus there.
  useLayoutEffect(() => {
    scroller.current = modal.ref.current?.querySelector<HTMLElement>('.diagram-scroller') ?? null;
  }, [modal.ref]);
  return (
    <dialog {...modal} className="modal diagram-modal" aria-labelledby={titleId}>
      <div className="modal-frame">
        <header className="modal-header diagram-modal-header">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="button" onClick={onClose}>
            <span aria-hidden="true">✕</span> {m.close}
          </button>
        </header>
        <DiagramViewer svg={svg} label={label} title={title} fitBy="both" start="fit" />
      </div>
    </dialog>
  );
}
