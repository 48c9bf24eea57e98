import type { ReactNode } from 'react';

import { useMessages } from '../../components/use-messages';
import { EditorDialog } from './editor-dialog';
import { formMessages } from './form-messages';

interface ConfirmDialogProps {
  title: string;
  /** What will happen, and what goes with it. */
  children: ReactNode;
  confirmLabel: string;
  /** Absent when the action is not possible (the body says why): only Cancel is offered. */
  onConfirm?: () => void;
  onClose: () => void;
}

/** A confirmation: the consequences, then the action (danger-styled) and Cancel, which has focus first. */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  const m = useMessages(formMessages);
  return (
    <EditorDialog title={title} onClose={onClose} size="narrow">
      <div className="editor-confirm">{children}</div>
      <div className="editor-form-actions">
        {onConfirm ? (
          <button type="button" className="button editor-danger" onClick={onConfirm}>
            {confirmLabel}
          </button>
        ) : null}
        {/* Cancel first in focus: a stray Enter never deletes. */}
        <button type="button" className="button" autoFocus onClick={onClose}>
          {m.cancel}
        </button>
      </div>
    </EditorDialog>
  );
}
