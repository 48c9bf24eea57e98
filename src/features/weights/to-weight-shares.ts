import type { DimensionId, Weights } from '../../catalogue/types';
import { normaliseWeights } from '../../engine/rank';

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
  const exact = dimensions.map((d) => (normalised[d] ?? 0) * 100);
  const percents = exact.map(Math.floor);
  let missing = dimensions.length === 0 ? 0 : 100 - percents.reduce((a, b) => a + b, 0);
  // Largest remainder first; ties go to the earlier dimension so the result is deterministic.
  const byRemainder = exact
    .map((x, i) => ({ i, rest: x - Math.floor(x) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of byRemainder) {
    if (missing <= 0) break;
    percents[i]! += 1;
    missing -= 1;
  }
  return dimensions.map((dimension, i) => ({
    dimension,
    weight: own(dimension),
    share: normalised[dimension] ?? 0,
    percent: percents[i]!,
  }));
}
