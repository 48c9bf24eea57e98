import type { DimensionId, Weights } from '../../catalogue/types';
import { DIMENSION_IDS, normaliseWeights } from '../../engine/rank';

export interface WeightShare {
  dimension: DimensionId;
  weight: number;
  /** The normalised weight, 0..1; the shares sum to 1. */
  share: number;
  /** The share as a whole percentage; the percentages sum to exactly 100. */
  percent: number;
}

/**
 * Each dimension's weight and its share of the total, in DIMENSION_IDS order. Shares come
 * from the engine's normaliseWeights (all-zero weights share equally); percentages are
 * rounded by largest remainder so that the six figures on screen add up to 100.
 */
export function toWeightShares(weights: Weights): WeightShare[] {
  const normalised = normaliseWeights(weights);
  const exact = DIMENSION_IDS.map((d) => normalised[d] * 100);
  const percents = exact.map(Math.floor);
  let missing = 100 - percents.reduce((a, b) => a + b, 0);
  // Largest remainder first; ties go to the earlier dimension so the result is deterministic.
  const byRemainder = exact
    .map((x, i) => ({ i, rest: x - Math.floor(x) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of byRemainder) {
    if (missing <= 0) break;
    percents[i]! += 1;
    missing -= 1;
  }
  return DIMENSION_IDS.map((dimension, i) => ({
    dimension,
    weight: weights[dimension],
    share: normalised[dimension],
    percent: percents[i]!,
  }));
}
