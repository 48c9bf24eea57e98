import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { Weights } from '../../catalogue/types';
import { toShareSegments, toWeightShares } from './to-weight-shares';

const weights = (
  resource: number,
  performance: number,
  scale: number,
  availability: number,
  cost: number,
  maturity: number,
): Weights => ({ resource, performance, scale, availability, cost, maturity });

describe('toWeightShares', () => {
  it('shares the seed defaults 3/3/2/2/2/1 out of 13, percentages summing to 100', () => {
    const shares = toWeightShares(weights(3, 3, 2, 2, 2, 1));
    expect(shares.map((s) => s.dimension)).toEqual([
      'resource',
      'performance',
      'scale',
      'availability',
      'cost',
      'maturity',
    ]);
    expect(shares[0]!.share).toBeCloseTo(3 / 13, 12);
    // 23.08, 23.08, 15.38, 15.38, 15.38, 7.69: the two largest remainders round up.
    expect(shares.map((s) => s.percent)).toEqual([23, 23, 16, 15, 15, 8]);
  });

  it('gives exact percentages when the weights divide evenly (edge: 4/3/0/2/0/1)', () => {
    const shares = toWeightShares(weights(4, 3, 0, 2, 0, 1));
    expect(shares.map((s) => s.percent)).toEqual([40, 30, 0, 20, 0, 10]);
    expect(shares.map((s) => s.weight)).toEqual([4, 3, 0, 2, 0, 1]);
  });

  it('shares all-zero weights equally, as the engine does', () => {
    const shares = toWeightShares(weights(0, 0, 0, 0, 0, 0));
    expect(shares.map((s) => s.share)).toEqual(Array(6).fill(1 / 6));
    expect(shares.map((s) => s.percent)).toEqual([17, 17, 17, 17, 16, 16]);
  });

  it('always sums to 100 and stays within one point of the exact share', () => {
    const w = fc.integer({ min: 0, max: 10 }).map((n) => n / 2);
    fc.assert(
      fc.property(w, w, w, w, w, w, (a, b, c, d, e, f) => {
        const shares = toWeightShares(weights(a, b, c, d, e, f));
        expect(shares.reduce((s, x) => s + x.percent, 0)).toBe(100);
        for (const s of shares) expect(Math.abs(s.percent - s.share * 100)).toBeLessThan(1);
      }),
    );
  });

  it('follows the catalogue: a 7th dimension gets a share, a missing weight counts 0', () => {
    const shares = toWeightShares({ ...weights(3, 3, 2, 2, 2, 1), security: 2 }, [
      'resource',
      'performance',
      'scale',
      'availability',
      'cost',
      'maturity',
      'security',
    ]);
    expect(shares).toHaveLength(7);
    expect(shares[6]).toMatchObject({ dimension: 'security', weight: 2, share: 2 / 15 });
    expect(shares.reduce((s, x) => s + x.percent, 0)).toBe(100);
    const two = toWeightShares({ cost: 1 }, ['cost', 'gateway']);
    expect(two.map((s) => [s.dimension, s.weight, s.percent])).toEqual([
      ['cost', 1, 100],
      ['gateway', 0, 0],
    ]);
  });
});

describe('toShareSegments', () => {
  it('draws each dimension as its exact share of the total, end to end', () => {
    const segments = toShareSegments(toWeightShares(weights(3, 3, 2, 2, 2, 1)));
    expect(segments.map((s) => s.width)).toEqual(
      [3, 3, 2, 2, 2, 1].map((w) => expect.closeTo((w / 13) * 100, 10)),
    );
    expect(segments.map((s) => s.start)).toEqual(
      [0, 3, 6, 8, 10, 12].map((w) => expect.closeTo((w / 13) * 100, 10)),
    );
    // The largest weight is 23% of the bar, not all of it.
    expect(segments[0]!.width).toBeCloseTo(23.08, 2);
  });

  it('gives a zero weight no length and fills the bar exactly', () => {
    const segments = toShareSegments(toWeightShares(weights(4, 3, 0, 2, 0, 1)));
    expect(segments.map((s) => s.width)).toEqual([40, 30, 0, 20, 0, 10]);
    const last = segments.at(-1)!;
    expect(last.start + last.width).toBeCloseTo(100, 10);
  });

  it('always ends at 100 and follows the shares', () => {
    const w = fc.integer({ min: 0, max: 10 }).map((n) => n / 2);
    fc.assert(
      fc.property(w, w, w, w, w, w, (a, b, c, d, e, f) => {
        const shares = toWeightShares(weights(a, b, c, d, e, f));
        const segments = toShareSegments(shares);
        segments.forEach((s, i) => expect(s.width).toBeCloseTo(shares[i]!.share * 100, 10));
        expect(segments.at(-1)!.start + segments.at(-1)!.width).toBeCloseTo(100, 10);
      }),
    );
  });
});
