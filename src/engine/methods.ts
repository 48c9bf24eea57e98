import type { Weights } from '../catalogue/types';
import { normaliseWeights } from './rank';
import type { DimensionVector } from './types';

/**
 * Aggregation methods: how a stack's dimension figures fᵢ ∈ [0, 1] and the weights become the
 * one score a ranking orders by.
 * - weightedSum (the seed's, 17.9): Σ wᵢ·fᵢ — totalScore in rank.ts;
 * - weightedProduct: Π fᵢ^wᵢ — a weak dimension cannot be bought back by a strong one, and a
 *   dimension at 0 with any weight zeroes the score;
 * - topsis (Hwang & Yoon 1981): closeness to the ideal stack over the reference set of
 *   compatible stacks, every dimension a benefit criterion.
 * Weights are normalised (normaliseWeights) and a stack's figures are combined in the weights'
 * key order (totalScore's order). A weight naming no dimension adds nothing: 0 to a sum, a
 * factor 1 to a product, 0 to either TOPSIS distance. The scale kernel (scale/score.ts) and
 * rankAssessed (evaluate.ts) both call productAt and closenessAt below, on columns holding the
 * same numbers, so their scores agree bit for bit.
 */

export const METHODS = ['weightedSum', 'weightedProduct', 'topsis'] as const;
export type Method = (typeof METHODS)[number];
export const DEFAULT_METHOD: Method = 'weightedSum';

/** Weights laid over the columns of a table of figures (one column per dimension). */
export interface ColumnWeights {
  /** Normalised weight per column (normaliseWeights); 0 for a column no weight names. */
  normalised: Float64Array;
  /** The weighted columns in the weights' key order (totalScore's summing order). */
  order: Int32Array;
}

/** The weights over columns `ids`, normalised as normaliseWeights does, in key order. */
export function columnWeights(ids: readonly string[], weights: Weights): ColumnWeights {
  const normalisedWeights = normaliseWeights(weights);
  const index = new Map(ids.map((id, d) => [id, d]));
  const normalised = new Float64Array(ids.length);
  const order: number[] = [];
  for (const id in normalisedWeights) {
    const d = index.get(id);
    if (d === undefined) continue;
    order.push(d);
    normalised[d] = normalisedWeights[id]!;
  }
  return { normalised, order: Int32Array.from(order) };
}

/**
 * Weighted product of row i: Π f_d^{w_d} over the weighted columns in order. A weight of 0
 * contributes the factor 1 (even for f = 0); f = 0 with w > 0 makes the score 0.
 */
export function productAt(
  columns: readonly ArrayLike<number>[],
  i: number,
  w: ColumnWeights,
): number {
  const { order, normalised } = w;
  let score = 1;
  for (let k = 0; k < order.length; k++) {
    const d = order[k]!;
    const wd = normalised[d]!;
    if (wd === 0) continue;
    score *= Math.pow(columns[d]![i]!, wd);
  }
  return score;
}

/**
 * What TOPSIS needs of the reference set, per column, independent of the weights: the vector
 * norm √(Σ x²) (summed in the order `visit` gives) and the largest and smallest normalised
 * value r = x / norm. A column whose norm is 0 normalises to r = 0; with no reference row,
 * best = worst = 0. Computed once per list of stacks, never per weight change.
 */
export interface TopsisBasis {
  norm: Float64Array;
  best: Float64Array;
  worst: Float64Array;
  /** Rows in the reference set. */
  count: number;
}

/**
 * The basis of columns over the reference rows: `visit(row)` calls `row(i)` for every row in
 * the order the squares are summed in, and `inReference(i)` says which rows count.
 */
export function topsisBasis(
  columns: readonly ArrayLike<number>[],
  visit: (row: (i: number) => void) => void,
  inReference: (i: number) => boolean,
): TopsisBasis {
  const D = columns.length;
  const squares = new Float64Array(D);
  let count = 0;
  visit((i) => {
    if (!inReference(i)) return;
    count++;
    for (let d = 0; d < D; d++) {
      const x = columns[d]![i]!;
      squares[d]! += x * x;
    }
  });
  const norm = squares.map(Math.sqrt);
  const best = new Float64Array(D).fill(count === 0 ? 0 : Number.NEGATIVE_INFINITY);
  const worst = new Float64Array(D).fill(count === 0 ? 0 : Number.POSITIVE_INFINITY);
  visit((i) => {
    if (!inReference(i)) return;
    for (let d = 0; d < D; d++) {
      const n = norm[d]!;
      const r = n === 0 ? 0 : columns[d]![i]! / n;
      if (r > best[d]!) best[d] = r;
      if (r < worst[d]!) worst[d] = r;
    }
  });
  return { norm, best, worst, count };
}

/**
 * A basis under one set of weights: the ideal and anti-ideal weighted values w·best and
 * w·worst. Since fl(w·r) never decreases as r grows (w ≥ 0), these are exactly the largest and
 * smallest weighted values v = w·r of the reference set, as the textbook takes them.
 */
export interface TopsisTerms {
  basis: TopsisBasis;
  ideal: Float64Array;
  antiIdeal: Float64Array;
}

export function topsisTerms(basis: TopsisBasis, w: ColumnWeights): TopsisTerms {
  const ideal = basis.best.map((b, d) => w.normalised[d]! * b);
  const antiIdeal = basis.worst.map((b, d) => w.normalised[d]! * b);
  return { basis, ideal, antiIdeal };
}

/**
 * TOPSIS closeness of row i: with v_d = w_d · x_d / norm_d over the weighted columns in order,
 * d⁺ = √Σ(v − ideal)², d⁻ = √Σ(v − antiIdeal)², C = d⁻ / (d⁺ + d⁻). A row as far from both
 * (d⁺ = d⁻ = 0: every weighted column has ideal = anti-ideal = its value) scores 0.5 — nothing
 * tells it from the rest. In [0, 1]; a row outside the reference set is scored the same way.
 */
export function closenessAt(
  columns: readonly ArrayLike<number>[],
  i: number,
  w: ColumnWeights,
  terms: TopsisTerms,
): number {
  const { order, normalised } = w;
  const { norm } = terms.basis;
  let plus = 0;
  let minus = 0;
  for (let k = 0; k < order.length; k++) {
    const d = order[k]!;
    const wd = normalised[d]!;
    if (wd === 0) continue;
    const n = norm[d]!;
    const v = wd * (n === 0 ? 0 : columns[d]![i]! / n);
    const a = v - terms.ideal[d]!;
    const b = v - terms.antiIdeal[d]!;
    plus += a * a;
    minus += b * b;
  }
  return closeness(Math.sqrt(plus), Math.sqrt(minus));
}

/** C = d⁻ / (d⁺ + d⁻), and 0.5 when both distances are 0 (the 0/0 case). */
function closeness(dPlus: number, dMinus: number): number {
  const sum = dPlus + dMinus;
  return sum === 0 ? 0.5 : dMinus / sum;
}

/** Every step of a textbook TOPSIS run over a decision matrix. */
export interface TopsisResult {
  /** r_ij = x_ij / √(Σ_i x_ij²) (0 where the column's norm is 0). */
  normalised: number[][];
  /** v_ij = w_j · r_ij. */
  weighted: number[][];
  /** Per criterion: the best weighted value (max for a benefit criterion, min for a cost one). */
  ideal: number[];
  /** Per criterion: the worst weighted value. */
  antiIdeal: number[];
  /** Per alternative: Euclidean distance to the ideal and to the anti-ideal. */
  dPlus: number[];
  dMinus: number[];
  /** Per alternative: C = d⁻ / (d⁺ + d⁻), 0.5 when both are 0. Higher is better. */
  closeness: number[];
}

/**
 * TOPSIS (Hwang & Yoon 1981) over a decision matrix: rows are alternatives, columns criteria.
 * Vector normalisation, weights applied as given (scaling them all together leaves C as it is
 * up to rounding: both distances scale alike), ideal and anti-ideal per criterion (max / min
 * for a benefit criterion, reversed for a cost one; `benefit` defaults to all benefit),
 * Euclidean distances summed over the criteria in column order.
 */
export function topsis(
  matrix: readonly (readonly number[])[],
  weights: readonly number[],
  benefit: readonly boolean[] = weights.map(() => true),
): TopsisResult {
  const D = weights.length;
  const columns = Array.from({ length: D }, (_, j) => matrix.map((row) => row[j]!));
  const norm = columns.map((col) => Math.sqrt(col.reduce((s, x) => s + x * x, 0)));
  const normalised = matrix.map((row) =>
    weights.map((_, j) => (norm[j] === 0 ? 0 : row[j]! / norm[j]!)),
  );
  const weighted = normalised.map((row) => row.map((r, j) => weights[j]! * r));
  const extreme = (j: number, high: boolean) => {
    const vs = weighted.map((row) => row[j]!);
    return vs.length === 0 ? 0 : high ? Math.max(...vs) : Math.min(...vs);
  };
  const ideal = weights.map((_, j) => extreme(j, benefit[j] !== false));
  const antiIdeal = weights.map((_, j) => extreme(j, benefit[j] === false));
  const distance = (row: number[], to: number[]) =>
    Math.sqrt(row.reduce((s, v, j) => s + (v - to[j]!) * (v - to[j]!), 0));
  const dPlus = weighted.map((row) => distance(row, ideal));
  const dMinus = weighted.map((row) => distance(row, antiIdeal));
  return {
    normalised,
    weighted,
    ideal,
    antiIdeal,
    dPlus,
    dMinus,
    closeness: dPlus.map((p, i) => closeness(p, dMinus[i]!)),
  };
}

/** What rankAssessed scores a list of stacks from: their vectors and compatibility verdicts. */
export interface MethodRow {
  stack: { id: string; status: string };
  dimensions: DimensionVector;
}

interface RowTable {
  ids: string[];
  columns: Float64Array[];
  basis: TopsisBasis | null;
}

const tables = new WeakMap<readonly MethodRow[], RowTable>();

/**
 * The list's figures as columns (one per dimension of its first vector; a missing figure
 * counts 0, as in totalScore), made once per list and kept while the list lives.
 */
function tableOf(rows: readonly MethodRow[]): RowTable {
  let table = tables.get(rows);
  if (!table) {
    const ids = rows.length > 0 ? Object.keys(rows[0]!.dimensions) : [];
    const columns = ids.map((id) => Float64Array.from(rows, (r) => r.dimensions[id] ?? 0));
    table = { ids, columns, basis: null };
    tables.set(rows, table);
  }
  return table;
}

/**
 * The TOPSIS basis of a list: the reference set is its compatible stacks (status not
 * 'invalid'); squares are summed in stack-id order, so the list's own order does not matter
 * and the scale kernel (which sums in the same order) gets the same numbers.
 */
function basisOf(rows: readonly MethodRow[], table: RowTable): TopsisBasis {
  if (!table.basis) {
    const byId = rows.map((_, i) => i);
    byId.sort((x, y) => {
      const a = rows[x]!.stack.id;
      const b = rows[y]!.stack.id;
      return a < b ? -1 : a > b ? 1 : 0;
    });
    table.basis = topsisBasis(
      table.columns,
      (row) => byId.forEach(row),
      (i) => rows[i]!.stack.status !== 'invalid',
    );
  }
  return table.basis;
}

/**
 * Row i's score under a method other than the weighted sum (which rankAssessed computes with
 * totalScore). The list's columns and TOPSIS basis are made on first use and kept for it, so
 * a weight change costs O(dimensions) per stack.
 */
export function methodScores(
  rows: readonly MethodRow[],
  weights: Weights,
  method: Exclude<Method, 'weightedSum'>,
): (i: number) => number {
  const table = tableOf(rows);
  const w = columnWeights(table.ids, weights);
  if (method === 'weightedProduct') return (i) => productAt(table.columns, i, w);
  const terms = topsisTerms(basisOf(rows, table), w);
  return (i) => closenessAt(table.columns, i, w, terms);
}
