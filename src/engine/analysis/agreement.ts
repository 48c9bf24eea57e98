import type { Weights } from '../../catalogue/types';
import { METHODS, type Method } from '../methods';
import { idAt, type CompiledStacks } from '../scale/compile';
import { fullSums, weightPlan } from '../scale/score';
import { groupOf, orderKey, topK, type RankedIndex, type Tiers } from '../scale/select';

/**
 * How far the aggregation methods agree on a ranking (issue 11, "same #1? rank correlation of
 * the top 10"). Exact at any size: per method one full rescore and a top-k (select.ts), then
 * the exact scores of the k stacks compared — no full sort, so it runs at 10⁶ stacks.
 */

/** One method's view of the ranking, beside the current method's. */
export interface MethodVerdict {
  method: Method;
  /** Its #1: the first row of its ranking (the first by id among tied firsts); null if empty. */
  top: string | null;
  /** Its first k rows, in ranking order. */
  topK: string[];
  /** Its #1 is the current method's #1. */
  sameTop: boolean;
  /**
   * Kendall's τ-b between the current method's order of its own top k stacks and this
   * method's order of those same k stacks (see methodAgreement); null when undefined (fewer
   * than two stacks, or one order ties them all).
   */
  tau: number | null;
}

export interface MethodAgreement {
  current: Method;
  /** The current method's first k stacks: the stacks τ-b compares (at most k). */
  compared: string[];
  /** Every method (METHODS order), the current one included (its τ is 1 unless undefined). */
  methods: MethodVerdict[];
}

/**
 * Each method's #1 and top k under the same weights and tiers, and its rank agreement with
 * the current method. What τ-b compares: the k stacks the current method ranks first; for
 * each, its place in the current ranking and its place in the method's ranking, a place being
 * (tier, score at 1e-9) — the ranking's order without the id tie-break, so stacks the ranking
 * ties (same rank number) count as tied. Stacks outside the current top k are not compared,
 * so a stack that only another method puts in its top k lowers nothing here: it shows in that
 * method's topK and #1 instead.
 */
export function methodAgreement(
  compiled: CompiledStacks,
  weights: Weights,
  tiers: Tiers,
  current: Method,
  k = 10,
): MethodAgreement {
  const plans = METHODS.map((m) => weightPlan(compiled, weights, m));
  let buffer: Float64Array | undefined;
  const tops = plans.map((plan): RankedIndex[] => {
    const running = fullSums(compiled, plan, buffer);
    buffer = running.sums;
    return topK(compiled, running, tiers, k);
  });
  const at = METHODS.indexOf(current);
  const base = tops[at]!;
  const place = (m: number) =>
    base.map((r) => groupOf(orderKey(compiled, plans[m]!, tiers.tier[r.index]!, r.index)));
  const x = place(at);
  const firstId = (rows: RankedIndex[]) => (rows[0] ? idAt(compiled, rows[0].index) : null);
  const currentTop = firstId(base);
  return {
    current,
    compared: base.map((r) => idAt(compiled, r.index)),
    methods: METHODS.map((method, m) => {
      const top = firstId(tops[m]!);
      return {
        method,
        top,
        topK: tops[m]!.map((r) => idAt(compiled, r.index)),
        sameTop: top !== null && top === currentTop,
        tau: kendallTauB(x, m === at ? x : place(m)),
      };
    }),
  };
}

/**
 * Kendall's τ-b of two paired lists of values (ordered the same way: equal values are ties):
 * (n_c − n_d) / √((n₀ − n₁)(n₀ − n₂)), with n₀ = n(n − 1)/2 pairs, n_c / n_d the concordant /
 * discordant ones, n₁ / n₂ the pairs tied in a / in b. Null when the denominator is 0 (fewer
 * than two items, or all tied in one list). O(n²): meant for a top 10.
 */
export function kendallTauB(a: readonly number[], b: readonly number[]): number | null {
  const n = Math.min(a.length, b.length);
  let concordant = 0;
  let discordant = 0;
  let tiedA = 0;
  let tiedB = 0;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const da = Math.sign(a[i]! - a[j]!);
      const db = Math.sign(b[i]! - b[j]!);
      if (da === 0) tiedA++;
      if (db === 0) tiedB++;
      if (da !== 0 && db !== 0) {
        if (da === db) concordant++;
        else discordant++;
      }
    }
  const pairs = (n * (n - 1)) / 2;
  const denominator = Math.sqrt((pairs - tiedA) * (pairs - tiedB));
  return denominator === 0 ? null : (concordant - discordant) / denominator;
}
