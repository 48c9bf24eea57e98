import { useEffect, useState } from 'react';

/** How long the charts wait for a weight to rest before they redraw. */
export const CHART_SETTLE_MS = 120;

/**
 * The value once it has not changed for `delayMs`; the first value at once. Used for the
 * charts, so a slider drag repaints the ranking every frame and the charts when the hand rests.
 */
export function useSettledValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = window.setTimeout(() => setSettled(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, settled, delayMs]);
  return settled;
}
