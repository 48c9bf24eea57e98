import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { compileStacks, idAt, indexOfId } from '../scale/compile';
import { exactTotal, fullSums, weightPlan } from '../scale/score';
import { tiersFor, topK } from '../scale/select';
import { focusOf } from '../technology-scores';
import {
  catalogueOf,
  dimensionIds,
  focusArb,
  methodArb,
  optionsArb,
  requirementsArb,
  subCatalogueArb,
  weightsArb,
} from './analysis-fixtures';
import { sweepWeight } from './sweep';

const dimensionArb = fc.constantFrom(...dimensionIds);

describe('sweepWeight', () => {
  it('gives the ranking’s exact scores of the top k at every value, and crossings where two lines meet', () => {
    fc.assert(
      fc.property(
        subCatalogueArb,
        requirementsArb,
        focusArb,
        weightsArb,
        optionsArb,
        methodArb,
        dimensionArb,
        (sub, requirements, focus, weights, options, method, dimension) => {
          const compiled = compileStacks(catalogueOf(sub), requirements, focus);
          const tiers = tiersFor(compiled, { ...options, filter: [] });
          const sweep = sweepWeight(compiled, weights, tiers, method, dimension, { points: 21 });
          expect(sweep.values).toEqual(Array.from({ length: 21 }, (_, i) => (5 * i) / 20));
          const top = topK(
            compiled,
            fullSums(compiled, weightPlan(compiled, weights, method)),
            tiers,
            5,
          );
          expect(sweep.series.map((s) => s.id)).toEqual(top.map((r) => idAt(compiled, r.index)));
          const score = (id: string, x: number) =>
            exactTotal(
              compiled,
              weightPlan(compiled, { ...weights, [dimension]: x }, method),
              indexOfId(compiled, id),
            );
          for (const s of sweep.series)
            sweep.values.forEach((x, p) => expect(s.scores[p]).toBe(score(s.id, x)));
          for (const c of sweep.crossings) {
            expect(c.at).toBeGreaterThanOrEqual(0);
            expect(c.at).toBeLessThanOrEqual(5);
            expect(c.score).toBe(score(c.a, c.at));
            expect(Math.abs(score(c.b, c.at) - c.score)).toBeLessThan(1e-12);
          }
          // Where two lines swap order between samples (clear of rounding), a crossing is listed;
          // not across a jump at 0 (R = 0, a product's factor 0, TOPSIS's 0/0).
          const clear = 1e-12;
          const jumps = (id: string) => Math.abs(score(id, 1e-12) - score(id, 0)) > 1e-9;
          for (let a = 0; a < sweep.series.length; a++)
            for (let b = a + 1; b < sweep.series.length; b++) {
              const sa = sweep.series[a]!;
              const sb = sweep.series[b]!;
              for (let p = 0; p + 1 < sweep.values.length; p++) {
                const d0 = sa.scores[p]! - sb.scores[p]!;
                const d1 = sa.scores[p + 1]! - sb.scores[p + 1]!;
                if (Math.abs(d0) < clear || Math.abs(d1) < clear || d0 > 0 === d1 > 0) continue;
                if (p === 0 && (jumps(sa.id) || jumps(sb.id))) continue;
                const found = sweep.crossings.some(
                  (c) =>
                    ((c.a === sa.id && c.b === sb.id) || (c.a === sb.id && c.b === sa.id)) &&
                    c.at >= sweep.values[p]! &&
                    c.at <= sweep.values[p + 1]!,
                );
                expect(
                  found,
                  `${sa.id} × ${sb.id} in ${sweep.values[p]}…${sweep.values[p + 1]}`,
                ).toBe(true);
              }
            }
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);

  it('sweeps the seed’s default scenario: five lines, 101 values, crossings inside 0 … 5', () => {
    const scenario = seedCatalogue.scenarios[0]!;
    const compiled = compileStacks(seedCatalogue, scenario.requirements, focusOf(scenario));
    const tiers = tiersFor(compiled, { mode: 'fitFirst', showInvalid: false, filter: [] });
    const sweep = sweepWeight(compiled, scenario.weights, tiers, 'weightedSum', 'performance');
    expect(sweep.values).toHaveLength(101);
    expect(sweep.values[100]).toBe(5);
    expect(sweep.series).toHaveLength(5);
    expect(sweep.exact).toBe(true);
    const others = Object.entries(scenario.weights)
      .filter(([d]) => d !== 'performance')
      .reduce((sum, [, w]) => sum + w, 0);
    expect(sweep.crossings.length).toBeGreaterThan(0);
    for (const c of sweep.crossings) expect(c.share).toBeCloseTo(c.at / (c.at + others), 12);
  });

  it('has no series for a dimension the catalogue lacks', () => {
    const scenario = seedCatalogue.scenarios[0]!;
    const compiled = compileStacks(seedCatalogue, scenario.requirements);
    const tiers = tiersFor(compiled, { mode: 'scoreOnly', showInvalid: false, filter: [] });
    const sweep = sweepWeight(compiled, scenario.weights, tiers, 'weightedSum', 'nope', {
      points: 3,
    });
    expect(sweep).toEqual({
      dimension: 'nope',
      values: [0, 2.5, 5],
      series: [],
      crossings: [],
      exact: true,
    });
  });
});
