import type { Dimension, DimensionId, Language, Weights } from '../../catalogue/types';
import { DIMENSION_IDS, normaliseWeights } from '../../engine/rank';

/** One bar of the weights slide. */
export interface WeightBar {
  dimension: DimensionId;
  name: string;
  weight: number;
  /** The normalised weight, 0..1; the six shares sum to 1. */
  share: number;
  /** The share as a whole percentage; the six percentages sum to exactly 100. */
  percent: number;
  /** The share over the largest share, 0..1: how long the bar is drawn. */
  length: number;
  /** The seed's word for the dimension (17.6.1) and the number it stands for. */
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
 * The six weights as bars in DIMENSION_IDS order, named in `lang`: value, normalised share
 * (the engine's normaliseWeights, so all-zero weights share equally), whole percentage and the
 * seed's high/medium/low word.
 */
export function toWeightBars(
  weights: Weights,
  dimensions: readonly Dimension[],
  lang: Language,
): WeightBar[] {
  const normalised = normaliseWeights(weights);
  const shares = DIMENSION_IDS.map((d) => normalised[d]);
  const percents = wholePercents(shares);
  // Lengths from the weights themselves (exact ratios); all-zero weights share equally.
  const positive = DIMENSION_IDS.map((d) => Math.max(0, weights[d]));
  const largest = Math.max(...positive);
  return DIMENSION_IDS.map((dimension, i) => {
    const meta = dimensions.find((d) => d.id === dimension);
    return {
      dimension,
      name: meta?.name[lang] ?? dimension,
      weight: weights[dimension],
      share: shares[i]!,
      percent: percents[i]!,
      length: largest > 0 ? positive[i]! / largest : 1,
      seedWord: meta?.seedWeight ?? 'medium',
      seedWeight: meta?.defaultWeight ?? 0,
    };
  });
}
