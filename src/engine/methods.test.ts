import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { openRequirements } from '../catalogue/scenarios';
import { seedCatalogue } from '../catalogue/seed-catalogue';
import type { Weights } from '../catalogue/types';
import {
  assessStacks,
  prepareCatalogue,
  rankAssessed,
  type AssessedStack,
  type RankOptions,
} from './evaluate';
import { closenessAt, columnWeights, METHODS, productAt, topsis, topsisBasis } from './methods';
import { normaliseWeights } from './rank';
import { partsOf, vector, weights } from './test-fixtures';
import type { DimensionVector } from './types';

const assessed = (
  id: string,
  dimensions: DimensionVector,
  status: 'valid' | 'warning' | 'invalid' = 'valid',
): AssessedStack => ({
  stack: { id, parts: partsOf(`${id}+o+r+s+n+p`), status, reasons: [] },
  dimensions,
  match: { status: 'match', layers: {}, checks: [] },
  caseIds: [],
});

const SCORE_ONLY: RankOptions = { mode: 'scoreOnly', showInvalid: false };
const fixed = (xs: number[], digits: number) => xs.map((x) => x.toFixed(digits));

describe('topsis on published worked examples', () => {
  it('Tzeng & Huang (2011): the printed closeness coefficients, to 4 decimals', () => {
    // Tzeng, G.-H. & Huang, J.-J. (2011), Multiple Attribute Decision Making: Methods and
    // Applications, CRC Press — the TOPSIS numerical example: 4 alternatives, 3 benefit
    // criteria, weights 0.3 / 0.4 / 0.3, printed C* = 0.5037, 0.6581, 0.7482, 0.3340 (ranks
    // 3, 2, 1, 4). Transcribed in scikit-criteria's tests (quatrope/scikit-criteria,
    // tests/agg/test_similarity.py, test_TOPSIS_tzeng2011multiple), checked there at 1e-4.
    const result = topsis(
      [
        [5, 8, 4],
        [7, 6, 8],
        [8, 8, 6],
        [7, 4, 6],
      ],
      [0.3, 0.4, 0.3],
      [true, true, true],
    );
    expect(fixed(result.closeness, 4)).toEqual(['0.5037', '0.6581', '0.7482', '0.3340']);
  });

  it('Roszkowska (2011), example 1, decision maker 1: separations and closeness, to 6 decimals', () => {
    // Roszkowska, E. (2011), "Multi-criteria decision making models by applying the TOPSIS
    // method to crisp and interval data", Multiple Criteria Decision Making (University of
    // Economics in Katowice) 6, 200–230: 5 alternatives, criterion C2 a cost, weights
    // 0.175 / 0.425 / 0.175 / 0.225. The figures are as transcribed (6 decimals) in the test
    // of gscoppino/topsis (test_topsis.py, "implemented to the specification of" that paper);
    // the paper's own table was not at hand to compare digit for digit.
    const result = topsis(
      [
        [7, 21, 4, 7],
        [7, 24, 6, 4],
        [14, 25, 3, 8],
        [14, 26, 9, 3],
        [21, 35, 4, 4],
      ],
      [0.175, 0.425, 0.175, 0.225],
      [true, false, true, true],
    );
    expect(fixed(result.dPlus, 6)).toEqual([
      '0.107805',
      '0.117942',
      '0.096981',
      '0.105379',
      '0.141766',
    ]);
    expect(fixed(result.dMinus, 6)).toEqual([
      '0.124281',
      '0.090785',
      '0.122181',
      '0.112779',
      '0.083486',
    ]);
    expect(fixed(result.closeness, 6)).toEqual([
      '0.535497',
      '0.434945',
      '0.557491',
      '0.516961',
      '0.370633',
    ]);
    // A cost criterion's ideal is its smallest weighted value.
    expect(result.ideal[1]).toBe(Math.min(...result.weighted.map((row) => row[1]!)));
  });

  it('gives 0.5 when nothing tells the alternatives apart (d⁺ = d⁻ = 0), and 1 / 0 at the poles', () => {
    expect(
      topsis(
        [
          [3, 3],
          [3, 3],
        ],
        [1, 1],
      ).closeness,
    ).toEqual([0.5, 0.5]);
    expect(topsis([[0], [0]], [1]).closeness).toEqual([0.5, 0.5]);
    expect(
      topsis(
        [
          [1, 2],
          [2, 4],
        ],
        [1, 1],
      ).closeness,
    ).toEqual([0, 1]);
  });

  it('keeps the closeness when every weight is scaled by the same factor (to rounding)', () => {
    const m = [
      [5, 8, 4],
      [7, 6, 8],
      [8, 8, 6],
      [7, 4, 6],
    ];
    const a = topsis(m, [0.3, 0.4, 0.3]).closeness;
    const b = topsis(m, [3, 4, 3]).closeness;
    b.forEach((c, i) => expect(c).toBeCloseTo(a[i]!, 14));
  });
});

describe('weighted product', () => {
  // resource 0.0625, performance 1, scale 0.25, the rest 0.5; weights 1 / 1 / 2, the rest 0:
  // 0.0625^0.25 · 1^0.25 · 0.25^0.5 = 0.5 · 1 · 0.5.
  const w = weights({ resource: 1, performance: 1, scale: 2 });

  it('multiplies f^w over the normalised weights in key order', () => {
    const ranked = rankAssessed([assessed('a', vector(0.0625, 1, 0.25, 0.5, 0.5, 0.5))], w, {
      ...SCORE_ONLY,
      method: 'weightedProduct',
    });
    expect(ranked[0]!.total).toBe(0.25);
    const ids = Object.keys(w);
    const figures: DimensionVector = vector(0.0625, 1, 0.25, 0.5, 0.5, 0.5);
    const columns = ids.map((id) => Float64Array.of(figures[id]!));
    expect(productAt(columns, 0, columnWeights(ids, w))).toBe(0.25);
  });

  it('is 0 when a weighted dimension is 0, and ignores a dimension of weight 0 even at 0', () => {
    const ranked = rankAssessed(
      [
        assessed('zero-weighted', vector(0.0625, 1, 0, 0.5, 0.5, 0.5)),
        assessed('zero-unweighted', vector(0.0625, 1, 0.25, 0, 0, 0)),
      ],
      w,
      { ...SCORE_ONLY, method: 'weightedProduct' },
    );
    expect(ranked.map((r) => [r.rank, r.stack.id, r.total])).toEqual([
      [1, 'zero-unweighted', 0.25],
      [2, 'zero-weighted', 0],
    ]);
  });

  it('ranks a balanced stack above a lopsided one the weighted sum ties with it', () => {
    const rows = [
      assessed('balanced', vector(0.5, 0.5, 0.5, 0.5, 0.5, 0.5)),
      assessed('lopsided', vector(0.9, 0.1, 0.5, 0.5, 0.5, 0.5)),
    ];
    const even = weights({}, 1);
    const sum = rankAssessed(rows, even, SCORE_ONLY);
    expect(sum.map((r) => r.rank)).toEqual([1, 1]);
    const product = rankAssessed(rows, even, { ...SCORE_ONLY, method: 'weightedProduct' });
    expect(product.map((r) => [r.rank, r.stack.id])).toEqual([
      [1, 'balanced'],
      [2, 'lopsided'],
    ]);
    // Six factors 0.5^(1/6): 0.5 up to rounding, the product exactly as the method multiplies.
    let expected = 1;
    for (let d = 0; d < 6; d++) expected *= Math.pow(0.5, 1 / 6);
    expect(product[0]!.total).toBe(expected);
    expect(expected).toBeCloseTo(0.5, 15);
  });
});

describe('TOPSIS over stacks', () => {
  const prepared = prepareCatalogue(seedCatalogue);
  const open = assessStacks(prepared, openRequirements);
  const dimensionIds = seedCatalogue.dimensions.map((d) => d.id);
  const compatible = open.filter((a) => a.stack.status !== 'invalid');

  it('scores a stack as the textbook run over the compatible stacks does, bit for bit', () => {
    const w = seedCatalogue.scenarios[0]!.weights;
    // Weights in catalogue order, so that both sum the distances in the same order.
    const ordered = Object.fromEntries(dimensionIds.map((d) => [d, w[d] ?? 0]));
    const normalised = normaliseWeights(ordered);
    // The textbook sums squares in row order; the app in stack-id order: give it that order.
    const byId = [...compatible].sort((a, b) => (a.stack.id < b.stack.id ? -1 : 1));
    const textbook = topsis(
      byId.map((a) => dimensionIds.map((d) => a.dimensions[d]!)),
      dimensionIds.map((d) => normalised[d]!),
    );
    const ranked = rankAssessed(open, ordered, {
      mode: 'scoreOnly',
      showInvalid: false,
      method: 'topsis',
    });
    const totals = new Map(ranked.map((r) => [r.stack.id, r.total]));
    expect(byId.map((a) => totals.get(a.stack.id))).toEqual(textbook.closeness);
  });

  it('takes its reference set from the compatible stacks only; invalid ones are scored against it', () => {
    const rows = [
      assessed('a', vector(1, 0, 0, 0, 0, 0)),
      assessed('b', vector(0, 1, 0, 0, 0, 0)),
      assessed('x', vector(2, 2, 0, 0, 0, 0), 'invalid'),
    ];
    const w = weights({ resource: 1, performance: 1 });
    const options: RankOptions = { mode: 'scoreOnly', showInvalid: true, method: 'topsis' };
    const ranked = rankAssessed(rows, w, options);
    // Norms 1 and 1, ideal (0.5, 0.5), anti-ideal (0, 0). a and b are each ideal on one
    // dimension and anti-ideal on the other: C = 0.5. x (invalid, so last) sits at v = (1, 1):
    // d⁺ = √0.5, d⁻ = √2, C = 2/3 — beyond the ideal, as the reference set does not hold it.
    expect(ranked.map((r) => [r.rank, r.stack.id, r.total])).toEqual([
      [1, 'a', 0.5],
      [1, 'b', 0.5],
      [3, 'x', Math.sqrt(2) / (Math.sqrt(0.5) + Math.sqrt(2))],
    ]);
    // The invalid stack does not move the basis: the others score as without it.
    expect(rankAssessed(rows.slice(0, 2), w, options).map((r) => r.total)).toEqual([0.5, 0.5]);
  });

  it('does not depend on the order of its input (squares are summed in id order)', () => {
    const w = seedCatalogue.scenarios[1]!.weights;
    const reversed = [...open].reverse();
    const options: RankOptions = { mode: 'fitFirst', showInvalid: true, method: 'topsis' };
    expect(rankAssessed(reversed, w, options)).toEqual(rankAssessed(open, w, options));
  });

  it('computes one basis per list: topsisBasis sums over the rows it is given', () => {
    const columns = [Float64Array.of(3, 4, 100)];
    const basis = topsisBasis(
      columns,
      (row) => [0, 1, 2].forEach(row),
      (i) => i < 2,
    );
    expect(basis).toEqual({
      norm: Float64Array.of(5),
      best: Float64Array.of(0.8),
      worst: Float64Array.of(0.6),
      count: 2,
    });
    const w = columnWeights(['only'], { only: 1 });
    const terms = { basis, ideal: Float64Array.of(0.8), antiIdeal: Float64Array.of(0.6) };
    // Row 2 (outside the reference set) at v = 20: d⁺ = 19.2, d⁻ = 19.4.
    const [plus, minus] = [20 - 0.8, 20 - 0.6];
    expect([0, 1, 2].map((i) => closenessAt(columns, i, w, terms))).toEqual([
      0,
      1,
      Math.sqrt(minus * minus) / (Math.sqrt(plus * plus) + Math.sqrt(minus * minus)),
    ]);
  });
});

describe('every method on the seed catalogue (fast-check)', () => {
  const prepared = prepareCatalogue(seedCatalogue);
  const edge = assessStacks(
    prepared,
    seedCatalogue.scenarios.find((s) => s.id === 'edge')!.requirements,
  );
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
    Object.fromEntries(Object.entries(w).map(([d, v]) => [d, v * k]));

  it('orders and numbers the same when every weight is scaled by the same positive factor', () => {
    fc.assert(
      fc.property(
        anyWeights,
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        fc.constantFrom<RankOptions['mode']>('fitFirst', 'scoreOnly'),
        fc.constantFrom(...METHODS),
        (w, k, mode, method) => {
          const options: RankOptions = { mode, showInvalid: false, method };
          const ranked = rankAssessed(edge, w, options);
          const scaled = rankAssessed(edge, scale(w, k), options);
          expect(scaled.map((r) => [r.rank, r.stack.id])).toEqual(
            ranked.map((r) => [r.rank, r.stack.id]),
          );
        },
      ),
      { numRuns: 90 },
    );
  });

  it('keeps every score in 0…1', () => {
    fc.assert(
      fc.property(anyWeights, fc.constantFrom(...METHODS), (w, method) => {
        const rows = rankAssessed(edge, w, { mode: 'scoreOnly', showInvalid: true, method });
        for (const r of rows) {
          expect(r.total).toBeGreaterThanOrEqual(0);
          expect(r.total).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 30 },
    );
  });
});
