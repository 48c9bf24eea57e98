import { describe, expect, it } from 'vitest';

import {
  ahp,
  isJudgement,
  judgementsFromWeights,
  judgementValue,
  matrixOf,
  nearestJudgement,
  pairsOf,
  RANDOM_INDEX,
  weightsFromPriorities,
} from './ahp';

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * Saaty, T. L. (2008) "Decision making with the analytic hierarchy process", Int. J. Services
 * Sciences 1(1), 83–98, Table 1 "Which drink is consumed more in the US?": the judgements of
 * coffee, wine, tea, beer, sodas, milk and water; the printed derived scale is .177 .019 .042
 * .116 .190 .129 .327 with a consistency ratio of .022 (the same matrix and figures are the
 * test fixture of the AHPy library, tests/test_ahp.py). Row i against column j for the pairs
 * (0,1), (0,2) … (5,6); −k is the printed 1/k.
 */
const DRINKS = [
  // coffee vs wine, tea, beer, sodas, milk, water
  9, 5, 2, 1, 1, -2,
  // wine vs tea, beer, sodas, milk, water
  -3, -9, -9, -9, -9,
  // tea vs beer, sodas, milk, water
  -3, -4, -3, -9,
  // beer vs sodas, milk, water
  -2, 1, -3,
  // sodas vs milk, water
  2, -2,
  // milk vs water
  -3,
];
const DRINK_PRIORITIES = [0.177, 0.019, 0.042, 0.116, 0.19, 0.129, 0.327];

describe('pairsOf and the scale', () => {
  it('lists the n(n−1)/2 pairs in reading order', () => {
    expect(pairsOf(3)).toEqual([
      [0, 1],
      [0, 2],
      [1, 2],
    ]);
    const six = pairsOf(6);
    expect(six).toHaveLength(15);
    expect(six[0]).toEqual([0, 1]);
    expect(six[4]).toEqual([0, 5]);
    expect(six[14]).toEqual([4, 5]);
  });

  it('reads a judgement as k or 1/k and refuses anything off the scale', () => {
    expect(judgementValue(1)).toBe(1);
    expect(judgementValue(9)).toBe(9);
    expect(judgementValue(-5)).toBe(1 / 5);
    for (const bad of [0, -1, 10, -10, 2.5, Number.NaN]) {
      expect(isJudgement(bad)).toBe(false);
      expect(() => judgementValue(bad)).toThrow(RangeError);
    }
  });

  it('builds a reciprocal matrix: a_ii = 1 and a_ij · a_ji = 1', () => {
    const a = matrixOf(DRINKS, 7);
    for (let i = 0; i < 7; i++) {
      expect(a[i]![i]).toBe(1);
      for (let j = 0; j < 7; j++) expect(a[i]![j]! * a[j]![i]!).toBeCloseTo(1, 14);
    }
    // Water against coffee: the printed 2 (coffee against water is 1/2).
    expect(a[6]![0]).toBe(2);
    expect(a[0]![6]).toBe(0.5);
    expect(() => matrixOf([1, 1], 3)).toThrow(RangeError);
  });
});

describe('ahp on a published example (Saaty 2008, drinks)', () => {
  it('gives the printed priorities and consistency ratio by the principal eigenvector', () => {
    const r = ahp(DRINKS, 7, 'eigenvector');
    expect(r.priorities.map((p) => round(p, 3))).toEqual(DRINK_PRIORITIES);
    expect(r.priorities.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 14);
    expect(round(r.cr!, 3)).toBe(0.022);
    expect(r.ri).toBe(1.32);
    expect(r.ci).toBeCloseTo((r.lambdaMax - 7) / 6, 14);
    expect(r.consistent).toBe(true);
  });

  it('is an eigenvector: A·w = λmax·w to the iteration tolerance', () => {
    const r = ahp(DRINKS, 7, 'eigenvector');
    const a = matrixOf(DRINKS, 7);
    a.forEach((row, i) => {
      const aw = row.reduce((s, x, j) => s + x * r.priorities[j]!, 0);
      expect(Math.abs(aw - r.lambdaMax * r.priorities[i]!)).toBeLessThan(1e-10);
    });
  });

  it('geometric means: the same order, within 0.003 of each printed priority, same verdict', () => {
    const ev = ahp(DRINKS, 7, 'eigenvector');
    const gm = ahp(DRINKS, 7, 'geometricMean');
    const order = (p: number[]) => p.map((_, i) => i).sort((x, y) => p[y]! - p[x]!);
    expect(order(gm.priorities)).toEqual(order(ev.priorities));
    gm.priorities.forEach((p, i) => expect(Math.abs(p - DRINK_PRIORITIES[i]!)).toBeLessThan(0.003));
    expect(gm.priorities).not.toEqual(ev.priorities);
    expect(round(gm.cr!, 3)).toBe(0.022);
    expect(gm.consistent).toBe(true);
  });
});

describe('ahp: consistency', () => {
  // A consistent matrix of w = (8, 4, 2, 1): every a_ij = w_i / w_j.
  const CONSISTENT = [2, 4, 8, 2, 4, 2];

  it('a consistent matrix: exact ratios, λmax = n, CI = CR = 0, no worst judgement', () => {
    for (const method of ['eigenvector', 'geometricMean'] as const) {
      const r = ahp(CONSISTENT, 4, method);
      [8, 4, 2, 1].forEach((w, i) => expect(r.priorities[i]).toBeCloseTo(w / 15, 12));
      expect(r.priorities[0]! / r.priorities[3]!).toBeCloseTo(8, 10);
      expect(r.lambdaMax).toBeCloseTo(4, 12);
      expect(Math.abs(r.ci)).toBeLessThan(1e-12);
      expect(Math.abs(r.cr!)).toBeLessThan(1e-12);
      expect(r.consistent).toBe(true);
      expect(r.worst).toBeNull();
    }
  });

  it('names the judgement that breaks it: 1 is 8 times 4 turned into 1/8', () => {
    const broken = [2, 4, -8, 2, 4, 2];
    const r = ahp(broken, 4, 'eigenvector');
    expect(r.consistent).toBe(false);
    expect(r.cr!).toBeGreaterThan(0.1);
    expect(r.worst).not.toBeNull();
    const worst = r.worst!;
    expect(worst.index).toBe(2);
    expect(worst.pair).toEqual([0, 3]);
    expect(worst.judgement).toBe(-8);
    expect(worst.implied).toBeCloseTo(r.priorities[0]! / r.priorities[3]!, 14);
    expect(worst.deviation).toBeCloseTo(Math.abs(Math.log(1 / 8 / worst.implied)), 14);
  });

  it('geometric mean equals the eigenvector for n = 3, even when inconsistent', () => {
    const cycle = [3, -5, 7];
    const ev = ahp(cycle, 3, 'eigenvector');
    const gm = ahp(cycle, 3, 'geometricMean');
    ev.priorities.forEach((p, i) => expect(gm.priorities[i]).toBeCloseTo(p, 12));
    expect(gm.lambdaMax).toBeCloseTo(ev.lambdaMax, 10);
    expect(ev.consistent).toBe(false);
  });

  it('n ≤ 2 is always consistent (CR 0); past the RI table the CR is unknown', () => {
    const two = ahp([5], 2, 'eigenvector');
    expect(two.priorities[0]).toBeCloseTo(5 / 6, 12);
    expect(two.cr).toBe(0);
    expect(two.consistent).toBe(true);
    const one = ahp([], 1, 'eigenvector');
    expect(one.priorities).toEqual([1]);
    expect(one.cr).toBe(0);
    expect(RANDOM_INDEX).toHaveLength(15);
    const big = ahp(new Array<number>(pairsOf(16).length).fill(1), 16, 'eigenvector');
    expect(big.ri).toBeNull();
    expect(big.cr).toBeNull();
    expect(big.consistent).toBeNull();
    expect(big.priorities.every((p) => Math.abs(p - 1 / 16) < 1e-12)).toBe(true);
  });
});

describe('weights and judgements', () => {
  it('weightsFromPriorities: the largest is the maximum, the rest in proportion, hundredths', () => {
    expect(weightsFromPriorities([0.5, 0.25, 0.25])).toEqual([5, 2.5, 2.5]);
    expect(weightsFromPriorities([0.3, 0.7])).toEqual([2.14, 5]);
    expect(weightsFromPriorities([0.5, 0.25, 0.25], 4)).toEqual([4, 2, 2]);
    expect(weightsFromPriorities([0.999, 0.001])).toEqual([5, 0.01]);
    expect(weightsFromPriorities([0, 0, 0])).toEqual([5, 5, 5]);
    expect(weightsFromPriorities([Number.NaN, -1])).toEqual([5, 5]);
  });

  it('nearestJudgement: on a log scale, ties toward equal', () => {
    expect(nearestJudgement(1)).toBe(1);
    expect(nearestJudgement(1.5)).toBe(2);
    expect(nearestJudgement(Math.SQRT2)).toBe(1);
    expect(nearestJudgement(3.4)).toBe(3);
    expect(nearestJudgement(1 / 3.4)).toBe(-3);
    expect(nearestJudgement(40)).toBe(9);
    expect(nearestJudgement(Infinity)).toBe(9);
    expect(nearestJudgement(0)).toBe(-9);
  });

  it('judgementsFromWeights: the seed defaults 3/3/2/2/2/1', () => {
    // Resource, performance, scale, availability, cost, maturity.
    expect(judgementsFromWeights([3, 3, 2, 2, 2, 1])).toEqual([
      1, 2, 2, 2, 3, 2, 2, 2, 3, 1, 1, 2, 1, 2, 2,
    ]);
    expect(judgementsFromWeights([5, 0])).toEqual([9]);
    expect(judgementsFromWeights([0, 5])).toEqual([-9]);
    expect(judgementsFromWeights([0, 0])).toEqual([1]);
  });

  it('round trip: consistent weights → judgements → the same proportions', () => {
    const weights = [4, 2, 1, 4];
    const r = ahp(judgementsFromWeights(weights), 4, 'eigenvector');
    expect(weightsFromPriorities(r.priorities)).toEqual([5, 2.5, 1.25, 5]);
    expect(r.worst).toBeNull();
  });
});
