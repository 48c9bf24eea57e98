import type { Weights } from '../../catalogue/types';
import { normaliseWeights } from '../rank';
import type { CompiledStacks } from './compile';

/**
 * Weighted sums over compiled stacks. Two kinds of figure:
 * - exact totals, Score(T) = Σ wᵢ·fᵢ(T) with the weights normalised, summed in the same order
 *   as totalScore (rank.ts) — the figures rows show and ranks are decided on;
 * - running sums S(T) = Σ w̃ᵢ·fᵢ(T) over the raw weights, kept per stack and updated in one
 *   pass over a single dimension when one weight changes (the delta update). S/W equals the
 *   exact total up to rounding (≤ 1e-12 here); select.ts uses it only to find candidates and
 *   decides every order on exact totals, so a delta never changes a result.
 */

/** A weight vector over the compiled dimensions. */
export interface WeightPlan {
  /** Raw weights per compiled dimension (clamped at 0; all 1 when every weight is 0). */
  raw: Float64Array;
  /** W, so that S/W is the normalised total: the sum normaliseWeights divides by. */
  sum: number;
  /** Normalised weights per compiled dimension, as normaliseWeights gives them. */
  normalised: Float64Array;
  /** Compiled dimensions in totalScore's summing order (the weights' key order). */
  order: Int32Array;
}

export function weightPlan(
  compiled: Pick<CompiledStacks, 'dimensionIds'>,
  weights: Weights,
): WeightPlan {
  const normalisedWeights = normaliseWeights(weights);
  const index = new Map(compiled.dimensionIds.map((id, d) => [id, d]));
  const D = compiled.dimensionIds.length;
  const normalised = new Float64Array(D);
  const raw = new Float64Array(D);
  const order: number[] = [];
  // totalScore walks `for (d in normalised)`; a weight without a dimension adds 0 · w.
  for (const id in normalisedWeights) {
    const d = index.get(id);
    if (d === undefined) continue;
    order.push(d);
    normalised[d] = normalisedWeights[id]!;
    raw[d] = Math.max(0, weights[id] ?? 0);
  }
  // W: the sum normaliseWeights divides by (every weight, with or without a dimension).
  const keys = Object.keys(normalisedWeights);
  let sum = keys.reduce((s, id) => s + Math.max(0, weights[id] ?? 0), 0);
  if (sum === 0) {
    // All weights 0 count as equal weights (normaliseWeights): S uses 1 for each.
    for (const d of order) raw[d] = 1;
    sum = keys.length;
  }
  return { raw, sum, normalised, order: Int32Array.from(order) };
}

/** The exact total of stack i: totalScore of its vector under the normalised weights. */
export function exactTotal(compiled: CompiledStacks, plan: WeightPlan, i: number): number {
  let total = 0;
  const { order, normalised } = plan;
  for (let k = 0; k < order.length; k++) {
    const d = order[k]!;
    total += normalised[d]! * compiled.dims[d]![i]!;
  }
  return total;
}

/** Running sums of every stack under a weight plan, and how many deltas they have absorbed. */
export interface RunningSums {
  plan: WeightPlan;
  sums: Float64Array;
  deltas: number;
}

/** A full rescore: S(T) = Σ w̃ᵢ·fᵢ(T) for every stack, one typed-array pass per dimension. */
export function fullSums(
  compiled: CompiledStacks,
  plan: WeightPlan,
  into?: Float64Array,
): RunningSums {
  const n = compiled.size;
  const sums = into && into.length === n ? into : new Float64Array(n);
  sums.fill(0);
  for (let d = 0; d < plan.raw.length; d++) {
    const w = plan.raw[d]!;
    if (w === 0) continue;
    const f = compiled.dims[d]!;
    for (let i = 0; i < n; i++) sums[i]! += w * f[i]!;
  }
  return { plan, sums, deltas: 0 };
}

/** After this many delta updates the sums are recomputed in full, so rounding never piles up. */
export const MAX_DELTAS = 256;

/**
 * The sums under `next`: a delta update (one pass over each changed dimension, in place) when
 * at most two raw weights changed, else a full rescore. The result's `deltas` says which.
 */
export function updateSums(
  compiled: CompiledStacks,
  current: RunningSums | null,
  next: WeightPlan,
): RunningSums {
  if (!current || current.sums.length !== compiled.size) return fullSums(compiled, next);
  const changed: number[] = [];
  for (let d = 0; d < next.raw.length; d++)
    if (next.raw[d] !== current.plan.raw[d]) changed.push(d);
  if (changed.length === 0) return { plan: next, sums: current.sums, deltas: current.deltas };
  if (changed.length > 2 || current.deltas + changed.length > MAX_DELTAS)
    return fullSums(compiled, next, current.sums);
  const sums = current.sums;
  const n = compiled.size;
  for (const d of changed) {
    const delta = next.raw[d]! - current.plan.raw[d]!;
    const f = compiled.dims[d]!;
    for (let i = 0; i < n; i++) sums[i]! += delta * f[i]!;
  }
  return { plan: next, sums, deltas: current.deltas + changed.length };
}
