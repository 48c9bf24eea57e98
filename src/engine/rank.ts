import { DIMENSION_IDS } from '../catalogue/ids';
import type { Weights } from '../catalogue/types';
import type { DimensionVector, RankedStack, ScoredStack } from './types';

/** The dimension ids in 17.6.1's order (declared once, in catalogue/ids.ts). */
export { DIMENSION_IDS } from '../catalogue/ids';
/** Weights scaled to sum to 1; all-zero weights count as equal weights. */
export function normaliseWeights(weights: Weights): Weights {
  const sum = DIMENSION_IDS.reduce((s, d) => s + Math.max(0, weights[d]), 0);
  const out = {} as Weights;
  for (const d of DIMENSION_IDS)
    out[d] = sum === 0 ? 1 / DIMENSION_IDS.length : Math.max(0, weights[d]) / sum;
  return out;
}

/** Score(T) = Σ wᵢ·fᵢ(T) with normalised weights, in 0..1. */
export function totalScore(vector: DimensionVector, normalised: Weights): number {
  let total = 0;
  for (const d of DIMENSION_IDS) total += normalised[d] * vector[d];
  return total;
}

// Scores are compared at 1e-9 so that scaling all weights (which can move the last bit)
// never swaps two stacks; exact ties fall back to the id.
/** A score rounded to 1e-9, the precision at which two stacks count as tied. */
export function quantiseScore(x: number): number {
  return Math.round(x * 1e9);
}

/** Highest score first, ties by stack id; a pure total order. */
export function compareRanked(
  a: { total: number; stack: { id: string } },
  b: { total: number; stack: { id: string } },
): number {
  const diff = quantiseScore(b.total) - quantiseScore(a.total);
  if (diff !== 0) return diff;
  return a.stack.id < b.stack.id ? -1 : a.stack.id > b.stack.id ? 1 : 0;
}

/** Ranks scored stacks under the weights: argmax first (17.9.1), deterministic. Does not mutate its input. */
export function rankStacks(scored: ScoredStack[], weights: Weights): RankedStack[] {
  const w = normaliseWeights(weights);
  const withTotals = scored.map((s) => ({ ...s, total: totalScore(s.dimensions, w), rank: 0 }));
  withTotals.sort(compareRanked);
  withTotals.forEach((s, i) => (s.rank = i + 1));
  return withTotals;
}
