import type { DimensionId, Weights } from '../../catalogue/types';
import { normaliseWeights } from '../../engine/rank';
import { wholePercents } from '../../i18n/numbers';

export interface WeightShare {
  dimension: DimensionId;
  weight: number;
  /** The normalised weight, 0..1; the shares sum to 1. */
  share: number;
  /** The share as a whole percentage; the percentages sum to exactly 100. */
  percent: number;
}

/**
 * Each dimension's weight and its share of the total, in the order of `dimensions` (the
 * catalogue's; a dimension without a weight counts 0). Shares come from the engine's
 * normaliseWeights (all-zero weights share equally); percentages are rounded by largest
 * remainder so that the figures on screen add up to 100.
 */
export function toWeightShares(
  weights: Weights,
  dimensions: readonly DimensionId[] = Object.keys(weights),
): WeightShare[] {
  const own = (d: DimensionId) => (Object.hasOwn(weights, d) ? (weights[d] ?? 0) : 0);
  const normalised = normaliseWeights(Object.fromEntries(dimensions.map((d) => [d, own(d)])));
  const percents = wholePercents(dimensions.map((d) => normalised[d] ?? 0));
  return dimensions.map((dimension, i) => ({
    dimension,
    weight: own(dimension),
    share: normalised[dimension] ?? 0,
    percent: percents[i]!,
  }));
}

/** One segment of the stacked share bar, in percent of the bar's length. */
export interface ShareSegment {
  dimension: DimensionId;
  /** Where the segment starts: the shares of the dimensions before it. */
  start: number;
  /** The segment's length: exactly the dimension's share of the total weight. */
  width: number;
}

/**
 * The stacked "share of the total" bar: one segment per dimension in order, laid end to end
 * from 0 to 100, each as long as its exact share (not its rounded percentage, and never
 * relative to the largest weight).
 */
export function toShareSegments(shares: readonly WeightShare[]): ShareSegment[] {
  let start = 0;
  return shares.map(({ dimension, share }) => {
    const segment = { dimension, start: start * 100, width: share * 100 };
    start += share;
    return segment;
  });
}
