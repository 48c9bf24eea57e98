import { describe, expect, it } from 'vitest';

import { combineWeights, sharesOf } from './group';

describe('sharesOf', () => {
  it('normalises a reviewer; all zero counts as equal', () => {
    expect(sharesOf([3, 1])).toEqual([0.75, 0.25]);
    expect(sharesOf([0, 0, 0, 0])).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(sharesOf([2, Number.NaN, -1, 2])).toEqual([0.5, 0, 0, 0.5]);
  });
});

describe('combineWeights', () => {
  it('two reviewers, by hand: 3:1 and 1:1', () => {
    const arithmetic = combineWeights(
      [
        [3, 1],
        [1, 1],
      ],
      'arithmetic',
    )!;
    expect(arithmetic.shares).toEqual([0.625, 0.375]);
    expect(arithmetic.weights).toEqual([5, 3]);
    // √(0.75·0.5) : √(0.25·0.5) = √3 : 1.
    const geometric = combineWeights(
      [
        [3, 1],
        [1, 1],
      ],
      'geometric',
    )!;
    expect(geometric.shares[0]).toBeCloseTo(Math.sqrt(3) / (Math.sqrt(3) + 1), 14);
    expect(geometric.shares[1]).toBeCloseTo(1 / (Math.sqrt(3) + 1), 14);
    expect(geometric.weights).toEqual([5, 2.89]);
    expect(geometric.reviewerShares).toEqual([
      [0.75, 0.25],
      [0.5, 0.5],
    ]);
  });

  it('three reviewers, by hand, with a zero: arithmetic keeps it, geometric vetoes it', () => {
    const reviewers = [
      [4, 2, 2],
      [1, 1, 2],
      [2, 2, 0],
    ];
    const arithmetic = combineWeights(reviewers, 'arithmetic')!;
    // (.5+.25+.5)/3, (.25+.25+.5)/3, (.25+.5+0)/3 = 5/12, 4/12, 3/12.
    [5 / 12, 4 / 12, 3 / 12].forEach((s, d) => expect(arithmetic.shares[d]).toBeCloseTo(s, 14));
    expect(arithmetic.weights).toEqual([5, 4, 3]);
    const geometric = combineWeights(reviewers, 'geometric')!;
    // ∛(.5·.25·.5) : ∛(.25·.25·.5) : 0 = 1 : ∛0.5 : 0.
    const a = 1 / (1 + Math.cbrt(0.5));
    expect(geometric.shares[0]).toBeCloseTo(a, 14);
    expect(geometric.shares[1]).toBeCloseTo(a * Math.cbrt(0.5), 14);
    expect(geometric.shares[2]).toBe(0);
    expect(geometric.weights).toEqual([5, 3.97, 0]);
  });

  it('spread: the most disagreed dimension first, ties in catalogue order', () => {
    const { spread } = combineWeights(
      [
        [4, 2, 2],
        [1, 1, 2],
        [2, 2, 0],
      ],
      'geometric',
    )!;
    expect(spread.map((s) => s.dimension)).toEqual([2, 0, 1]);
    // Shares of dimension 2: .25, .5, 0 (mean .25, variance .125/3).
    expect(spread[0]).toMatchObject({ dimension: 2, min: 0, max: 0.5, zeros: 1 });
    expect(spread[0]!.sd).toBeCloseTo(Math.sqrt(0.125 / 3), 14);
    // Dimensions 0 and 1 spread alike (.5,.25,.5 and .25,.25,.5).
    expect(spread[1]!.sd).toBeCloseTo(Math.sqrt(1 / 72), 14);
    expect(spread[1]!.sd).toBeCloseTo(spread[2]!.sd, 14);
    expect(spread[1]).toMatchObject({ min: 0.25, max: 0.5, zeros: 0 });
  });

  it('every dimension vetoed: equal shares', () => {
    const r = combineWeights(
      [
        [1, 0],
        [0, 1],
      ],
      'geometric',
    )!;
    expect(r.shares).toEqual([0.5, 0.5]);
    expect(r.weights).toEqual([5, 5]);
  });

  it('a reviewer counts by proportions, not by the size of their numbers', () => {
    const small = combineWeights(
      [
        [1, 2],
        [3, 3],
      ],
      'geometric',
    )!;
    const large = combineWeights(
      [
        [2.5, 5],
        [3, 3],
      ],
      'geometric',
    )!;
    expect(large.shares).toEqual(small.shares);
  });

  it('one reviewer is themselves; none is nothing; uneven lengths are refused', () => {
    const one = combineWeights([[3, 3, 2, 2, 2, 1]], 'geometric')!;
    [3, 3, 2, 2, 2, 1].forEach((w, d) => expect(one.shares[d]).toBeCloseTo(w / 13, 14));
    expect(one.weights).toEqual([5, 5, 3.33, 3.33, 3.33, 1.67]);
    expect(one.spread.every((s) => s.sd === 0)).toBe(true);
    expect(combineWeights([], 'arithmetic')).toBeNull();
    expect(() => combineWeights([[1, 2], [1]], 'arithmetic')).toThrow(RangeError);
  });
});
