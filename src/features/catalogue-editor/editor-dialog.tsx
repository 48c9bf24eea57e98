import { useId, type ReactNode } from 'react';

import { useMessages } from '../../components/use-messages';
import { useModalDialog } from '../../components/use-modal-dialog';
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
  const modal = useModalDialog(onClose, { openWithoutModal: true });

  return (
    <dialog
      {...modal}
      className={`modal editor-dialog editor-dialog-${size}`}
      aria-labelledby={titleId}
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
