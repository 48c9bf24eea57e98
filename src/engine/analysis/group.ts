import { weightsFromPriorities } from './ahp';

/**
 * Group review: several reviewers' slider weights (catalogue dimension order) combined into
 * one set, and where the reviewers disagree.
 */

/** How the reviewers' shares combine: geometric (the AHP group default, Aczél–Saaty) or arithmetic. */
export type GroupMean = 'geometric' | 'arithmetic';

/** How far the reviewers' shares of one dimension spread. */
export interface DimensionSpread {
  /** The dimension's position in the catalogue. */
  dimension: number;
  min: number;
  max: number;
  /** Population standard deviation of the shares (the reviewers are the whole group). */
  sd: number;
  /** How many reviewers gave the dimension no weight at all. */
  zeros: number;
}

export interface CombinedWeights {
  mean: GroupMean;
  /** Each reviewer's shares (summing to 1), in the order given. */
  reviewerShares: number[][];
  /** The combined shares, summing to 1. */
  shares: number[];
  /** The combined shares as slider weights (largest = 5, hundredths). */
  weights: number[];
  /** One per dimension, the most disagreed first (sd, then range, then catalogue order). */
  spread: DimensionSpread[];
}

/**
 * A reviewer's weights as shares of their total; weights that are all zero (or not numbers,
 * read as 0) count as equal, as in normaliseWeights.
 */
export function sharesOf(weights: readonly number[]): number[] {
  const clean = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 0));
  const sum = clean.reduce((s, w) => s + w, 0);
  return sum > 0 ? clean.map((w) => w / sum) : clean.map(() => 1 / clean.length);
}

function meanOf(values: number[], mean: GroupMean): number {
  if (mean === 'arithmetic') return values.reduce((s, v) => s + v, 0) / values.length;
  // A zero share makes the geometric mean 0: one reviewer's "no weight" is a veto.
  if (values.some((v) => v === 0)) return 0;
  return Math.exp(values.reduce((s, v) => s + Math.log(v), 0) / values.length);
}

/** A difference, or 0 when it is only floating-point noise (equal spreads keep catalogue order). */
const beyondRounding = (gap: number) => (Math.abs(gap) > 1e-12 ? gap : 0);

function spreadOf(dimension: number, values: number[]): DimensionSpread {
  const avg = values.reduce((s, v) => s + v, 0) / values.length;
  const variance = values.reduce((s, v) => s + (v - avg) ** 2, 0) / values.length;
  return {
    dimension,
    min: Math.min(...values),
    max: Math.max(...values),
    sd: Math.sqrt(variance),
    zeros: values.filter((v) => v === 0).length,
  };
}

/**
 * Combines reviewers' raw slider weights: each reviewer is normalised to shares first (so a
 * reviewer who uses high numbers counts as much as one who uses low ones), then per dimension
 * the geometric or arithmetic mean, renormalised to sum 1. Zero handling (geometric): a
 * dimension any reviewer gave 0 combines to 0; when that leaves every dimension at 0 the
 * combined shares are equal. Null without reviewers; throws when their lengths differ.
 */
export function combineWeights(
  reviewers: readonly (readonly number[])[],
  mean: GroupMean,
): CombinedWeights | null {
  if (reviewers.length === 0) return null;
  const n = reviewers[0]!.length;
  if (reviewers.some((r) => r.length !== n))
    throw new RangeError('Every reviewer needs a weight for each dimension');
  const reviewerShares = reviewers.map(sharesOf);
  const column = (d: number) => reviewerShares.map((s) => s[d]!);
  const raw = Array.from({ length: n }, (_, d) => meanOf(column(d), mean));
  const total = raw.reduce((s, v) => s + v, 0);
  const shares = total > 0 ? raw.map((v) => v / total) : raw.map(() => 1 / n);
  const spread = Array.from({ length: n }, (_, d) => spreadOf(d, column(d))).sort(
    (a, b) =>
      beyondRounding(b.sd - a.sd) ||
      beyondRounding(b.max - b.min - (a.max - a.min)) ||
      a.dimension - b.dimension,
  );
  return { mean, reviewerShares, shares, weights: weightsFromPriorities(shares), spread };
}
