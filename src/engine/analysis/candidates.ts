import type { CompiledStacks } from '../scale/compile';
import { exactTotal, type RunningSums, type WeightPlan } from '../scale/score';
import type { Tiers } from '../scale/select';
import { APART } from './flip';
import { crossings, NEAR_ZERO, scoreNearZero, slopeOrder, type Lines } from './lines';

/**
 * The candidates stability.ts looks at — the stacks that can take the #1's place — and where
 * each crosses it along one weight.
 */

/** Relative slack for a crossing that rounding put a hair on the wrong side of the value. */
const SLACK = 1e-12;

/**
 * The candidates (stack indices) that may rank first at x = 0 (or just above): those whose
 * line puts them within a few 1e-9 of the best there — all of them when R = 0 (no lines).
 */
export function nearTheBest(lines: Lines, index: Int32Array, above: boolean): Int32Array {
  if (lines.others === 0) return index;
  const m = index.length;
  const scores = new Float64Array(m);
  let best = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < m; c++) {
    scores[c] = scoreNearZero(lines, c, above);
    if (scores[c]! > best) best = scores[c]!;
  }
  const floor = best - 4 * APART - 1e-12 * Math.abs(best);
  const out: number[] = [];
  for (let c = 0; c < m; c++) if (scores[c]! >= floor) out.push(index[c]!);
  return Int32Array.from(out);
}

/** The position of `value` in an ascending array (a binary search). */
export function lowerBound(values: Int32Array, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The candidates (stack indices) in the #1's tier, ascending. */
export function candidatesOf(tiers: Tiers, top: number): Int32Array {
  const { tier } = tiers;
  const t = tier[top]!;
  let count = 0;
  for (let i = 0; i < tier.length; i++) if (tier[i] === t) count++;
  const out = new Int32Array(count);
  for (let i = 0, k = 0; i < tier.length; i++) if (tier[i] === t) out[k++] = i;
  return out;
}

/**
 * Per candidate, where it overtakes the #1 (position t) below x0 (−∞ never) and above x0 (+∞
 * never); returns the nearest of each. A candidate the #1 leads by more than the rounding
 * crosses it where the closed form says. One within the rounding of it at x0 (`tied`) ranks
 * below it only by the rounding and the ids: it takes over at x0 itself on the side where its
 * score moves faster (in exact arithmetic within a 1e-9 band of score of x0), on neither when
 * the two move alike.
 */
export function analyticEnds(
  lines: Lines,
  t: number,
  x0: number,
  tied: Uint8Array,
  lowAt: Float64Array,
  highAt: Float64Array,
): { low: number; high: number } {
  const at = new Float64Array(2);
  const rising = new Uint8Array(2);
  const slack = SLACK * Math.max(1, x0);
  const topSlope = slopeOrder(lines, t, x0);
  const { c0, c1, flat } = lines;
  const linear = lines.c2 === null && flat?.[t] !== 1;
  const pt = c0[t]!;
  const qt = c1[t]!;
  let low = Number.NEGATIVE_INFINITY;
  let high = Number.POSITIVE_INFINITY;
  for (let c = 0; c < lines.index.length; c++) {
    let l = Number.NEGATIVE_INFINITY;
    let h = Number.POSITIVE_INFINITY;
    if (tied[c] === 1) {
      const slope = slopeOrder(lines, c, x0);
      if (slope > topSlope) h = x0;
      else if (slope < topSlope) l = x0;
    } else if (linear && c !== t) {
      // Sum / product: the one root of (p_t − p_c)·x + (q_t − q_c), inline (as crossings()
      // finds it) for the 10⁶-stack path.
      const dp = pt - c0[c]!;
      const root = -(qt - c1[c]!) / dp;
      if (flat?.[c] !== 1 && dp !== 0 && root >= -NEAR_ZERO) {
        const x = Math.max(0, root);
        if (dp > 0 && x <= x0 + slack) l = Math.min(x, x0);
        else if (dp < 0 && x >= x0 - slack) h = Math.max(x, x0);
      }
    } else if (c !== t) {
      const n = crossings(lines, t, c, at, rising);
      for (let r = 0; r < n; r++) {
        const x = at[r]!;
        // The #1 starts beating c as x grows (it loses just below) or stops (just above).
        if (rising[r] === 1 && x <= x0 + slack) l = Math.max(l, Math.min(x, x0));
        if (rising[r] === 0 && x >= x0 - slack) h = Math.min(h, Math.max(x, x0));
      }
    }
    lowAt[c] = l;
    highAt[c] = h;
    low = Math.max(low, l);
    high = Math.min(high, h);
  }
  return { low, high };
}

/**
 * The candidates (stack indices) within the 1e-9 rounding of the #1 under the current weights, twins
 * (the same figures: the same score at every weight) left out: the running sums find them,
 * exact totals decide.
 */
export function tiedWith(
  compiled: CompiledStacks,
  plan: WeightPlan,
  running: RunningSums,
  index: Int32Array,
  top: number,
): number[] {
  const out: number[] = [];
  const inverse = 1 / plan.sum;
  const approx = running.sums[top]! * inverse;
  const exact = exactTotal(compiled, plan, top);
  for (let c = 0; c < index.length; c++) {
    const i = index[c]!;
    if (i === top || Math.abs(running.sums[i]! * inverse - approx) >= 2 * APART) continue;
    if (compiled.dims.every((f) => f[i] === f[top])) continue;
    if (Math.abs(exactTotal(compiled, plan, i) - exact) < APART) out.push(i);
  }
  return out;
}
