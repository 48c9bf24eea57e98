import { useSyncExternalStore } from 'react';

/**
 * The presenter's base font size in px for the current window, the same rule as presenter.css
 * (`--p-base`): 1.3vw or 2.3vh, whichever is smaller, never below 18 — 24.8 px at 1920 × 1080,
 * 18 px at 1280 × 720.
 */
export function presenterBase(width: number, height: number): number {
  return Math.max(18, Math.min(width * 0.013, height * 0.023));
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
};
const snapshot = () => presenterBase(window.innerWidth, window.innerHeight);

/** presenterBase for the window; re-renders when the window is resized. For SVG text CSS cannot size. */
export function usePresenterBase(): number {
  return useSyncExternalStore(subscribe, snapshot, () => 18);
}
