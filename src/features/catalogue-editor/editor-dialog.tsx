import { useEffect, useId, useRef, type ReactNode } from 'react';

import { useMessages } from '../../components/use-messages';
import { formMessages } from './form-messages';
import '../../components/modal.css';

interface EditorDialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** `narrow` for confirmations. */
  size?: 'wide' | 'narrow';
}

/**
 * A modal <dialog> labelled by its title: Esc and Close close it, focus returns to what opened
 * it. Where showModal is missing (jsdom), it opens as a plain open dialog.
 */
export function EditorDialog({ title, onClose, children, size = 'wide' }: EditorDialogProps) {
  const m = useMessages(formMessages);
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    return () => {
      if (dialog.open && typeof dialog.close === 'function') dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`modal editor-dialog editor-dialog-${size}`}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="modal-frame">
        <header className="modal-header">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="button" aria-label={m.close} onClick={onClose}>
            <span aria-hidden="true">✕</span>
          </button>
        </header>
        <div className="editor-dialog-body">{children}</div>
      </div>
    </dialog>
  );
}
