import { describe, expect, it } from 'vitest';

import { compareVectors } from './compare';

const a = {
  resource: 0.8,
  performance: 0.6,
  scale: 0.2,
  availability: 0.5,
  cost: 0.9,
  maturity: 0.6,
};
const b = {
  resource: 0.4,
  performance: 0.7,
  scale: 0.8,
  availability: 0.5,
  cost: 0.5,
  maturity: 1,
};
const weights = { resource: 4, performance: 3, scale: 0, availability: 2, cost: 0, maturity: 1 };

describe('compareVectors', () => {
  it('splits the score gap into weighted per-dimension differences', () => {
    const c = compareVectors(a, b, weights);
    // weights sum to 10: resource 0.4·0.4 = 0.16, performance 0.3·(−0.1) = −0.03, maturity 0.1·(−0.4) = −0.04
    expect(c.totalDelta).toBeCloseTo(0.09, 12);
    expect(c.decidedBy).toBe('resource');
    expect(c.deltas.map((d) => d.dimension)).toEqual([
      'resource',
      'scale',
      'availability',
      'cost',
      'performance',
      'maturity',
    ]);
    expect(c.deltas[0]!.weightedDelta).toBeCloseTo(0.16, 12);
    expect(c.deltas[5]!.weightedDelta).toBeCloseTo(-0.04, 12);
    expect(c.deltas.reduce((s, d) => s + d.weightedDelta, 0)).toBeCloseTo(c.totalDelta, 12);
  });

  it('names no deciding dimension when A does not lead', () => {
    expect(compareVectors(b, a, weights).decidedBy).toBeNull();
    expect(compareVectors(a, a, weights).decidedBy).toBeNull();
  });
});
