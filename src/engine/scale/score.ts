import type { Weights } from '../../catalogue/types';
import {
  closenessAt,
  columnWeights,
  productAt,
  topsisBasis,
  topsisTerms,
  type Method,
  type TopsisBasis,
  type TopsisTerms,
} from '../methods';
import { COMPAT, indexAtIdPlace, type CompiledStacks } from './compile';

/**
 * Scores over compiled stacks. Two kinds of figure:
 * - exact totals: the method's score of a stack (methods.ts). For the weighted sum,
 *   Score(T) = Σ wᵢ·fᵢ(T) with the weights normalised, summed in the same order as totalScore
 *   (rank.ts) — the figures rows show and ranks are decided on;
 * - running sums S(T), kept per stack so that S/W approximates the exact total. For the
 *   weighted sum S = Σ w̃ᵢ·fᵢ(T) over the raw weights, updated in one pass over a single
 *   dimension when one weight changes (the delta update); S/W equals the exact total up to
 *   rounding (≤ 1e-12 here). For the other methods S ≈ exact total × W (fullSums), recomputed
 *   in full on every weight change. select.ts uses S/W only to find candidates and decides every order on
 *   exact totals, so neither a delta nor a method ever changes a result.
 */

/** A weight vector over the compiled dimensions, and the method it scores with. */
export interface WeightPlan {
  /** Raw weights per compiled dimension (clamped at 0; all 1 when every weight is 0). */
  raw: Float64Array;
  /** W, so that S/W is the normalised total: the sum normaliseWeights divides by. */
  sum: number;
  /** Normalised weights per compiled dimension, as normaliseWeights gives them. */
  normalised: Float64Array;
  /** Compiled dimensions in totalScore's summing order (the weights' key order). */
  order: Int32Array;
  method: Method;
  /** TOPSIS only: the compiled stacks' basis under these weights. */
  topsis: TopsisTerms | null;
}

const bases = new WeakMap<CompiledStacks, TopsisBasis>();

/**
 * The TOPSIS basis of compiled stacks (methods.ts): the reference set is the compatible stacks
 * (compat not invalid), squares summed in stack-id order as rankAssessed's basis sums them.
 * Computed once per CompiledStacks and kept while they live.
 */
export function topsisBasisOf(compiled: CompiledStacks): TopsisBasis {
  let basis = bases.get(compiled);
  if (!basis) {
    const { size, compat } = compiled;
    basis = topsisBasis(
      compiled.dims,
      (row) => {
        for (let place = 0; place < size; place++) row(indexAtIdPlace(compiled, place));
      },
      (i) => compat[i] !== COMPAT.invalid,
    );
    bases.set(compiled, basis);
  }
  return basis;
}

/** The plan of the weights under the weighted sum (TOPSIS needs the stacks themselves). */
export function weightPlan(
  compiled: Pick<CompiledStacks, 'dimensionIds'>,
  weights: Weights,
): WeightPlan;
/** The plan of the weights under a method; TOPSIS's basis is computed once per `compiled`. */
export function weightPlan(compiled: CompiledStacks, weights: Weights, method?: Method): WeightPlan;
export function weightPlan(
  compiled: Pick<CompiledStacks, 'dimensionIds'>,
  weights: Weights,
  method: Method = 'weightedSum',
): WeightPlan {
  const { normalised, order } = columnWeights(compiled.dimensionIds, weights);
  const raw = new Float64Array(normalised.length);
  // totalScore walks `for (d in normalised)`; a weight without a dimension adds 0 · w.
  for (const d of order) raw[d] = Math.max(0, weights[compiled.dimensionIds[d]!] ?? 0);
  // W: the sum normaliseWeights divides by (every weight, with or without a dimension).
  const keys = Object.keys(weights);
  let sum = keys.reduce((s, id) => s + Math.max(0, weights[id] ?? 0), 0);
  if (sum === 0) {
    // All weights 0 count as equal weights (normaliseWeights): S uses 1 for each.
    for (const d of order) raw[d] = 1;
    sum = keys.length;
  }
  const plan: WeightPlan = { raw, sum, normalised, order, method, topsis: null };
  if (method === 'topsis')
    plan.topsis = topsisTerms(topsisBasisOf(compiled as CompiledStacks), plan);
  return plan;
}

/**
 * Same method, normalised weights and dimensions (and, for TOPSIS, the same basis): the same
 * exact totals and order.
 */
export function samePlan(a: WeightPlan, b: WeightPlan): boolean {
  if (a.method !== b.method || a.topsis?.basis !== b.topsis?.basis) return false;
  if (a.normalised.length !== b.normalised.length || a.order.length !== b.order.length)
    return false;
  for (let d = 0; d < a.normalised.length; d++)
    if (a.normalised[d] !== b.normalised[d]) return false;
  for (let k = 0; k < a.order.length; k++) if (a.order[k] !== b.order[k]) return false;
  return true;
}

/**
 * The exact total of stack i under the plan's method: for the weighted sum, totalScore of its
 * vector under the normalised weights; else productAt or closenessAt (methods.ts).
 */
export function exactTotal(compiled: CompiledStacks, plan: WeightPlan, i: number): number {
  if (plan.method !== 'weightedSum') return methodTotal(compiled, plan, i);
  let total = 0;
  const { order, normalised } = plan;
  for (let k = 0; k < order.length; k++) {
    const d = order[k]!;
    total += normalised[d]! * compiled.dims[d]![i]!;
  }
  return total;
}

function methodTotal(compiled: CompiledStacks, plan: WeightPlan, i: number): number {
  return plan.topsis
    ? closenessAt(compiled.dims, i, plan, plan.topsis)
    : productAt(compiled.dims, i, plan);
}

/** Running sums of every stack under a weight plan, and how many deltas they have absorbed. */
export interface RunningSums {
  plan: WeightPlan;
  sums: Float64Array;
  deltas: number;
}

/**
 * A full rescore. Weighted sum: S(T) = Σ w̃ᵢ·fᵢ(T) for every stack, one typed-array pass per
 * dimension. TOPSIS: S(T) = exact total × W. Weighted product: S(T) = exp(Σ wᵢ·ln fᵢ) × W,
 * the exact total to a few ulps. Either way S/W is the exact total to rounding.
 */
export function fullSums(
  compiled: CompiledStacks,
  plan: WeightPlan,
  into?: Float64Array,
): RunningSums {
  const n = compiled.size;
  const sums = into && into.length === n ? into : new Float64Array(n);
  if (plan.method !== 'weightedSum') {
    const { dims } = compiled;
    const W = plan.sum;
    if (plan.topsis) {
      for (let i = 0; i < n; i++) sums[i] = closenessAt(dims, i, plan, plan.topsis) * W;
      return { plan, sums, deltas: 0 };
    }
    // Π f^w as exp(Σ w·ln f), one typed-array pass per weighted dimension: a logarithm costs
    // a quarter of a power. Within a few ulps of productAt's product (select.ts decides on
    // exact totals); f = 0 gives ln f = −∞ and exp(−∞) = 0, as f^w = 0.
    sums.fill(0);
    for (let k = 0; k < plan.order.length; k++) {
      const d = plan.order[k]!;
      const w = plan.normalised[d]!;
      if (w === 0) continue;
      const f = dims[d]!;
      for (let i = 0; i < n; i++) sums[i]! += w * Math.log(f[i]!);
    }
    for (let i = 0; i < n; i++) sums[i] = Math.exp(sums[i]!) * W;
    return { plan, sums, deltas: 0 };
  }
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
 * The sums under `next`. Weighted sum: a delta update (one pass over each changed dimension, in
 * place) when at most two raw weights changed, else a full rescore; the result's `deltas` says
 * which. Another method, or a change of method: the sums kept when nothing changed (same
 * method, basis and raw weights), else a full rescore.
 */
export function updateSums(
  compiled: CompiledStacks,
  current: RunningSums | null,
  next: WeightPlan,
): RunningSums {
  if (!current || current.sums.length !== compiled.size) return fullSums(compiled, next);
  if (next.method !== 'weightedSum' || current.plan.method !== 'weightedSum') {
    const prev = current.plan;
    const same =
      samePlan(prev, next) && prev.sum === next.sum && prev.raw.every((w, d) => w === next.raw[d]);
    if (same) return { plan: next, sums: current.sums, deltas: current.deltas };
    return fullSums(compiled, next, current.sums);
  }
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
