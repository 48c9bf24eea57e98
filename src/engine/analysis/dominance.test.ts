import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { assessStacks, prepareCatalogue, rankAssessed } from '../evaluate';
import { compileStacks, idAt, type CompiledStacks } from '../scale/compile';
import { tiersFor } from '../scale/select';
import {
  catalogueOf,
  focusArb,
  requirementsArb,
  subCatalogueArb,
  weightsArb,
} from './analysis-fixtures';
import { dominanceOf, NOT_COMPARED } from './dominance';

/** Compiled stacks from hand-written vectors (one dimension per row), all valid, all matching. */
function vectors(rows: number[][]): CompiledStacks {
  const n = rows[0]!.length;
  return {
    layerIds: ['x'],
    options: [rows[0]!.map((_, i) => `s${i}`)],
    strides: [1],
    size: n,
    placeOf: [Int32Array.from(rows[0]!, (_, i) => i)],
    optionAtPlace: [Int32Array.from(rows[0]!, (_, i) => i)],
    dimensionIds: rows.map((_, d) => `d${d}`),
    dims: rows.map((r) => Float64Array.from(r)),
    compat: new Uint8Array(n),
    fit: new Uint8Array(n),
  } as unknown as CompiledStacks;
}

/** Brute force: does a dominate b (same rules as dominanceOf)? */
function dominates(c: CompiledStacks, tier: Uint8Array, a: number, b: number): boolean {
  if (tier[a]! > tier[b]!) return false;
  let better = false;
  for (const f of c.dims) {
    if (f[a]! < f[b]!) return false;
    if (f[a]! > f[b]!) better = true;
  }
  return better;
}

describe('dominanceOf', () => {
  it('finds the efficient set of a hand-made example', () => {
    // s0 (3,3) dominates s2 (2,3) and s3 (1,1); s1 (1,4) is on the front; s4 equals s0.
    const c = vectors([
      [3, 1, 2, 1, 3],
      [3, 4, 3, 1, 3],
    ]);
    const d = dominanceOf(c, tiersFor(c, { mode: 'fitFirst', showInvalid: false, filter: [] }));
    expect([...d.dominator]).toEqual([-1, -1, 0, 0, -1]);
    expect([d.considered, d.efficient, d.exact]).toEqual([5, 3, true]);
  });

  it('equals brute force on sub-catalogues of the seed, never compares invalid stacks', () => {
    fc.assert(
      fc.property(
        subCatalogueArb,
        requirementsArb,
        focusArb,
        fc.constantFrom('fitFirst' as const, 'scoreOnly' as const),
        (sub, requirements, focus, mode) => {
          const c = compileStacks(catalogueOf(sub), requirements, focus);
          const tiers = tiersFor(c, { mode, showInvalid: false, filter: [] });
          const d = dominanceOf(c, tiers);
          let considered = 0;
          let efficient = 0;
          for (let b = 0; b < c.size; b++) {
            const compared = c.compat[b] !== 2;
            if (!compared) {
              expect(d.dominator[b]).toBe(NOT_COMPARED);
              continue;
            }
            considered++;
            let any = false;
            for (let a = 0; a < c.size && !any; a++)
              if (c.compat[a] !== 2 && dominates(c, tiers.tier, a, b)) any = true;
            if (!any) efficient++;
            expect(d.dominator[b]! >= 0, idAt(c, b)).toBe(any);
            if (any) expect(dominates(c, tiers.tier, d.dominator[b]!, b)).toBe(true);
          }
          expect([d.considered, d.efficient]).toEqual([considered, efficient]);
        },
      ),
      { numRuns: 40 },
    );
    // O(n²) brute force over up to ~900 stacks a run: seconds on a loaded machine.
  }, 30_000);

  it('a dominated stack never ranks above its dominator under any weighted-sum weights', () => {
    fc.assert(
      fc.property(
        subCatalogueArb,
        requirementsArb,
        weightsArb,
        fc.constantFrom('fitFirst' as const, 'scoreOnly' as const),
        (sub, requirements, weights, mode) => {
          const catalogue = catalogueOf(sub);
          const c = compileStacks(catalogue, requirements);
          const d = dominanceOf(c, tiersFor(c, { mode, showInvalid: false, filter: [] }));
          const rows = rankAssessed(
            assessStacks(prepareCatalogue(catalogue), requirements),
            weights,
            { mode, showInvalid: false },
          );
          const rank = new Map(rows.map((r) => [r.stack.id, r.rank]));
          for (let b = 0; b < c.size; b++) {
            const a = d.dominator[b]!;
            if (a < 0) continue;
            expect(rank.get(idAt(c, a))!).toBeLessThanOrEqual(rank.get(idAt(c, b))!);
          }
        },
      ),
      { numRuns: 60 },
    );
  }, 30_000);

  it('on the seed: the #1 of every scenario is efficient', () => {
    for (const scenario of seedCatalogue.scenarios) {
      const c = compileStacks(seedCatalogue, scenario.requirements);
      const d = dominanceOf(c, tiersFor(c, { mode: 'fitFirst', showInvalid: false, filter: [] }));
      const [first] = rankAssessed(
        assessStacks(prepareCatalogue(seedCatalogue), scenario.requirements),
        scenario.weights,
        { mode: 'fitFirst', showInvalid: false },
      );
      const index = [...Array(c.size).keys()].find((i) => idAt(c, i) === first!.stack.id)!;
      expect(d.dominator[index], scenario.id).toBe(-1);
    }
  });
});
