import { COMPAT, type CompiledStacks } from '../scale/compile';
import { EXCLUDED, type Tiers } from '../scale/select';

/**
 * Pareto dominance among the ranked stacks (issue 11): A dominates B when A is listed, ranks in
 * the same or a better tier (requirement fit under "fit first"), is no worse than B on every
 * dimension and better on at least one. Then no non-negative weights of the weighted sum rank
 * B above A (B's score is at most A's; an exact tie shares A's rank number), so B is never
 * worth choosing over A. Invalid stacks are never compared (shown or not). Weight-independent:
 * computed once per catalogue, requirements and rank mode.
 */
export interface Dominance {
  /** Per stack index: the index of a stack that dominates it, −1 none, −2 not compared. */
  dominator: Int32Array;
  /** Stacks compared: listed and compatible. */
  considered: number;
  /** Of them, dominated by none: the efficient set. */
  efficient: number;
  /** Always exact: every compared stack is checked against the whole efficient set. */
  exact: boolean;
}

export const NOT_COMPARED = -2;

/**
 * Sort-filter-skyline: stacks in order of tier, then of their dimension sum (a dominator has
 * a larger sum, or an equal one only within rounding), each checked against the efficient
 * stacks found so far; a dominated stack is dominated by one of them (dominance is
 * transitive). O(n log n + n · |efficient| · d) in the worst case; a dominated stack usually
 * meets its dominator among the first efficient ones, which are the strongest.
 */
export function dominanceOf(compiled: CompiledStacks, tiers: Tiers): Dominance {
  const { size: n, dims, compat } = compiled;
  const D = dims.length;
  const dominator = new Int32Array(n).fill(NOT_COMPARED);
  const order: number[] = [];
  const sums = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (tiers.tier[i] === EXCLUDED || compat[i] === COMPAT.invalid) continue;
    let sum = 0;
    for (let d = 0; d < D; d++) sum += dims[d]![i]!;
    sums[i] = sum;
    order.push(i);
  }
  const tier = tiers.tier;
  order.sort((a, b) => tier[a]! - tier[b]! || sums[b]! - sums[a]! || a - b);
  // The efficient stacks so far, their vectors copied row-wise for a tight inner loop.
  const front: number[] = [];
  let rows = new Float64Array(Math.max(16, D * 64));
  const dominates = (f: number, b: number): boolean => {
    let better = false;
    const base = f * D;
    for (let d = 0; d < D; d++) {
      const x = rows[base + d]!;
      const y = dims[d]![b]!;
      if (x < y) return false;
      if (x > y) better = true;
    }
    return better;
  };
  // The front entry that dominated the last stack is tried first: stacks close in the order
  // are often dominated by the same one (at 10⁶ stacks: 3.5 s → 0.85 s, the same result).
  let last = -1;
  for (const b of order) {
    let by = -1;
    if (last >= 0 && dominates(last, b)) by = front[last]!;
    else
      for (let f = 0; f < front.length; f++) {
        if (dominates(f, b)) {
          by = front[f]!;
          last = f;
          break;
        }
      }
    // A stack with an equal sum later in the order can still dominate one placed before it
    // only when rounding made their sums equal: checked below against the rest of the tie.
    dominator[b] = by;
    if (by >= 0) continue;
    if ((front.length + 1) * D > rows.length) {
      const grown = new Float64Array(rows.length * 2);
      grown.set(rows);
      rows = grown;
    }
    for (let d = 0; d < D; d++) rows[front.length * D + d] = dims[d]![b]!;
    front.push(b);
  }
  // Stacks of equal tier and sum entered the front in index order; one may dominate an earlier
  // one only through rounding of the sums. Check each front pair with equal keys.
  const efficientSet = new Set(front);
  for (let x = 0; x < front.length; x++) {
    const a = front[x]!;
    for (let y = x + 1; y < front.length; y++) {
      const b = front[y]!;
      if (tier[a] !== tier[b] || sums[a] !== sums[b]) break;
      for (const [p, q] of [
        [b, a],
        [a, b],
      ] as const) {
        if (!efficientSet.has(q)) continue;
        let better = false;
        let worse = false;
        for (let d = 0; d < D && !worse; d++) {
          const u = dims[d]![p]!;
          const v = dims[d]![q]!;
          if (u < v) worse = true;
          else if (u > v) better = true;
        }
        if (better && !worse) {
          dominator[q] = p;
          efficientSet.delete(q);
        }
      }
    }
  }
  return { dominator, considered: order.length, efficient: efficientSet.size, exact: true };
}
