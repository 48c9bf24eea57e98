import type { Method } from '../methods';
import type { CompiledStacks } from '../scale/compile';
import { topsisBasisOf } from '../scale/score';
import type { RawWeights } from './lines';

/**
 * Which candidates can overtake the #1 anywhere while one weight moves in 0 … limit (the
 * others fixed) — in one pass over their figures, so the per-weight passes of stability.ts
 * run on those few (at 10⁶ stacks of ?synthetic=10x6, 654 of 980,100). Exact, by the shape of
 * each pair's comparison along a weight x (lines.ts):
 * - sum / product: the #1 leads c where N(x) = (p_t − p_c)·x + (q_t − q_c) > 0, linear in x, so
 *   c can lead somewhere in [0, L] only if N(0) or N(L) is not above a tolerance;
 * - TOPSIS: where h(u) = D⁻_t·D⁺_c − D⁻_c·D⁺_t > 0, quadratic in u = x², so only if its least
 *   value on [0, L²] (at an end or at the vertex) is not above a tolerance.
 * The tolerances keep stacks within far more than the ranking's 1e-9 of a tie. A product's
 * factor 0 under a positive weight zeroes a score while that weight is positive, so such a
 * stack can only lead at 0 on that weight; TOPSIS's 0/0 (a jump at x = 0) is kept; with a
 * weight whose others are all 0, or a #1 with a factor 0, nothing is pruned.
 */

/** N within this of 0 (score units times x + R ≤ L + W, generously) counts as a lead. */
const LINEAR_TOLERANCE = 1e-7;
/** h within this (relative to its terms) of 0 counts as a lead. */
const QUADRATIC_TOLERANCE = 1e-7;

/** The candidates (positions in `index`) that may overtake the #1 at position t, ascending. */
export function viable(
  compiled: CompiledStacks,
  weights: RawWeights,
  method: Method,
  index: Int32Array,
  t: number,
  limit: number,
): Int32Array {
  const { raw, sum } = weights;
  const D = raw.length;
  const all = () => Int32Array.from(index.keys());
  // With a weight whose others are all 0, every score jumps at 0 along it: keep everything.
  for (let d = 0; d < D; d++) if (sum - raw[d]! <= 0) return all();
  const m = index.length;
  const dims = compiled.dims;
  const top = index[t]!;
  const keep = new Uint8Array(m);
  const figures = new Float64Array(D);
  if (method === 'topsis') {
    const { norm, best, worst } = topsisBasisOf(compiled);
    const terms = (i: number, a: Float64Array, b: Float64Array) => {
      let A = 0;
      let B = 0;
      for (let d = 0; d < D; d++) {
        const v = norm[d] === 0 ? 0 : dims[d]![i]! / norm[d]!;
        a[d] = (v - best[d]!) * (v - best[d]!);
        b[d] = (v - worst[d]!) * (v - worst[d]!);
        A += raw[d]! * raw[d]! * a[d]!;
        B += raw[d]! * raw[d]! * b[d]!;
      }
      return [A, B] as const;
    };
    const at = new Float64Array(D);
    const bt = new Float64Array(D);
    const [At, Bt] = terms(top, at, bt);
    const ac = new Float64Array(D);
    const bc = new Float64Array(D);
    const U = limit * limit;
    for (let c = 0; c < m; c++) {
      if (c === t) continue;
      const [Ac, Bc] = terms(index[c]!, ac, bc);
      for (let k = 0; k < D && keep[c] === 0; k++) {
        const r2 = raw[k]! * raw[k]!;
        const Pt = Math.max(0, At - r2 * at[k]!);
        const Qt = Math.max(0, Bt - r2 * bt[k]!);
        const Pc = Math.max(0, Ac - r2 * ac[k]!);
        const Qc = Math.max(0, Bc - r2 * bc[k]!);
        // 0/0 at x = 0 (both distances 0 on the other weights, up to the subtraction's
        // rounding): the score jumps there.
        const none = (P: number, Q: number, A: number, B: number) =>
          P <= 1e-12 * A && Q <= 1e-12 * B;
        if (none(Pt, Qt, At, Bt) || none(Pc, Qc, Ac, Bc)) {
          keep[c] = 1;
          break;
        }
        const alpha = bt[k]! * ac[k]! - bc[k]! * at[k]!;
        const beta = bt[k]! * Pc + Qt * ac[k]! - bc[k]! * Pt - Qc * at[k]!;
        const gamma = Qt * Pc - Qc * Pt;
        let least = Math.min(gamma, alpha * U * U + beta * U + gamma);
        const vertex = -beta / (2 * alpha);
        if (alpha > 0 && vertex > 0 && vertex < U)
          least = Math.min(least, gamma - (beta * beta) / (4 * alpha));
        const scale = Math.abs(alpha) * U * U + Math.abs(beta) * U + Qt * Pc + Qc * Pt;
        if (least <= QUADRATIC_TOLERANCE * scale) keep[c] = 1;
      }
    }
  } else {
    const product = method === 'weightedProduct';
    const value = (x: number) => (product ? Math.log(x) : x);
    let Tt = 0;
    for (let d = 0; d < D; d++) {
      const f = dims[d]![top]!;
      // A #1 with a factor 0: its lines are not linear; prune nothing.
      if (product && f === 0) return all();
      figures[d] = value(f);
      if (raw[d]! > 0) Tt += raw[d]! * figures[d]!;
    }
    const tolerance = LINEAR_TOLERANCE * (limit + sum);
    for (let c = 0; c < m; c++) {
      if (c === t) continue;
      const i = index[c]!;
      let Tc = 0;
      // Product: a factor 0 under a positive weight zeroes c's score while that weight is
      // positive — everywhere along another weight, and on x > 0 along its own.
      let zeroed = -1;
      let zeros = 0;
      for (let d = 0; d < D; d++) {
        const f = dims[d]![i]!;
        if (product && f === 0) {
          if (raw[d]! > 0) {
            zeroed = d;
            zeros++;
          }
        } else if (raw[d]! > 0) Tc += raw[d]! * value(f);
      }
      if (zeros > 1) continue;
      if (zeros === 1) {
        // Its one chance: at x = 0 along that weight, where only the others count.
        if (Tt - raw[zeroed]! * figures[zeroed]! - Tc <= tolerance) keep[c] = 1;
        continue;
      }
      const dT = Tt - Tc;
      for (let k = 0; k < D; k++) {
        const f = dims[k]![i]!;
        // A factor 0 under a zero weight: c scores 0 once that weight is raised.
        if (product && f === 0) continue;
        const dp = figures[k]! - value(f);
        const dq = dT - raw[k]! * dp;
        if (dq <= tolerance || dq + limit * dp <= tolerance) {
          keep[c] = 1;
          break;
        }
      }
    }
  }
  keep[t] = 1;
  let count = 0;
  for (let c = 0; c < m; c++) count += keep[c]!;
  const out = new Int32Array(count);
  for (let c = 0, j = 0; c < m; c++) if (keep[c] === 1) out[j++] = c;
  return out;
}
