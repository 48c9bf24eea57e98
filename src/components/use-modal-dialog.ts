import { useEffect, useRef, type RefObject, type SyntheticEvent } from 'react';

/** What a modal <dialog> element takes from useModalDialog. */
export interface ModalDialogProps {
  ref: RefObject<HTMLDialogElement | null>;
  onCancel: (event: SyntheticEvent<HTMLDialogElement>) => void;
}

/**
 * Props for a <dialog> shown as a modal while mounted: it opens on mount and closes on unmount,
 * giving focus back to what had it before; Esc calls `onClose` (the dialog stays mounted until
 * the caller unmounts it). Where showModal is missing (jsdom) the dialog stays closed, or with
 * `openWithoutModal` opens as a plain open dialog.
 */
export function useModalDialog(onClose: () => void, openWithoutModal = false): ModalDialogProps {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else if (openWithoutModal) dialog.setAttribute('open', '');
    }
    return () => {
      if (dialog.open && typeof dialog.close === 'function') dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, [openWithoutModal]);
  return {
    ref,
    onCancel: (event) => {
      event.preventDefault();
      onClose();
    },
  };
}
