import type { ReactNode } from 'react';

import type { CatalogueError } from '../../catalogue/validate';
import { useMessages } from '../../components/use-messages';
import { EditorDialog } from './editor-dialog';
import { ErrorList, ValidationErrors } from './fields';
import { formMessages } from './form-messages';

interface FormDialogProps {
  title: string;
  /** Called on submit (Enter or the submit button); the browser's own checks are off. */
  onSubmit: () => void;
  /** The submit button's words; Save by default. */
  submitLabel?: string;
  /** Cancel, Close and Esc. */
  onClose: () => void;
  /** The draft's problems, in words: shown above the buttons. */
  problems: readonly string[];
  /** Why the edited catalogue would not validate, when it would not. */
  invalid?: readonly CatalogueError[];
  children: ReactNode;
}

/** An editor dialog holding one form: its fields, then its problems, then submit and Cancel. */
export function FormDialog({
  title,
  onSubmit,
  submitLabel,
  onClose,
  problems,
  invalid = [],
  children,
}: FormDialogProps) {
  const m = useMessages(formMessages);
  return (
    <EditorDialog title={title} onClose={onClose}>
      <form
        className="editor-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit();
        }}
      >
        <p className="editor-hint">{m.requiredNote}</p>
        {children}
        <ErrorList title={m.errorsTitle} items={problems} />
        <ValidationErrors errors={invalid} />
        <div className="editor-form-actions">
          <button type="submit" className="button button-primary">
            {submitLabel ?? m.save}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {m.cancel}
          </button>
        </div>
      </form>
    </EditorDialog>
  );
}
