import type { Language } from '../../catalogue/types';
import { highEnd, intervalText, lowEnd } from '../../components/stability-words';
import type { Stability } from '../../engine/analysis/stability';

/** Where one slider's current #1 holds, for the band drawn on its track. */
export interface SliderBand {
  /** The interval's ends in raw slider units, to hundredths rounded inwards (as the table shows them). */
  low: number;
  high: number;
  /** The same ends as fractions of the slider's range, for the track (exact, clamped to 0 … 1). */
  start: number;
  end: number;
  /** The interval in words, for the slider's description. */
  text: string;
}

const fraction = (x: number, max: number) => Math.min(1, Math.max(0, x / max));

/**
 * Each weight's stability interval as a band on its slider, by dimension id; empty when there
 * is no analysis yet or no #1 to keep.
 */
export function toSliderBands(
  stability: Stability | null,
  lang: Language,
  maxWeight: number,
): Map<string, SliderBand> {
  const bands = new Map<string, SliderBand>();
  if (!stability || stability.top === null) return bands;
  for (const interval of stability.intervals)
    bands.set(interval.dimension, {
      low: lowEnd(interval.low),
      high: highEnd(interval.high),
      start: fraction(interval.low, maxWeight),
      end: fraction(interval.high, maxWeight),
      text: intervalText(interval, lang, maxWeight),
    });
  return bands;
}
