import type { Dimension, DimensionId, Language, Weights } from '../../catalogue/types';
import { normaliseWeights } from '../../engine/rank';

/** One bar of the weights slide. */
export interface WeightBar {
  dimension: DimensionId;
  name: string;
  weight: number;
  /** The normalised weight, 0..1; the shares sum to 1. */
  share: number;
  /** The share as a whole percentage; the percentages sum to exactly 100. */
  percent: number;
  /** The share over the largest share, 0..1: how long the bar is drawn. */
  length: number;
  /**
   * The seed's word for the dimension (17.6.1), absent for a dimension the user added, and
   * the dimension's default weight (the number the seed's word stands for).
   */
  seedWord: Dimension['seedWeight'];
  seedWeight: number;
}

/** Whole percentages by largest remainder (ties to the earlier entry), so they sum to 100. */
export function wholePercents(shares: readonly number[]): number[] {
  const exact = shares.map((s) => s * 100);
  const percents = exact.map(Math.floor);
  let missing = 100 - percents.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, rest: x - Math.floor(x) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (missing <= 0) break;
    percents[i]! += 1;
    missing -= 1;
  }
  return percents;
}

/**
 * One bar per dimension of the catalogue, in its order, named in `lang`: value, normalised
 * share (the engine's normaliseWeights, so all-zero weights share equally), whole percentage
 * and the seed's high/medium/low word. A dimension without a weight counts 0.
 */
export function toWeightBars(
  weights: Weights,
  dimensions: readonly Dimension[],
  lang: Language,
): WeightBar[] {
  const values = dimensions.map((d) => weights[d.id] ?? 0);
  const normalised = normaliseWeights(
    Object.fromEntries(dimensions.map((d, i) => [d.id, values[i]!])),
  );
  const shares = dimensions.map((d) => normalised[d.id] ?? 0);
  const percents = wholePercents(shares);
  // Lengths from the weights themselves (exact ratios); all-zero weights share equally.
  const positive = values.map((v) => Math.max(0, v));
  const largest = Math.max(...positive);
  return dimensions.map((meta, i) => ({
    dimension: meta.id,
    name: meta.name[lang],
    weight: values[i]!,
    share: shares[i]!,
    percent: percents[i]!,
    length: largest > 0 ? positive[i]! / largest : 1,
    seedWord: meta.seedWeight,
    seedWeight: meta.defaultWeight,
  }));
}
