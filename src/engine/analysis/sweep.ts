import type { Weights } from '../../catalogue/types';
import type { Method } from '../methods';
import { idAt, indexOfId, type CompiledStacks } from '../scale/compile';
import { fullSums, weightPlan } from '../scale/score';
import { topK, type Tiers } from '../scale/select';
import { crossings, lineTotals, linesOf, rawWeights, shareAt } from './lines';
import { WeightScorer } from './scorer';

/**
 * How the current top k stacks' scores move as one weight sweeps 0 … maxWeight (the others
 * keeping their raw values): each stack's exact score (the ranking's figure) at evenly spaced
 * values, and where two of the lines cross — in closed form for every method (lines.ts).
 */

/** Two lines crossing: at raw weight `at` (share `share`) stacks a and b score `score`. */
export interface SweepCrossing {
  at: number;
  share: number;
  a: string;
  b: string;
  score: number;
}

export interface Sweep {
  dimension: string;
  /** Raw weights sampled, 0 … maxWeight evenly. */
  values: number[];
  /**
   * The top k at the current weights, in ranking order, then any stacks `include` named
   * (`extra`: drawn because it takes #1 at an end of the weight's interval): their scores at
   * each value.
   */
  series: { id: string; scores: number[]; extra?: true }[];
  /** Where two of the series cross within 0 … maxWeight, by weight. */
  crossings: SweepCrossing[];
  /** True: crossings are solved in closed form, never sampled. */
  exact: boolean;
}

/**
 * The sweep of one dimension's weight for the current top k (k 5, points 101, maxWeight 5),
 * and any stacks `include` names after them.
 */
export function sweepWeight(
  compiled: CompiledStacks,
  weights: Weights,
  tiers: Tiers,
  method: Method,
  dimension: string,
  options: {
    k?: number;
    points?: number;
    maxWeight?: number;
    /** Stacks drawn besides the top k (the stacks that take #1 at the weight's interval ends). */
    include?: readonly string[];
  } = {},
): Sweep {
  const k = options.k ?? 5;
  const points = Math.max(2, options.points ?? 101);
  const maxWeight = options.maxWeight ?? 5;
  const values = Array.from({ length: points }, (_, i) => (maxWeight * i) / (points - 1));
  const d = compiled.dimensionIds.indexOf(dimension);
  if (d < 0) return { dimension, values, series: [], crossings: [], exact: true };
  const plan = weightPlan(compiled, weights, method);
  const top = topK(compiled, fullSums(compiled, plan), tiers, k).map((r) => r.index);
  const ranked = top.length;
  for (const id of options.include ?? []) {
    const i = indexOfId(compiled, id);
    if (i >= 0 && !top.includes(i)) top.push(i);
  }
  const scorer = new WeightScorer(compiled, weights, method, dimension);
  const scores = top.map(() => new Array<number>(points));
  values.forEach((x, p) => {
    scorer.set(x);
    top.forEach((i, s) => (scores[s]![p] = scorer.score(i)));
  });
  const series = top.map((i, s) => ({
    id: idAt(compiled, i),
    scores: scores[s]!,
    ...(s >= ranked ? { extra: true as const } : {}),
  }));
  return {
    dimension,
    values,
    series,
    crossings: crossingsOf(compiled, weights, method, d, top, scorer, maxWeight),
    exact: true,
  };
}

/** Every crossing of two of the stacks' lines within 0 … maxWeight, by weight. */
function crossingsOf(
  compiled: CompiledStacks,
  weights: Weights,
  method: Method,
  d: number,
  top: number[],
  scorer: WeightScorer,
  maxWeight: number,
): SweepCrossing[] {
  const raw = rawWeights(compiled, weights);
  const lines = linesOf(compiled, lineTotals(compiled, raw, method, Int32Array.from(top)), d);
  const keys = raw.keys + (compiled.dimensionIds[d]! in weights ? 0 : 1);
  const at = new Float64Array(2);
  const rising = new Uint8Array(2);
  const out: SweepCrossing[] = [];
  for (let a = 0; a < top.length; a++)
    for (let b = a + 1; b < top.length; b++) {
      const n = crossings(lines, a, b, at, rising);
      for (let r = 0; r < n; r++) {
        const x = at[r]!;
        // Where the scores jump at 0, the lines hold on x > 0 only: no crossing at 0 itself.
        if (x > maxWeight || (x === 0 && lines.jumpAtZero)) continue;
        out.push({
          at: x,
          share: shareAt(x, lines.others, keys),
          a: idAt(compiled, top[a]!),
          b: idAt(compiled, top[b]!),
          score: scorer.set(x).score(top[a]!),
        });
      }
    }
  return out.sort((p, q) => p.at - q.at);
}
