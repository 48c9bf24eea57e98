import { useEffect, useId, useRef, useState, type FocusEvent } from 'react';

/**
 * A disclosure popover next to its toggle button (the Export menu, the ranking's Columns):
 * on open, focus moves to the first element matching `focusFirst`; a pointer-down outside or
 * focus leaving the wrapper closes it. Spread `wrapperProps` on the wrapper and `toggleProps`
 * on the toggle button; the popover element takes `id`.
 */
export function usePopover(focusFirst: string) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    wrapper.current?.querySelector<HTMLElement>(focusFirst)?.focus();
    const closeOutside = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open, focusFirst]);

  return {
    open,
    setOpen,
    id,
    wrapper,
    toggle,
    wrapperProps: {
      ref: wrapper,
      onBlur: (event: FocusEvent<HTMLDivElement>) => {
        // Only when focus moves somewhere else: Safari and Firefox on macOS do not focus a
        // clicked button (relatedTarget is null), and closing then would swallow the click.
        const next = event.relatedTarget as Node | null;
        if (open && next && !wrapper.current?.contains(next)) setOpen(false);
      },
    },
    toggleProps: {
      ref: toggle,
      'aria-expanded': open,
      'aria-controls': id,
      onClick: () => setOpen((v) => !v),
    },
  };
}
