import { useSyncExternalStore } from 'react';

/**
 * The presenter's base type size in px for a window: 2% of its width or 3.05% of its height,
 * whichever is smaller, between 15 and 80 — 20.5 px at 1024 × 768, 22 px at 1280 × 720,
 * 24.4 px at 1280 × 800, 32.9 px at 1920 × 1080, 65.9 px at 3840 × 2160, 15 px on a phone.
 * The chrome is sized from it; each slide starts from it and shrinks or grows to fit (fit-font.ts).
 */
export function presenterBase(width: number, height: number): number {
  return Math.min(80, Math.max(15, Math.min(width * 0.02, height * 0.0305)));
}

/** How much native controls (a range's thumb) are zoomed at `base`: 1 up to a 1280 × 800 screen's base, then with it. */
export function controlZoom(base: number): number {
  return Math.max(1, base / presenterBase(1280, 800));
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
};
const snapshot = () => presenterBase(window.innerWidth, window.innerHeight);

/** presenterBase for the window; re-renders when the window is resized. */
export function usePresenterBase(): number {
  return useSyncExternalStore(subscribe, snapshot, () => 18);
}
