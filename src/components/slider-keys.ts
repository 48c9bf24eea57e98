import type { KeyboardEvent } from 'react';

import { MAX_WEIGHT } from '../store/app-store';

/** A slider's range and the step its keys move by (its value may lie between steps). */
export interface SliderSteps {
  min: number;
  max: number;
  /** Arrow keys move to the next multiple of this. */
  step: number;
  /** PageUp / PageDown move by this many steps. */
  page?: number;
}

/** A weight slider: 0 … MAX_WEIGHT in half steps (the store rounds a drag to 0.5 too). */
export const WEIGHT_STEPS: SliderSteps = { min: 0, max: MAX_WEIGHT, step: 0.5 };

/** Multiples of a step within rounding: 3.0000000001 counts as 3. */
const EPSILON = 1e-9;

/**
 * The value a key moves a slider to: arrows to the next / previous multiple of `step` (from a
 * value between steps, the nearest one in that direction), PageUp / PageDown by `page` steps
 * from there, Home / End to the ends; null for any other key. Right and Up go up.
 */
export function steppedValue(key: string, value: number, steps: SliderSteps): number | null {
  const { min, max, step, page = 2 } = steps;
  const units = value / step;
  const up = (n: number) => (Math.floor(units + EPSILON) + n) * step;
  const down = (n: number) => (Math.ceil(units - EPSILON) - n) * step;
  const to = (x: number) => Math.min(max, Math.max(min, x));
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return to(up(1));
    case 'ArrowLeft':
    case 'ArrowDown':
      return to(down(1));
    case 'PageUp':
      return to(up(page));
    case 'PageDown':
      return to(down(page));
    case 'Home':
      return min;
    case 'End':
      return max;
    default:
      return null;
  }
}

/**
 * A keydown handler for an `<input type="range" step="any">` whose value may lie between
 * steps (weights in hundredths): the thumb sits at the exact value, while the keys still move
 * by whole steps. A modified key (Ctrl, Alt, Meta) is left to the browser and the page.
 */
export function stepKeyDown(
  steps: SliderSteps,
  set: (value: number) => void,
): (event: KeyboardEvent<HTMLInputElement>) => void {
  return (event) => {
    if (event.ctrlKey || event.altKey || event.metaKey) return;
    const next = steppedValue(event.key, event.currentTarget.valueAsNumber, steps);
    if (next === null) return;
    event.preventDefault();
    set(next);
  };
}
