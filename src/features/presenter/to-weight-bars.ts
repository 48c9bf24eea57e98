import type { Dimension, DimensionId, Language, Weights } from '../../catalogue/types';
import { normaliseWeights } from '../../engine/rank';
import { wholePercents } from '../../i18n/numbers';

/** One bar of the weights slide. */
export interface WeightBar {
  dimension: DimensionId;
  name: string;
  weight: number;
  /** The normalised weight, 0..1; the shares sum to 1. */
  share: number;
  /** The share as a whole percentage; the percentages sum to exactly 100. */
  percent: number;
  /**
   * The seed's word for the dimension (17.6.1), absent for a dimension the user added, and
   * the dimension's default weight (the number the seed's word stands for).
   */
  seedWord: Dimension['seedWeight'];
  seedWeight: number;
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
  return dimensions.map((meta, i) => ({
    dimension: meta.id,
    name: meta.name[lang],
    weight: values[i]!,
    share: shares[i]!,
    percent: percents[i]!,
    seedWord: meta.seedWeight,
    seedWeight: meta.defaultWeight,
  }));
}
