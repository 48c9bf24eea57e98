import type { Weights } from '../catalogue/types';
import type { DimensionVector } from './types';

/**
 * Weights scaled to sum to 1; all-zero weights count as equal weights. The keys are the
 * catalogue's dimensions (the store keeps one weight per dimension of its catalogue).
 */
export function normaliseWeights(weights: Weights): Weights {
  const ids = Object.keys(weights);
  const sum = ids.reduce((s, d) => s + Math.max(0, weights[d] ?? 0), 0);
  const out: Weights = {};
  for (const d of ids) out[d] = sum === 0 ? 1 / ids.length : Math.max(0, weights[d] ?? 0) / sum;
  return out;
}

/** Score(T) = Σ wᵢ·fᵢ(T) with normalised weights, in 0..1; a dimension without a score counts 0. */
export function totalScore(vector: DimensionVector, normalised: Weights): number {
  let total = 0;
  for (const d in normalised) total += (normalised[d] ?? 0) * (vector[d] ?? 0);
  return total;
}

// Scores are compared at 1e-9 so that scaling all weights (which can move the last bit)
// never swaps two stacks; exact ties fall back to the id (rankAssessed in evaluate.ts).
/** A score rounded to 1e-9, the precision at which two stacks count as tied. */
export function quantiseScore(x: number): number {
  return Math.round(x * 1e9);
}
