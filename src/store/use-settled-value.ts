import { startTransition, useEffect, useState } from 'react';

/** How long the charts wait for a weight to rest before they redraw. */
export const CHART_SETTLE_MS = 120;

/**
 * The value once it has not changed for `delayMs`; the first value at once. Used for the
 * charts, so a slider drag repaints the ranking every frame and the charts when the hand rests.
 * The settled value arrives in a transition: the charts' render yields to the next slider step
 * instead of holding the frame (a long animation frame during a drag).
 */
export function useSettledValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = window.setTimeout(() => startTransition(() => setSettled(value)), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, settled, delayMs]);
  return settled;
}
