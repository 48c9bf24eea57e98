/** How far a slide's type may move from the window's base size to fill or fit its area. */
export const FIT_RANGE = { grow: 1.35, shrink: 0.5, floor: 12 } as const;

/** The font sizes (px) a slide's type is searched between for a window base size `base`. */
export function fitBounds(base: number): { min: number; max: number } {
  const max = base * FIT_RANGE.grow;
  return { min: Math.min(max, Math.max(FIT_RANGE.floor, base * FIT_RANGE.shrink)), max };
}

/**
 * The largest size in [min, max], to `step` px, for which `fits(size)` holds, found by
 * bisection (larger type never fits better); `min` when even that does not fit.
 */
export function fitFont(
  min: number,
  max: number,
  fits: (size: number) => boolean,
  step = 0.25,
): number {
  const snap = (size: number) => Math.floor(size / step) * step;
  let lo = snap(min);
  let hi = snap(max);
  if (hi <= lo || fits(hi)) return Math.max(lo, hi);
  if (!fits(lo)) return lo;
  // Invariant: lo fits, hi does not.
  while (hi - lo > step) {
    const mid = snap((lo + hi) / 2);
    if (mid <= lo || mid >= hi) break;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}
