import { useEffect, useRef } from 'react';

/** Asks the browser to show the page full screen; a refusal (headless, iframe, policy) is ignored. */
export function enterFullscreen(): void {
  const root = document.documentElement;
  if (!document.fullscreenEnabled || document.fullscreenElement || !root.requestFullscreen) return;
  root.requestFullscreen().catch(() => {
    // The presenter is a fixed overlay and works the same without full screen.
  });
}

/** Leaves full screen if the page is in it; failures are ignored. */
export function leaveFullscreen(): void {
  if (!document.fullscreenElement || !document.exitFullscreen) return;
  document.exitFullscreen().catch(() => {});
}

/**
 * Calls `onExit` when the browser leaves full screen by itself (its own Esc handling, which
 * may swallow the key press), so one Esc leaves both full screen and the presenter.
 */
export function useFullscreenExit(onExit: () => void): void {
  const latest = useRef(onExit);
  useEffect(() => {
    latest.current = onExit;
  }, [onExit]);
  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement) latest.current();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
}
