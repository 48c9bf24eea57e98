import { pairsOf } from './pairs';

/**
 * Pairwise weights (AHP, Saaty): judgements between n dimensions become a priority vector
 * and a consistency ratio.
 *
 * A judgement is one pair's entry on Saaty's 1–9 scale, stored as an integer: k ≥ 1 means
 * "dimension i is k times as important as j" (a_ij = k); −k (k = 2 … 9) means a_ij = 1/k.
 * The judgements of n dimensions are listed for the pairs of pairsOf(n), in catalogue order.
 */

export { pairsOf };

/** The method: the principal eigenvector (Saaty's) or the normalised row geometric means. */
export type AhpMethod = 'eigenvector' | 'geometricMean';
export const AHP_METHODS: readonly AhpMethod[] = ['eigenvector', 'geometricMean'];

/** Every judgement, from "j extremely more important" (−9 = 1/9) to "i extremely more important" (9). */
export const JUDGEMENTS: readonly number[] = [
  -9, -8, -7, -6, -5, -4, -3, -2, 1, 2, 3, 4, 5, 6, 7, 8, 9,
];

/** The largest consistency ratio Saaty accepts. */
export const CR_LIMIT = 0.1;

/**
 * Saaty's random index RI(n), the mean consistency index of random reciprocal matrices, for
 * n = 1 … 15: the table of Saaty, The Analytic Hierarchy Process (McGraw-Hill, 1980), as it
 * is commonly reproduced (0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48,
 * 1.56, 1.57, 1.59). Saaty's later estimates differ in the second decimal (2005: 0.52, 0.89,
 * 1.11, 1.25, 1.35, …). No RI is used past n = 15: the CR is then unknown (null).
 */
export const RANDOM_INDEX: readonly number[] = [
  0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59,
];

/** The power iteration stops when no priority moves by more than this between two steps. */
export const EIGEN_TOLERANCE = 1e-12;
/** A safety cap: positive matrices converge long before it (a few dozen steps for n ≤ 15). */
const MAX_ITERATIONS = 10_000;

/** True for an integer of Saaty's scale as stored: 1 … 9 or −9 … −2. */
export function isJudgement(k: unknown): k is number {
  if (typeof k !== 'number' || !Number.isInteger(k)) return false;
  return k >= 1 ? k <= 9 : k >= -9 && k <= -2;
}

/** The matrix entry a judgement stands for: k for k ≥ 1, 1/|k| for k ≤ −2; throws off the scale. */
export function judgementValue(k: number): number {
  if (!isJudgement(k)) throw new RangeError(`Not a judgement on Saaty's scale: ${k}`);
  return k >= 1 ? k : 1 / -k;
}

/** The reciprocal n×n matrix of the judgements (a_ii = 1, a_ji = 1/a_ij); throws on a wrong count. */
export function matrixOf(judgements: readonly number[], n: number): number[][] {
  const pairs = pairsOf(n);
  if (judgements.length !== pairs.length)
    throw new RangeError(
      `${n} dimensions take ${pairs.length} judgements, not ${judgements.length}`,
    );
  const a = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  pairs.forEach(([i, j], p) => {
    const v = judgementValue(judgements[p]!);
    a[i]![j] = v;
    a[j]![i] = 1 / v;
  });
  return a;
}

/** The judgement that disagrees most with the priorities derived from all of them. */
export interface WorstJudgement {
  /** Its position in the judgement list. */
  index: number;
  /** The dimensions it compares (row i, column j). */
  pair: [number, number];
  /** The judgement given. */
  judgement: number;
  /** The ratio w_i / w_j the priorities imply for the pair. */
  implied: number;
  /** |ln(a_ij · w_j / w_i)|: how many e-folds the judgement is off the implied ratio. */
  deviation: number;
}

export interface AhpResult {
  method: AhpMethod;
  /** One per dimension, positive, summing to 1. */
  priorities: number[];
  /** The principal eigenvalue (eigenvector), or its estimate mean_i (Aw)_i / w_i (geometric mean). */
  lambdaMax: number;
  /** (λmax − n) / (n − 1); 0 for n ≤ 2. */
  ci: number;
  /** Saaty's random index for n; null past the published table (n > 15). */
  ri: number | null;
  /** CI / RI; 0 for n ≤ 2 (a reciprocal 2×2 matrix is always consistent); null without an RI. */
  cr: number | null;
  /** cr ≤ CR_LIMIT; null when the CR is unknown. */
  consistent: boolean | null;
  /** Null when every judgement agrees with the priorities (to 1e-9). */
  worst: WorstJudgement | null;
}

function normalised(v: number[]): number[] {
  const sum = v.reduce((s, x) => s + x, 0);
  return v.map((x) => x / sum);
}

function times(a: number[][], w: number[]): number[] {
  return a.map((row) => row.reduce((s, x, j) => s + x * w[j]!, 0));
}

/**
 * The principal eigenvector of a positive matrix by power iteration from the uniform vector,
 * normalised to sum 1 after each step; stops when no entry moves by more than
 * EIGEN_TOLERANCE (Perron–Frobenius: the iteration converges for a positive matrix).
 */
export function principalEigenvector(a: number[][]): number[] {
  const n = a.length;
  let w = new Array<number>(n).fill(1 / n);
  for (let step = 0; step < MAX_ITERATIONS; step++) {
    const next = normalised(times(a, w));
    const moved = next.reduce((m, x, i) => Math.max(m, Math.abs(x - w[i]!)), 0);
    w = next;
    if (moved <= EIGEN_TOLERANCE) break;
  }
  return w;
}

/** The normalised geometric means of the rows (the logarithmic least-squares priorities). */
export function geometricMeanVector(a: number[][]): number[] {
  const n = a.length;
  return normalised(a.map((row) => Math.exp(row.reduce((s, x) => s + Math.log(x), 0) / n)));
}

/** The most inconsistent judgement: the largest |ln(a_ij · w_j / w_i)|, the earlier pair on ties. */
function worstOf(judgements: readonly number[], n: number, w: number[]): WorstJudgement | null {
  let worst: WorstJudgement | null = null;
  pairsOf(n).forEach(([i, j], index) => {
    const judgement = judgements[index]!;
    const implied = w[i]! / w[j]!;
    const deviation = Math.abs(Math.log(judgementValue(judgement) / implied));
    if (deviation > 1e-9 && (worst === null || deviation > worst.deviation))
      worst = { index, pair: [i, j], judgement, implied, deviation };
  });
  return worst;
}

/**
 * The priorities of n dimensions from their judgements (see matrixOf), with Saaty's consistency
 * check: λmax, CI = (λmax − n)/(n − 1), CR = CI / RI(n). Throws when the judgements do not fit n.
 */
export function ahp(judgements: readonly number[], n: number, method: AhpMethod): AhpResult {
  const a = matrixOf(judgements, n);
  const priorities = method === 'eigenvector' ? principalEigenvector(a) : geometricMeanVector(a);
  const aw = times(a, priorities);
  const lambdaMax = n === 0 ? 0 : aw.reduce((s, x, i) => s + x / priorities[i]!, 0) / n;
  const ci = n <= 2 ? 0 : (lambdaMax - n) / (n - 1);
  const ri = n >= 1 && n <= RANDOM_INDEX.length ? RANDOM_INDEX[n - 1]! : null;
  const cr = n <= 2 ? 0 : ri === null ? null : ci / ri;
  return {
    method,
    priorities,
    lambdaMax,
    ci,
    ri,
    cr,
    consistent: cr === null ? null : cr <= CR_LIMIT,
    worst: worstOf(judgements, n, priorities),
  };
}

/**
 * Slider weights for priorities: the largest becomes maxWeight, the others keep their
 * proportion to it, rounded to hundredths. Priorities that are all zero (or not numbers)
 * give every dimension maxWeight, so the result is never all zero.
 */
export function weightsFromPriorities(priorities: readonly number[], maxWeight = 5): number[] {
  const clean = priorities.map((p) => (Number.isFinite(p) && p > 0 ? p : 0));
  const top = Math.max(0, ...clean);
  if (top === 0) return clean.map(() => maxWeight);
  return clean.map((p) => Math.round((p / top) * maxWeight * 100) / 100);
}

/** The judgement nearest a ratio on a log scale (ties go to the one nearer "equal"). */
export function nearestJudgement(ratio: number): number {
  if (!(ratio > 0)) return -9;
  if (ratio === Infinity) return 9;
  const target = Math.log(ratio);
  let best = 1;
  let bestGap = Math.abs(target);
  for (const k of JUDGEMENTS) {
    const gap = Math.abs(Math.log(judgementValue(k)) - target);
    // On a tie the judgement nearer "equal" (the smaller |k|) wins.
    const nearerEqual = Math.abs(k) < Math.abs(best);
    if (gap < bestGap - 1e-12 || (gap <= bestGap + 1e-12 && nearerEqual))
      [best, bestGap] = [k, gap];
  }
  return best;
}

/**
 * The judgements nearest the ratios of slider weights (catalogue order), to start the form
 * from the sliders. A weight of 0 against a positive one is as far as the scale goes (9 or
 * 1/9); two zeros (or a negative or missing value, read as 0) are "equal".
 */
export function judgementsFromWeights(weights: readonly number[]): number[] {
  const w = weights.map((x) => (Number.isFinite(x) && x > 0 ? x : 0));
  return pairsOf(w.length).map(([i, j]) => {
    if (w[i] === 0 && w[j] === 0) return 1;
    return nearestJudgement(w[i]! / w[j]!);
  });
}
