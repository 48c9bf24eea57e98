import type { Weights } from '../../catalogue/types';
import { closenessAt, productAt, topsisTerms, type ColumnWeights, type Method } from '../methods';
import { quantiseScore } from '../rank';
import { idPlaceOf, type CompiledStacks } from '../scale/compile';
import { topsisBasisOf } from '../scale/score';

/**
 * Exact scores of single stacks while one raw weight moves: the numbers weightPlan +
 * exactTotal give (the ranking's), bit for bit, without building a plan per step — the
 * weights are normalised as normaliseWeights does (the same sum, in the same key order) into
 * preallocated arrays, and the methods' own productAt / closenessAt do the rest.
 */
export class WeightScorer {
  private readonly keys: string[];
  private readonly values: Float64Array;
  /** Per key, its compiled dimension (−1 for a key naming none). */
  private readonly column: Int32Array;
  private readonly at: number;
  private readonly w: ColumnWeights;
  private terms: ReturnType<typeof topsisTerms> | null = null;

  constructor(
    private readonly compiled: CompiledStacks,
    weights: Weights,
    private readonly method: Method,
    dimension: string,
  ) {
    // {...weights, [dimension]: x}: the key keeps its place, or comes last when new.
    this.keys = Object.keys(weights);
    if (!(dimension in weights)) this.keys.push(dimension);
    this.values = Float64Array.from(this.keys, (k) => weights[k] ?? 0);
    this.at = this.keys.indexOf(dimension);
    const index = new Map(compiled.dimensionIds.map((id, d) => [id, d]));
    this.column = Int32Array.from(this.keys, (k) => index.get(k) ?? -1);
    const order = Int32Array.from(this.column.filter((d) => d >= 0));
    this.w = { normalised: new Float64Array(compiled.dimensionIds.length), order };
  }

  /** Sets the moving weight's raw value. */
  set(x: number): this {
    const { values, keys, column } = this;
    values[this.at] = x;
    // normaliseWeights: the sum of max(0, w) in key order; all 0 counts as equal weights.
    let sum = 0;
    for (let k = 0; k < keys.length; k++) sum = sum + Math.max(0, values[k]!);
    for (let k = 0; k < keys.length; k++) {
      const d = column[k]!;
      if (d < 0) continue;
      this.w.normalised[d] = sum === 0 ? 1 / keys.length : Math.max(0, values[k]!) / sum;
    }
    if (this.method === 'topsis') this.terms = topsisTerms(topsisBasisOf(this.compiled), this.w);
    return this;
  }

  /** Stack i's exact score under the current weights. */
  score(i: number): number {
    const { dims } = this.compiled;
    if (this.method === 'weightedProduct') return productAt(dims, i, this.w);
    if (this.method === 'topsis') return closenessAt(dims, i, this.w, this.terms!);
    let total = 0;
    const { order, normalised } = this.w;
    for (let k = 0; k < order.length; k++) {
      const d = order[k]!;
      total += normalised[d]! * dims[d]![i]!;
    }
    return total;
  }

  /**
   * The highest exact score of `indices` (equal scores: the id order) — the ranking's first
   * in exact arithmetic, without its 1e-9 rounding.
   */
  leader(indices: ArrayLike<number>): number {
    let best = -1;
    let bestScore = 0;
    for (let c = 0; c < indices.length; c++) {
      const i = indices[c]!;
      const score = this.score(i);
      if (
        best < 0 ||
        score > bestScore ||
        (score === bestScore && idPlaceOf(this.compiled, i) < idPlaceOf(this.compiled, best))
      ) {
        best = i;
        bestScore = score;
      }
    }
    return best;
  }

  /** The first of `indices` in ranking order (score at 1e-9, then id) under the current weights. */
  best(indices: ArrayLike<number>): number {
    let best = -1;
    let bestKey = 0;
    let bestPlace = 0;
    for (let c = 0; c < indices.length; c++) {
      const i = indices[c]!;
      const key = quantiseScore(this.score(i));
      if (best >= 0 && key < bestKey) continue;
      const place = idPlaceOf(this.compiled, i);
      if (best < 0 || key > bestKey || place < bestPlace) {
        best = i;
        bestKey = key;
        bestPlace = place;
      }
    }
    return best;
  }
}
