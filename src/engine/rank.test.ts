import { describe, expect, it } from 'vitest';
import { normaliseWeights, totalScore } from './rank';
import { vector, weights } from './test-fixtures';

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
