import {
  useEffect,
  useRef,
  type MouseEvent,
  type PointerEvent,
  type RefObject,
  type SyntheticEvent,
} from 'react';

/** What a modal <dialog> element takes from useModalDialog: spread them onto the element. */
export interface ModalDialogProps {
  ref: RefObject<HTMLDialogElement | null>;
  onCancel: (event: SyntheticEvent<HTMLDialogElement>) => void;
  onClose: (event: SyntheticEvent<HTMLDialogElement>) => void;
  onPointerDown?: (event: PointerEvent<HTMLDialogElement>) => void;
  onClick?: (event: MouseEvent<HTMLDialogElement>) => void;
}

export interface ModalDialogOptions {
  /** Where showModal is missing (jsdom), open as a plain open dialog instead of staying closed. */
  openWithoutModal?: boolean;
  /** The element to focus on open (the browser's default is the first focusable one). */
  initialFocus?: RefObject<HTMLElement | null>;
  /** A click on the backdrop (the dialog element itself, outside its content) closes it. */
  closeOnBackdrop?: boolean;
}

/**
 * The one modal mechanism of the app (drawer, dialogs, presenter): a native <dialog> shown as
 * a modal while mounted — the page behind is inert, focus moves in on open and goes back to
 * what had it before on unmount. Esc (and a backdrop click with `closeOnBackdrop`) calls
 * `onClose`; the dialog stays mounted until the caller unmounts it.
 */
export function useModalDialog(
  onClose: () => void,
  options: ModalDialogOptions = {},
): ModalDialogProps {
  const { openWithoutModal = false, initialFocus, closeOnBackdrop = false } = options;
  const ref = useRef<HTMLDialogElement>(null);
  // Where the press began: a drag that starts inside (selecting text, moving a slider) and
  // ends on the backdrop fires 'click' on the dialog too, and must not close it.
  const pressedBackdrop = useRef(false);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else if (openWithoutModal) dialog.setAttribute('open', '');
    }
    initialFocus?.current?.focus();
    return () => {
      if (dialog.open && typeof dialog.close === 'function') dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, [openWithoutModal, initialFocus]);
  return {
    ref,
    onCancel: (event) => {
      event.preventDefault();
      onClose();
    },
    onClose: (event) => {
      // The 'close' event is async: one queued by an effect cleanup (StrictMode re-runs
      // effects) can arrive after showModal() reopened the dialog; only a closed one counts.
      if (!event.currentTarget.open) onClose();
    },
    onPointerDown: closeOnBackdrop
      ? (event) => {
          pressedBackdrop.current = event.target === event.currentTarget;
        }
      : undefined,
    onClick: closeOnBackdrop
      ? (event) => {
          const fromBackdrop = pressedBackdrop.current;
          pressedBackdrop.current = false;
          if (fromBackdrop && event.target === event.currentTarget) onClose();
        }
      : undefined,
  };
}
