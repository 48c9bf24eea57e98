import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';

import { useMessages } from '../../components/use-messages';
import { enterFullscreen, leaveFullscreen } from './fullscreen';
import { presenterMessages } from './messages';

// The slides draw a recharts radar: load them when the presenter is first wanted, not with the page.
const loadOverlay = () => import('./presenter-overlay');
const PresenterOverlay = lazy(() => loadOverlay().then((m) => ({ default: m.PresenterOverlay })));

/** "Present" in the header: opens the full-screen presenter and takes focus back when it closes. */
export function PresentButton() {
  const m = useMessages(presenterMessages);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  const start = () => {
    // Inside the click: browsers grant full screen only during a user gesture.
    enterFullscreen();
    setOpen(true);
  };
  const close = useCallback(() => {
    leaveFullscreen();
    setOpen(false);
  }, []);

  useEffect(() => {
    // After the overlay has unmounted and the page is interactive again.
    if (!open && wasOpen.current) button.current?.focus();
    wasOpen.current = open;
  }, [open]);

  return (
    <>
      <button
        ref={button}
        type="button"
        className="button present-button"
        aria-haspopup="dialog"
        title={m.presentHint}
        onClick={start}
        onPointerEnter={() => void loadOverlay()}
        onFocus={() => void loadOverlay()}
      >
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <path d="M4 2.5v11l9-5.5z" fill="currentColor" />
        </svg>
        {m.present}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <PresenterOverlay onClose={close} />
        </Suspense>
      ) : null}
    </>
  );
}
