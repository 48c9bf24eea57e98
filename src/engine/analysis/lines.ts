import type { Weights } from '../../catalogue/types';
import type { Method } from '../methods';
import type { CompiledStacks } from '../scale/compile';
import { topsisBasisOf } from '../scale/score';

/**
 * How every candidate's score moves when one raw weight x runs over 0 … max while the other
 * raw weights stay (so they keep their proportions). With R the others' raw sum, each method
 * compares two stacks through a polynomial in x:
 * - weighted sum: Score = (p·x + q)/(x + R), p = f_k, q = Σ_{j≠k} r_j·f_j; stack i beats j
 *   where (p_i − p_j)·x + (q_i − q_j) > 0 — one root;
 * - weighted product: the same in log space (p = ln f_k, q = Σ r_j·ln f_j), for stacks with no
 *   factor 0 under a positive weight (the others are 0 on x > 0 and are flagged `flat`);
 * - TOPSIS: the closeness is scale-free in the weights, so with raw weights
 *   D⁺ = a·x² + P, D⁻ = b·x² + Q (a = (r_k − best_k)², P = Σ_{j≠k} r_j²·(r_j − best_j)², b, Q
 *   alike with worst), and i beats j where D⁻_i·D⁺_j − D⁻_j·D⁺_i > 0 — a quadratic in u = x².
 * So every crossing is found in closed form. What the ranking adds — scores compared at 1e-9,
 * ties by id — moves a crossing by at most a 1e-9 score band.
 */

/** Raw weights of one weight vector, as weightPlan reads them. */
export interface RawWeights {
  /** Per compiled dimension: max(0, weight), 0 when the weights do not name it. */
  raw: Float64Array;
  /** Σ max(0, w) over every key of the weights (names of no dimension included). */
  sum: number;
  /** Number of keys (what normaliseWeights shares equally when every weight is 0). */
  keys: number;
}

/** The raw weights of `weights` over the compiled dimensions. */
export function rawWeights(compiled: Pick<CompiledStacks, 'dimensionIds'>, weights: Weights) {
  const raw = Float64Array.from(compiled.dimensionIds, (id) => Math.max(0, weights[id] ?? 0));
  const keys = Object.keys(weights);
  const sum = keys.reduce((s, id) => s + Math.max(0, weights[id] ?? 0), 0);
  return { raw, sum, keys: keys.length } satisfies RawWeights;
}

/** The weight's normalised share at raw value x, the others' raw sum being R. */
export function shareAt(x: number, others: number, keys: number): number {
  if (x + others > 0) return x / (x + others);
  return 1 / Math.max(1, keys);
}

/**
 * Per candidate, the sums over every dimension that one dimension's lines are taken from
 * (subtracting that dimension's own term): O(candidates · dimensions), once per weight vector.
 */
export interface LineTotals {
  method: Method;
  weights: RawWeights;
  index: Int32Array;
  /** Weighted sum: Σ r_j·f_j. Product: Σ r_j·ln f_j over f_j > 0. TOPSIS: Σ r_j²·(r_j − best_j)². */
  first: Float64Array;
  /** Product: how many f_j = 0 have r_j > 0. TOPSIS: Σ r_j²·(r_j − worst_j)². */
  second: Float64Array | null;
  /**
   * TOPSIS: how many terms of each sum are not 0, so that a sum without one dimension's term
   * is exactly 0 when it should be (a stack at the ideal elsewhere ties there; the
   * subtraction would leave a rounding residue).
   */
  firstTerms: Uint8Array | null;
  secondTerms: Uint8Array | null;
}

/** The line totals of the candidates `index` under a method. */
export function lineTotals(
  compiled: CompiledStacks,
  weights: RawWeights,
  method: Method,
  index: Int32Array,
): LineTotals {
  const m = index.length;
  const { raw } = weights;
  const first = new Float64Array(m);
  const second = method === 'weightedSum' ? null : new Float64Array(m);
  const { dims } = compiled;
  const topsis = method === 'topsis' ? topsisBasisOf(compiled) : null;
  const firstTerms = topsis ? new Uint8Array(m) : null;
  const secondTerms = topsis ? new Uint8Array(m) : null;
  for (let d = 0; d < raw.length; d++) {
    const r = raw[d]!;
    if (r === 0) continue;
    const f = dims[d]!;
    if (method === 'weightedSum') {
      for (let c = 0; c < m; c++) first[c]! += r * f[index[c]!]!;
    } else if (topsis === null) {
      for (let c = 0; c < m; c++) {
        const x = f[index[c]!]!;
        if (x > 0) first[c]! += r * Math.log(x);
        else second![c]!++;
      }
    } else {
      const norm = topsis.norm[d]!;
      const best = topsis.best[d]!;
      const worst = topsis.worst[d]!;
      const r2 = r * r;
      for (let c = 0; c < m; c++) {
        const v = norm === 0 ? 0 : f[index[c]!]! / norm;
        const plus = r2 * ((v - best) * (v - best));
        const minus = r2 * ((v - worst) * (v - worst));
        first[c]! += plus;
        second![c]! += minus;
        if (plus > 0) firstTerms![c]!++;
        if (minus > 0) secondTerms![c]!++;
      }
    }
  }
  return { method, weights, index, first, second, firstTerms, secondTerms };
}

/** Every candidate's lines along one dimension's raw weight. */
export interface Lines {
  method: Method;
  dimension: number;
  /** R: the other weights' raw sum (every key but this dimension). */
  others: number;
  index: Int32Array;
  /** Sum / product: slope p and intercept q. TOPSIS: a, P. */
  c0: Float64Array;
  c1: Float64Array;
  /** TOPSIS: b, Q. */
  c2: Float64Array | null;
  c3: Float64Array | null;
  /** Product: 1 where the score is 0 for every x > 0 (a factor 0 under a positive weight). */
  flat: Uint8Array | null;
  /**
   * The scores jump at x = 0 (a product's factor f_k = 0, TOPSIS's 0/0, or R = 0): the lines
   * hold on x > 0 only, and x = 0 itself must be scored.
   */
  jumpAtZero: boolean;
}

/** The lines of dimension `d` from the totals (into `reuse`'s arrays when they fit). */
export function linesOf(
  compiled: CompiledStacks,
  totals: LineTotals,
  d: number,
  reuse: Lines | null = null,
): Lines {
  const { method, index, first, second, firstTerms, secondTerms } = totals;
  const { raw, sum } = totals.weights;
  const m = index.length;
  const r = raw[d]!;
  const others = sum - r;
  const f = compiled.dims[d]!;
  const fits = reuse !== null && reuse.index.length === m && reuse.method === method;
  const array = (old: Float64Array | null | undefined) =>
    fits && old ? old.fill(0) : new Float64Array(m);
  const c0 = array(reuse?.c0);
  const c1 = array(reuse?.c1);
  let c2: Float64Array | null = null;
  let c3: Float64Array | null = null;
  let flat: Uint8Array | null = null;
  let jumpAtZero = others === 0;
  if (method === 'weightedSum') {
    for (let c = 0; c < m; c++) {
      const x = f[index[c]!]!;
      c0[c] = x;
      c1[c] = first[c]! - r * x;
    }
  } else if (method === 'weightedProduct') {
    flat = fits && reuse!.flat ? reuse!.flat.fill(0) : new Uint8Array(m);
    for (let c = 0; c < m; c++) {
      const x = f[index[c]!]!;
      const zeros = second![c]! - (r > 0 && x === 0 ? 1 : 0);
      // A factor 0 elsewhere zeroes the score at every x: q = −∞ (its value at x = 0 too).
      if (zeros > 0) {
        flat[c] = 1;
        c1[c] = Number.NEGATIVE_INFINITY;
        continue;
      }
      if (x === 0) {
        // 0 for x > 0, exp(q/R) at x = 0 itself: a jump.
        jumpAtZero = true;
        flat[c] = 1;
        c1[c] = first[c]!;
        continue;
      }
      const lx = Math.log(x);
      c0[c] = lx;
      c1[c] = r > 0 ? first[c]! - r * lx : first[c]!;
    }
  } else {
    const basis = topsisBasisOf(compiled);
    const norm = basis.norm[d]!;
    const best = basis.best[d]!;
    const worst = basis.worst[d]!;
    const r2 = r * r;
    c2 = array(reuse?.c2);
    c3 = array(reuse?.c3);
    for (let c = 0; c < m; c++) {
      const v = norm === 0 ? 0 : f[index[c]!]! / norm;
      const a = (v - best) * (v - best);
      const b = (v - worst) * (v - worst);
      const plus = r2 * a;
      const minus = r2 * b;
      const P = firstTerms![c]! - (plus > 0 ? 1 : 0) === 0 ? 0 : Math.max(0, first[c]! - plus);
      const Q = secondTerms![c]! - (minus > 0 ? 1 : 0) === 0 ? 0 : Math.max(0, second![c]! - minus);
      if (P === 0 && Q === 0) {
        jumpAtZero = true;
        // Both distances 0 for every x: the closeness is 0.5 throughout (methods.ts), as for
        // D⁺ = D⁻ = 1.
        if (a === 0 && b === 0) {
          c1[c] = 1;
          c3[c] = 1;
          continue;
        }
      }
      c0[c] = a;
      c1[c] = P;
      c2[c] = b;
      c3[c] = Q;
    }
  }
  return { method, dimension: d, others, index, c0, c1, c2, c3, flat, jumpAtZero };
}

/**
 * A crossing this little below x = 0 (or u = x² below 0) is a tie at 0 that rounding moved:
 * reported at 0, where the ranking's own comparison (stability.ts) decides it.
 */
export const NEAR_ZERO = 1e-7;
const NEAR_ZERO_SQUARED = 1e-10;

/**
 * The x ≥ 0 at which "candidate i scores above candidate j" changes along the lines, written
 * to `at` with `rising` = 1 where i starts beating j as x grows (i loses just below) and 0
 * where it stops (i loses just above). Returns how many (0 … 2), in ascending order. A touch
 * without a change of sign (a double root) is none; so are flat candidates.
 */
export function crossings(
  lines: Lines,
  i: number,
  j: number,
  at: Float64Array,
  rising: Uint8Array,
): number {
  if (lines.flat && (lines.flat[i] === 1 || lines.flat[j] === 1)) return 0;
  const { c0, c1 } = lines;
  if (lines.c2 === null) {
    const dp = c0[i]! - c0[j]!;
    if (dp === 0) return 0;
    const x = -(c1[i]! - c1[j]!) / dp;
    // A root a rounding below 0 is a tie at 0 (the other weights' sums differ by a residue).
    if (!(x >= -NEAR_ZERO)) return 0;
    at[0] = Math.max(0, x);
    rising[0] = dp > 0 ? 1 : 0;
    return 1;
  }
  const c2 = lines.c2;
  const c3 = lines.c3!;
  // h(u) = (b_i·u + Q_i)(a_j·u + P_j) − (b_j·u + Q_j)(a_i·u + P_i): i beats j where h > 0.
  const alpha = c2[i]! * c0[j]! - c2[j]! * c0[i]!;
  const beta = c2[i]! * c1[j]! + c3[i]! * c0[j]! - c2[j]! * c1[i]! - c3[j]! * c0[i]!;
  const gamma = c3[i]! * c1[j]! - c3[j]! * c1[i]!;
  let count = 0;
  const push = (u: number) => {
    const slope = 2 * alpha * u + beta;
    if (!(u >= 0) || slope === 0) return;
    at[count] = Math.sqrt(u);
    rising[count] = slope > 0 ? 1 : 0;
    count++;
  };
  if (alpha === 0) {
    if (beta !== 0) push(-gamma / beta);
    return count;
  }
  const disc = beta * beta - 4 * alpha * gamma;
  if (!(disc > 0)) return 0;
  // The numerically stable pair of roots.
  const q = -0.5 * (beta + (beta >= 0 ? 1 : -1) * Math.sqrt(disc));
  const u1 = q / alpha;
  const u2 = q === 0 ? u1 : gamma / q;
  const lo = Math.min(u1, u2);
  const hi = Math.max(u1, u2);
  // Roots a hair below 0 are ties at 0, rounded.
  push(lo < 0 && lo > -NEAR_ZERO_SQUARED ? 0 : lo);
  if (hi !== lo) push(hi < 0 && hi > -NEAR_ZERO_SQUARED ? 0 : hi);
  return count;
}

/**
 * A number ordering candidates c of equal score at x as their scores' rates of change in x: the
 * rates are this times one positive factor shared by all of them. Sum / product:
 * d/dx (p·x + q)/(x + R) = (p·R − q)/(x + R)². TOPSIS: the closeness grows with ρ = D⁻/D⁺,
 * and at equal ρ, dρ/du = (b·P − a·Q)/(a·u + P)² (u = x²); at the ideal on the other weights
 * (P = 0) the closeness is ≈ 1 − x·√(a/Q). A flat candidate falls (−∞).
 */
export function slopeOrder(lines: Lines, c: number, x: number): number {
  if (lines.flat?.[c] === 1) return Number.NEGATIVE_INFINITY;
  if (lines.c2 === null) return lines.c0[c]! * lines.others - lines.c1[c]!;
  const a = lines.c0[c]!;
  const P = lines.c1[c]!;
  const below = a * x * x + P;
  const rate = lines.c2[c]! * P - a * lines.c3![c]!;
  if (below > 0) return rate / (below * below);
  // At the ideal (D⁺ = 0, closeness 1): it stays there when a = 0, else C ≈ 1 − x·√(a/Q).
  const Q = lines.c3![c]!;
  return a === 0 || Q === 0 ? 0 : -Math.sqrt(a / Q);
}

/**
 * Candidate c's score at x = 0 itself (`above` false) or just above it (true), from its line:
 * what the exact score is up to rounding. R = 0 is not covered (every score jumps there).
 */
export function scoreNearZero(lines: Lines, c: number, above: boolean): number {
  const R = lines.others;
  if (lines.method === 'weightedSum') return lines.c1[c]! / R;
  if (lines.method === 'weightedProduct') {
    if (above && lines.flat![c] === 1) return 0;
    return Math.exp(lines.c1[c]! / R);
  }
  const a = lines.c0[c]!;
  const P = lines.c1[c]!;
  const b = lines.c2![c]!;
  const Q = lines.c3![c]!;
  if (P === 0 && Q === 0) {
    if (!above || (a === 0 && b === 0)) return 0.5;
    return Math.sqrt(b) / (Math.sqrt(a) + Math.sqrt(b));
  }
  return Math.sqrt(Q) / (Math.sqrt(P) + Math.sqrt(Q));
}
