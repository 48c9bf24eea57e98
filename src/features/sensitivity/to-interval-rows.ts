import { highEnd, lowEnd } from '../../components/stability-words';
import type { Names } from '../../catalogue/names';
import type { Language } from '../../catalogue/types';
import type { Stability } from '../../engine/analysis/stability';
import { format } from '../../i18n/messages';
import { formatNumber } from '../../i18n/numbers';
import type { SensitivityText } from './messages';

/** One weight's row of the interval table, every cell in words. */
export interface IntervalRow {
  dimension: string;
  /** The dimension's name. */
  name: string;
  /** The weight now and the interval's ends, in slider units to hundredths. */
  now: string;
  low: string;
  high: string;
  /** Who takes #1 past each end, or that nobody does within the slider's range. */
  below: string;
  above: string;
  /** The nearest rank reversal is at this weight's lower ('down') or upper ('up') end. */
  nearest: 'down' | 'up' | null;
}

/** A weight in slider units as the panel shows it: at most two decimals. */
export const weightText = (x: number, lang: Language) => formatNumber(x, lang, 2);

/**
 * The interval table's rows, one per weight in the catalogue's order (the analysis keeps it);
 * none when there is no #1.
 */
export function toIntervalRows(
  stability: Stability,
  names: Names,
  lang: Language,
  m: SensitivityText,
  maxWeight = 5,
): IntervalRow[] {
  if (stability.top === null) return [];
  const nearest = stability.nearest;
  const max = weightText(maxWeight, lang);
  return stability.intervals.map((i) => ({
    dimension: i.dimension,
    name: names.dimension(i.dimension, lang),
    now: weightText(i.value, lang),
    low: weightText(lowEnd(i.low), lang),
    high: weightText(highEnd(i.high), lang),
    below: i.below === null ? m.nobodyBelow : names.stack(i.below),
    above: i.above === null ? format(m.nobodyAbove, { max }) : names.stack(i.above),
    nearest: nearest?.dimension === i.dimension ? nearest.direction : null,
  }));
}

/** The weight to sweep first: the one of the nearest reversal, else the catalogue's first. */
export function defaultSweepDimension(
  stability: Stability | null,
  dimensions: readonly string[],
): string | null {
  const nearest = stability?.nearest?.dimension;
  if (nearest !== undefined && dimensions.includes(nearest)) return nearest;
  return dimensions[0] ?? null;
}
