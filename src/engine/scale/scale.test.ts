import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { seedCatalogue } from '../../catalogue/seed-catalogue';
import type { Catalogue, Requirements, Technology, Weights } from '../../catalogue/types';
import {
  assessStacks,
  prepareCatalogue,
  rankAssessed,
  renumber,
  type AssessedStack,
  type RankOptions,
} from '../evaluate';
import { METHODS, type Method } from '../methods';
import { focusOf, type Focus } from '../technology-scores';
import { compileStacks, COMPAT, FIT, idAt, indexOfId, partsAt, stackSpace } from './compile';
import { exactTotal, fullSums, MAX_DELTAS, samePlan, updateSums, weightPlan } from './score';
import { fullOrder, ranksOf, tiersFor, topK, windowOf, type SelectOptions } from './select';
import { dimensionIds, requirementsArb, subCatalogue } from '../analysis/analysis-fixtures';

// The scale kernel must give what the reference path gives (assessStacks + rankAssessed, the
// functions the small-catalogue path and every export run), on the seed catalogue and on
// random sub-catalogues with twins (identical facts, so exact ties are common).

/** Slider-like weights (0 … 5 in halves), so ties and zero weights happen. */
const weightsArb: fc.Arbitrary<Weights> = fc
  .array(fc.integer({ min: 0, max: 10 }), {
    minLength: dimensionIds.length,
    maxLength: dimensionIds.length,
  })
  .map((ws) => Object.fromEntries(dimensionIds.map((d, i) => [d, ws[i]! / 2])));

const methodArb: fc.Arbitrary<Method> = fc.constantFrom(...METHODS);

const optionsArb: fc.Arbitrary<RankOptions> = fc.record({
  mode: fc.constantFrom('fitFirst' as const, 'scoreOnly' as const),
  showInvalid: fc.boolean(),
  method: methodArb,
});

const catalogueArb = fc
  .record({
    keep: fc.array(fc.boolean(), { minLength: 5, maxLength: 9 }),
    twins: fc.array(fc.boolean(), { minLength: 3, maxLength: 7 }),
    invalidRules: fc.boolean(),
  })
  .map(({ keep, twins, invalidRules }) => subCatalogue(keep, twins, invalidRules));

const focusArb: fc.Arbitrary<Focus> = fc
  .constantFrom(...seedCatalogue.scenarios)
  .map((s) => focusOf(s));

const reference = (catalogue: Catalogue, requirements: Requirements, focus: Focus) =>
  assessStacks(prepareCatalogue(catalogue), requirements, focus);

/** A ranking as comparable triples. */
const triples = (rows: { rank: number; total: number; id: string }[]) =>
  rows.map((r) => [r.rank, r.id, r.total]);

function kernelRanking(
  catalogue: Catalogue,
  requirements: Requirements,
  focus: Focus,
  weights: Weights,
  options: RankOptions,
  k: number,
) {
  const compiled = compileStacks(catalogue, requirements, focus);
  const plan = weightPlan(compiled, weights, options.method);
  const tiers = tiersFor(compiled, { ...options, filter: [] });
  const top = topK(compiled, fullSums(compiled, plan), tiers, k);
  return top.map((r) => ({ rank: r.rank, total: r.total, id: idAt(compiled, r.index) }));
}

const refTriples = (assessed: AssessedStack[], weights: Weights, options: RankOptions) =>
  rankAssessed(assessed, weights, options).map((r) => ({
    rank: r.rank,
    total: r.total,
    id: r.stack.id,
  }));

describe('compileStacks', () => {
  it('lists the stacks in buildStacks order, with the same ids and parts', () => {
    const compiled = compileStacks(seedCatalogue, seedCatalogue.scenarios[0]!.requirements);
    const { stacks } = prepareCatalogue(seedCatalogue);
    expect(compiled.size).toBe(stacks.length);
    stacks.forEach((s, i) => {
      expect(idAt(compiled, i)).toBe(s.id);
      expect(partsAt(compiled, i)).toEqual(s.parts);
      expect(indexOfId(compiled, s.id)).toBe(i);
    });
    expect(indexOfId(compiled, 'k8s+nope')).toBe(-1);
  });

  it('gives every seed scenario the reference vectors, verdicts and fit, bit for bit', () => {
    for (const scenario of seedCatalogue.scenarios) {
      const focus = focusOf(scenario);
      const ref = reference(seedCatalogue, scenario.requirements, focus);
      const compiled = compileStacks(seedCatalogue, scenario.requirements, focus);
      compiled.dimensionIds.forEach((d, k) =>
        expect(Array.from(compiled.dims[k]!)).toEqual(ref.map((a) => a.dimensions[d])),
      );
      expect(Array.from(compiled.compat)).toEqual(ref.map((a) => COMPAT[a.stack.status]));
      expect(Array.from(compiled.fit)).toEqual(ref.map((a) => FIT[a.match.status]));
    }
  });

  it('agrees with the reference on random sub-catalogues and requirements', () => {
    fc.assert(
      fc.property(catalogueArb, requirementsArb, focusArb, (catalogue, requirements, focus) => {
        const ref = reference(catalogue, requirements, focus);
        const compiled = compileStacks(catalogue, requirements, focus);
        expect(compiled.size).toBe(ref.length);
        // One comparison per array (toEqual compares numbers with Object.is).
        expect(ref.map((_, i) => idAt(compiled, i))).toEqual(ref.map((a) => a.stack.id));
        compiled.dimensionIds.forEach((d, k) =>
          expect(Array.from(compiled.dims[k]!)).toEqual(ref.map((a) => a.dimensions[d])),
        );
        expect(Array.from(compiled.compat)).toEqual(ref.map((a) => COMPAT[a.stack.status]));
        expect(Array.from(compiled.fit)).toEqual(ref.map((a) => FIT[a.match.status]));
      }),
      { numRuns: 30 },
    );
  });

  it('orders ids as strings sort, even when one id is the start of another', () => {
    const twin: Technology = { ...seedCatalogue.technologies[0]!, id: 'k3' };
    const space = stackSpace({
      layers: seedCatalogue.layers,
      technologies: [twin, ...seedCatalogue.technologies],
    });
    const ids = Array.from({ length: space.size }, (_, i) => idAt(space, i));
    const sorted = [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const byPlace = [...ids].sort(
      (a, b) => placeOf(space, indexOfId(space, a)) - placeOf(space, indexOfId(space, b)),
    );
    expect(byPlace).toEqual(sorted);
  });
});

function placeOf(space: ReturnType<typeof stackSpace>, index: number): number {
  return space.strides.reduce(
    (s, stride, l) =>
      s + space.idPlace[l]![Math.floor(index / stride) % space.options[l]!.length]! * stride,
    0,
  );
}

describe('topK', () => {
  it('equals the reference ranking’s first k rows, ties and rank numbers included', () => {
    fc.assert(
      fc.property(
        catalogueArb,
        requirementsArb,
        focusArb,
        weightsArb,
        optionsArb,
        fc.integer({ min: 1, max: 60 }),
        (catalogue, requirements, focus, weights, options, k) => {
          const ref = refTriples(reference(catalogue, requirements, focus), weights, options);
          const top = kernelRanking(catalogue, requirements, focus, weights, options, k);
          expect(triples(top)).toEqual(triples(ref.slice(0, k)));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('puts every stack in when k is larger than the ranking (the seed, edge requirements)', () => {
    const edge = seedCatalogue.scenarios.find((s) => s.id === 'edge')!;
    const focus = focusOf(edge);
    const assessed = reference(seedCatalogue, edge.requirements, focus);
    for (const method of METHODS) {
      const options: RankOptions = { mode: 'fitFirst', showInvalid: true, method };
      const ref = refTriples(assessed, edge.weights, options);
      const top = kernelRanking(
        seedCatalogue,
        edge.requirements,
        focus,
        edge.weights,
        options,
        10_000,
      );
      expect(top).toHaveLength(ref.length);
      expect(triples(top)).toEqual(triples(ref));
    }
  });

  it('ranks the seed under each method as rankAssessed does, for every scenario', () => {
    for (const scenario of seedCatalogue.scenarios) {
      const focus = focusOf(scenario);
      const assessed = reference(seedCatalogue, scenario.requirements, focus);
      const compiled = compileStacks(seedCatalogue, scenario.requirements, focus);
      for (const method of METHODS)
        for (const mode of ['fitFirst', 'scoreOnly'] as const) {
          const options: RankOptions = { mode, showInvalid: false, method };
          const ref = refTriples(assessed, scenario.weights, options);
          const plan = weightPlan(compiled, scenario.weights, method);
          const tiers = tiersFor(compiled, { ...options, filter: [] });
          const order = fullOrder(compiled, plan, tiers);
          const rows = windowOf(compiled, plan, order, 0, ref.length).map((r) => ({
            ...r,
            id: idAt(compiled, r.index),
          }));
          expect(triples(rows)).toEqual(triples(ref));
          const top = topK(compiled, fullSums(compiled, plan), tiers, 25).map((r) => ({
            ...r,
            id: idAt(compiled, r.index),
          }));
          expect(triples(top)).toEqual(triples(ref.slice(0, 25)));
        }
    }
  });

  it('keeps the order when every weight is scaled by the same factor', () => {
    fc.assert(
      fc.property(
        catalogueArb,
        requirementsArb,
        weightsArb,
        fc.constantFrom(0.1, 0.3, 2, 7),
        methodArb,
        (catalogue, requirements, weights, factor, method) => {
          const scaled = Object.fromEntries(
            Object.entries(weights).map(([d, w]) => [d, w * factor]),
          );
          const options: RankOptions = { mode: 'fitFirst', showInvalid: false, method };
          const a = kernelRanking(catalogue, requirements, {}, weights, options, 40);
          const b = kernelRanking(catalogue, requirements, {}, scaled, options, 40);
          expect(b.map((r) => [r.rank, r.id])).toEqual(a.map((r) => [r.rank, r.id]));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('applies the technology filter as filterRows does (every chosen technology in the stack)', () => {
    const requirements = seedCatalogue.scenarios[0]!.requirements;
    const assessed = reference(seedCatalogue, requirements, {});
    const compiled = compileStacks(seedCatalogue, requirements);
    const weights = seedCatalogue.scenarios[0]!.weights;
    const plan = weightPlan(compiled, weights);
    for (const filter of [['k3s'], ['k3s', 'cilium'], ['k3s', 'kubernetes'], ['nope']]) {
      const options: SelectOptions = { mode: 'fitFirst', showInvalid: false, filter };
      const ref = refTriples(
        assessed.filter((a) => filter.every((id) => Object.values(a.stack.parts).includes(id))),
        weights,
        options,
      );
      const tiers = tiersFor(compiled, options);
      expect(tiers.size).toBe(ref.length);
      const top = topK(compiled, fullSums(compiled, plan), tiers, 1000).map((r) => ({
        ...r,
        id: idAt(compiled, r.index),
      }));
      expect(triples(top)).toEqual(triples(ref));
    }
  });

  it('filters every method’s ranking as filterRows does: rank all, keep the chosen, renumber', () => {
    // TOPSIS's reference set is every compatible stack, filtered out of the table or not.
    const requirements = seedCatalogue.scenarios[0]!.requirements;
    const assessed = reference(seedCatalogue, requirements, {});
    const compiled = compileStacks(seedCatalogue, requirements);
    const weights = seedCatalogue.scenarios[0]!.weights;
    for (const method of METHODS) {
      const plan = weightPlan(compiled, weights, method);
      for (const filter of [['k3s'], ['k3s', 'cilium'], ['nope']]) {
        const options: SelectOptions = { mode: 'fitFirst', showInvalid: false, filter };
        const all = rankAssessed(assessed, weights, { ...options, method });
        const kept = all.filter((r) =>
          filter.every((id) => Object.values(r.stack.parts).includes(id)),
        );
        const ref = renumber(kept, options.mode).map((r) => ({ ...r, id: r.stack.id }));
        const top = topK(compiled, fullSums(compiled, plan), tiersFor(compiled, options), 1000);
        expect(triples(top.map((r) => ({ ...r, id: idAt(compiled, r.index) })))).toEqual(
          triples(ref),
        );
      }
    }
  });
});

describe('delta update', () => {
  it('equals a full rescore after any sequence of one-weight changes', () => {
    fc.assert(
      fc.property(
        catalogueArb,
        requirementsArb,
        weightsArb,
        fc.array(
          fc.record({
            dim: fc.constantFrom(...dimensionIds),
            value: fc.integer({ min: 0, max: 10 }),
          }),
          { minLength: 1, maxLength: 30 },
        ),
        (catalogue, requirements, start, steps) => {
          const compiled = compileStacks(catalogue, requirements);
          const tiers = tiersFor(compiled, { mode: 'fitFirst', showInvalid: false, filter: [] });
          let weights = start;
          let running = fullSums(compiled, weightPlan(compiled, weights));
          for (const step of steps) {
            weights = { ...weights, [step.dim]: step.value / 2 };
            running = updateSums(compiled, running, weightPlan(compiled, weights));
          }
          const full = fullSums(compiled, weightPlan(compiled, weights));
          let drift = 0;
          for (let i = 0; i < compiled.size; i++)
            drift = Math.max(drift, Math.abs(running.sums[i]! - full.sums[i]!));
          expect(drift).toBeLessThan(1e-12);
          const viaDelta = topK(compiled, running, tiers, 25);
          expect(viaDelta).toEqual(topK(compiled, full, tiers, 25));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('updates in place for one changed weight and rescores in full past MAX_DELTAS', () => {
    const requirements = seedCatalogue.scenarios[0]!.requirements;
    const compiled = compileStacks(seedCatalogue, requirements);
    const base = seedCatalogue.scenarios[0]!.weights;
    const first = fullSums(compiled, weightPlan(compiled, base));
    const one = updateSums(compiled, first, weightPlan(compiled, { ...base, resource: 0 }));
    expect(one.deltas).toBe(1);
    expect(one.sums).toBe(first.sums);
    const many = updateSums(
      compiled,
      one,
      weightPlan(compiled, Object.fromEntries(dimensionIds.map((d) => [d, 1]))),
    );
    expect(many.deltas).toBe(0);
    const worn = updateSums(
      compiled,
      { ...one, deltas: MAX_DELTAS },
      weightPlan(compiled, { ...base, resource: 4 }),
    );
    expect(worn.deltas).toBe(0);
  });
});

describe('methods in the running sums', () => {
  const requirements = seedCatalogue.scenarios[0]!.requirements;
  const compiled = compileStacks(seedCatalogue, requirements);
  const base = seedCatalogue.scenarios[0]!.weights;

  it('keeps S/W the exact total to rounding for the other methods (TOPSIS: S = total × W)', () => {
    const topsisPlan = weightPlan(compiled, base, 'topsis');
    const { sums } = fullSums(compiled, topsisPlan);
    for (let i = 0; i < compiled.size; i++)
      expect(sums[i]).toBe(exactTotal(compiled, topsisPlan, i) * topsisPlan.sum);
    // The product's sums come from exp(Σ w·ln f): a few ulps from Π f^w, zeros exact.
    const withZero = { ...base, resource: 3, cost: 0 };
    for (const weights of [base, withZero, Object.fromEntries(dimensionIds.map((d) => [d, 0]))]) {
      const plan = weightPlan(compiled, weights, 'weightedProduct');
      const product = fullSums(compiled, plan).sums;
      let drift = 0;
      for (let i = 0; i < compiled.size; i++) {
        const exact = exactTotal(compiled, plan, i);
        if (exact === 0) expect(product[i]).toBe(0);
        drift = Math.max(drift, Math.abs(product[i]! / plan.sum - exact));
      }
      expect(drift).toBeLessThan(1e-14);
    }
  });

  it('rescores in full on a change of method or of weights, and keeps the sums otherwise', () => {
    const sum = fullSums(compiled, weightPlan(compiled, base));
    const product = updateSums(compiled, sum, weightPlan(compiled, base, 'weightedProduct'));
    expect(product.plan.method).toBe('weightedProduct');
    expect(product.deltas).toBe(0);
    const fresh = fullSums(compiled, weightPlan(compiled, base, 'weightedProduct'));
    expect(Array.from(product.sums)).toEqual(Array.from(fresh.sums));
    // Same method and weights: the same sums, not recomputed.
    const again = updateSums(compiled, product, weightPlan(compiled, base, 'weightedProduct'));
    expect(again.sums).toBe(product.sums);
    // One weight moves: a full rescore (no delta update for a product).
    const moved = { ...base, resource: 0 };
    const next = updateSums(compiled, again, weightPlan(compiled, moved, 'weightedProduct'));
    expect(next.deltas).toBe(0);
    expect(Array.from(next.sums)).toEqual(
      Array.from(fullSums(compiled, weightPlan(compiled, moved, 'weightedProduct')).sums),
    );
    // Back to the weighted sum with the same raw weights: rescored, not the product's sums.
    const back = updateSums(compiled, next, weightPlan(compiled, moved));
    expect(Array.from(back.sums)).toEqual(
      Array.from(fullSums(compiled, weightPlan(compiled, moved)).sums),
    );
    // All weights doubled: same normalised weights, but W doubles, so S is recomputed.
    const doubled = Object.fromEntries(Object.entries(moved).map(([d, w]) => [d, w * 2]));
    const topsisPlan = weightPlan(compiled, moved, 'topsis');
    const t = updateSums(compiled, back, topsisPlan);
    const t2 = updateSums(compiled, t, weightPlan(compiled, doubled, 'topsis'));
    for (let i = 0; i < compiled.size; i++)
      expect(t2.sums[i]! / t2.plan.sum).toBeCloseTo(exactTotal(compiled, t2.plan, i), 14);
  });

  it('tells plans apart by method, weights and TOPSIS basis', () => {
    const a = weightPlan(compiled, base, 'topsis');
    expect(samePlan(a, weightPlan(compiled, base, 'topsis'))).toBe(true);
    expect(a.topsis!.basis).toBe(weightPlan(compiled, base, 'topsis').topsis!.basis);
    expect(samePlan(a, weightPlan(compiled, base, 'weightedProduct'))).toBe(false);
    expect(samePlan(weightPlan(compiled, base), weightPlan(compiled, base))).toBe(true);
    expect(samePlan(weightPlan(compiled, base), weightPlan(compiled, { ...base, cost: 9 }))).toBe(
      false,
    );
    const other = compileStacks(seedCatalogue, seedCatalogue.scenarios[1]!.requirements);
    expect(samePlan(a, weightPlan(other, base, 'topsis'))).toBe(false);
  });
});

describe('full order, windows and ranks of given stacks', () => {
  it('pages through the whole reference ranking and ranks any stack as it does', () => {
    fc.assert(
      fc.property(
        catalogueArb,
        requirementsArb,
        weightsArb,
        optionsArb,
        (catalogue, requirements, weights, options) => {
          const ref = refTriples(reference(catalogue, requirements, {}), weights, options);
          const compiled = compileStacks(catalogue, requirements);
          const plan = weightPlan(compiled, weights, options.method);
          const tiers = tiersFor(compiled, { ...options, filter: [] });
          const order = fullOrder(compiled, plan, tiers);
          const paged = [0, 7, 19, 40].flatMap((start, i, starts) =>
            windowOf(compiled, plan, order, start, (starts[i + 1] ?? ref.length) - start),
          );
          const ids = paged.map((r) => ({ ...r, id: idAt(compiled, r.index) }));
          expect(triples(ids)).toEqual(triples(ref.slice(0, ids.length)));
          expect(ids.length).toBe(Math.max(ref.length, 0));
          const some = [0, Math.floor(ref.length / 2), ref.length - 1].flatMap((p) =>
            ref[p] ? [ref[p]] : [],
          );
          const indices = some.map((r) => indexOfId(compiled, r.id));
          const expected = some.map((r) => ({
            index: indexOfId(compiled, r.id),
            total: r.total,
            rank: r.rank,
          }));
          const running = fullSums(compiled, plan);
          expect(ranksOf(compiled, running, tiers, indices)).toEqual(expected);
          expect(ranksOf(compiled, running, tiers, indices, order)).toEqual(expected);
          // Every stack at once (the targets sorted, one pass): the reference's rank numbers.
          const all = ranksOf(
            compiled,
            running,
            tiers,
            ref.map((r) => indexOfId(compiled, r.id)),
          );
          expect(all.map((r) => r?.rank)).toEqual(ref.map((r) => r.rank));
        },
      ),
      { numRuns: 30 },
    );
  });

  it('gives no rank to a stack the ranking leaves out', () => {
    const requirements = seedCatalogue.scenarios[0]!.requirements;
    const compiled = compileStacks(seedCatalogue, requirements);
    const invalid = Array.from(compiled.compat).indexOf(COMPAT.invalid);
    expect(invalid).toBeGreaterThanOrEqual(0);
    const plan = weightPlan(compiled, seedCatalogue.scenarios[0]!.weights);
    const tiers = tiersFor(compiled, { mode: 'fitFirst', showInvalid: false, filter: [] });
    expect(ranksOf(compiled, fullSums(compiled, plan), tiers, [invalid])).toEqual([null]);
  });
});
