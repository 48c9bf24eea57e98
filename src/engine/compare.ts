import type { DimensionId, Weights } from '../catalogue/types';
import { normaliseWeights } from './rank';
import type { DimensionVector } from './types';

export interface DimensionDelta {
  dimension: DimensionId;
  /** f_d(A) − f_d(B). */
  scoreDelta: number;
  /** w_d · (f_d(A) − f_d(B)) with normalised weights: this dimension's share of the total gap. */
  weightedDelta: number;
}

export interface StackComparison {
  /** Score(A) − Score(B); equals the sum of weightedDelta. */
  totalDelta: number;
  /** Every dimension, largest weighted advantage of A first (ties by dimension order). */
  deltas: DimensionDelta[];
  /** The dimension that contributes most to A's lead (null when A does not lead). */
  decidedBy: DimensionId | null;
}

/** Why A scores above (or below) B: the per-dimension weighted differences that add up to the gap. */
export function compareVectors(
  a: DimensionVector,
  b: DimensionVector,
  weights: Weights,
): StackComparison {
  const w = normaliseWeights(weights);
  const ids = Object.keys(w);
  const deltas = ids.map((dimension) => {
    const scoreDelta = (a[dimension] ?? 0) - (b[dimension] ?? 0);
    return { dimension, scoreDelta, weightedDelta: (w[dimension] ?? 0) * scoreDelta };
  });
  const totalDelta = deltas.reduce((s, d) => s + d.weightedDelta, 0);
  const sorted = [...deltas].sort(
    (x, y) =>
      y.weightedDelta - x.weightedDelta || ids.indexOf(x.dimension) - ids.indexOf(y.dimension),
  );
  const decidedBy = totalDelta > 0 && sorted[0]!.weightedDelta > 0 ? sorted[0]!.dimension : null;
  return { totalDelta, deltas: sorted, decidedBy };
}
