import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedCatalogue } from '../catalogue/seed-catalogue';
import type { Weights } from '../catalogue/types';
import { scoreStacks } from './aggregate';
import { compareRanked, normaliseWeights, rankStacks, totalScore } from './rank';
import { buildStacks } from './stacks';
import { partsOf, weights } from './test-fixtures';
import type { DimensionVector, ScoredStack } from './types';

const vector = (r: number, p: number, s: number, a: number, c: number, m: number) =>
  ({
    resource: r,
    performance: p,
    scale: s,
    availability: a,
    cost: c,
    maturity: m,
  }) satisfies DimensionVector;

const scored = (id: string, dimensions: DimensionVector): ScoredStack => ({
  stack: { id, parts: partsOf(`${id}+o+r+s+n+p`), status: 'valid', reasons: [] },
  dimensions,
});

describe('normaliseWeights', () => {
  it('scales the seed defaults 3/3/2/2/2/1 to sum 1', () => {
    expect(
      normaliseWeights(
        weights({ resource: 3, performance: 3, scale: 2, availability: 2, cost: 2, maturity: 1 }),
      ),
    ).toEqual({
      resource: 3 / 13,
      performance: 3 / 13,
      scale: 2 / 13,
      availability: 2 / 13,
      cost: 2 / 13,
      maturity: 1 / 13,
    });
  });

  it('reads all-zero weights as equal weights', () => {
    expect(normaliseWeights(weights())).toEqual(weights({}, 1 / 6));
  });

  it('counts negative weights as 0', () => {
    expect(normaliseWeights(weights({ resource: -5, cost: 2, maturity: 2 }))).toEqual(
      weights({ cost: 0.5, maturity: 0.5 }),
    );
  });
});

describe('totalScore', () => {
  it('is Σ wᵢ·fᵢ with normalised weights', () => {
    const w = normaliseWeights(
      weights({ resource: 4, performance: 3, availability: 2, maturity: 1 }),
    );
    const f = vector(0.5, 0.2, 0.9, 1, 0.7, 0.6);
    expect(totalScore(f, w)).toBeCloseTo(0.4 * 0.5 + 0.3 * 0.2 + 0.2 * 1 + 0.1 * 0.6, 6);
    expect(totalScore(f, w)).toBeCloseTo(0.52, 6);
  });
});

describe('rankStacks', () => {
  const input = [
    scored('b', vector(0.5, 0.5, 0.5, 0.5, 0.5, 0.5)),
    scored('c', vector(1, 0, 0, 0, 0, 0)),
    scored('a', vector(0.5, 0.5, 0.5, 0.5, 0.5, 0.5)),
    scored('d', vector(0, 0, 0, 0, 0, 1)),
  ];

  it('orders by total, highest first, ties by id, ranks from 1', () => {
    const ranked = rankStacks(input, weights({ resource: 1, maturity: 1 }));
    expect(ranked.map((r) => [r.rank, r.stack.id, r.total])).toEqual([
      [1, 'a', 0.5],
      [2, 'b', 0.5],
      [3, 'c', 0.5],
      [4, 'd', 0.5],
    ]);
    const byResource = rankStacks(input, weights({ resource: 2, maturity: 1 }));
    expect(byResource.map((r) => r.stack.id)).toEqual(['c', 'a', 'b', 'd']);
    expect(byResource[0]!.total).toBeCloseTo(2 / 3, 6);
    expect(byResource[3]!.total).toBeCloseTo(1 / 3, 6);
  });

  it('treats totals within 1e-9 as tied and breaks the tie by id', () => {
    const near = [
      { total: 0.3 + 1e-12, stack: { id: 'z' } },
      { total: 0.3, stack: { id: 'y' } },
    ];
    expect([...near].sort(compareRanked).map((r) => r.stack.id)).toEqual(['y', 'z']);
    expect(
      compareRanked({ total: 0.3, stack: { id: 'a' } }, { total: 0.3, stack: { id: 'a' } }),
    ).toBe(0);
  });

  it('does not mutate its input', () => {
    const before = structuredClone(input);
    const ranked = rankStacks(input, weights({ cost: 1 }));
    expect(input).toEqual(before);
    expect(ranked[0]).not.toBe(input[0]);
    expect('rank' in input[0]!).toBe(false);
  });
});

describe('rankStacks on the seed (fast-check)', () => {
  const seedScored = scoreStacks(buildStacks(seedCatalogue), seedCatalogue);
  const weight = fc.integer({ min: 0, max: 10 });
  const anyWeights = fc.record({
    resource: weight,
    performance: weight,
    scale: weight,
    availability: weight,
    cost: weight,
    maturity: weight,
  });
  const scale = (w: Weights, k: number): Weights =>
    Object.fromEntries(Object.entries(w).map(([d, v]) => [d, v * k])) as Weights;

  it('orders the same when every weight is scaled by the same positive factor', () => {
    fc.assert(
      fc.property(anyWeights, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (w, k) => {
        const order = rankStacks(seedScored, w).map((r) => r.stack.id);
        const scaled = rankStacks(seedScored, scale(w, k)).map((r) => r.stack.id);
        expect(scaled).toEqual(order);
      }),
      { numRuns: 60 },
    );
  });

  it('ranks every stack once, totals non-increasing', () => {
    fc.assert(
      fc.property(anyWeights, (w) => {
        const ranked = rankStacks(seedScored, w);
        expect(new Set(ranked.map((r) => r.stack.id)).size).toBe(432);
        ranked
          .slice(1)
          .forEach((r, i) => expect(r.total).toBeLessThanOrEqual(ranked[i]!.total + 1e-9));
      }),
      { numRuns: 20 },
    );
  });
});
