import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { compileStacks, idAt, indexOfId, type CompiledStacks } from '../scale/compile';
import { exactTotal, weightPlan } from '../scale/score';
import { tiersFor, type Tiers } from '../scale/select';
import {
  catalogueOf,
  focusArb,
  methodArb,
  optionsArb,
  requirementsArb,
  subCatalogueArb,
  topId,
  weightsArb,
} from './analysis-fixtures';
import { stabilityOf } from './stability';

const MAX = 5;
/** The step past and inside an endpoint. */
const STEP = 1e-6;
/** Scores closer than this may rank either way: the ranking compares them at 1e-9. */
const TIE = 1.00001e-9;
/** Just past an end (relative): where the taker is read. */
const NEXT = 1e-7;

describe('stabilityOf', () => {
  it('the #1 holds everywhere in each interval and changes just past its ends (all methods)', () => {
    fc.assert(
      fc.property(
        subCatalogueArb,
        requirementsArb,
        focusArb,
        weightsArb,
        optionsArb,
        methodArb,
        (sub, requirements, focus, weights, options, method) => {
          const compiled = compileStacks(catalogueOf(sub), requirements, focus);
          const tiers = tiersFor(compiled, { ...options, filter: [] });
          const s = stabilityOf(compiled, weights, tiers, method, MAX);
          const top = topId(compiled, weights, tiers, method);
          expect(s.top).toBe(top);
          if (top === null) return;
          // The stacks that can be #1: those in the #1's tier.
          const tier = tiers.tier[indexOfId(compiled, top)];
          const same = Array.from({ length: compiled.size }, (_, i) => i)
            .filter((i) => tiers.tier[i] === tier)
            .map((i) => idAt(compiled, i));
          for (const iv of s.intervals) {
            const moved = (x: number) => ({ ...weights, [iv.dimension]: x });
            const score = (x: number, id: string) =>
              exactTotal(compiled, weightPlan(compiled, moved(x), method), indexOfId(compiled, id));
            /** The #1 at x is `id`, or scores within the 1e-9 the ranking compares at of it. */
            const first = (x: number, id: string) => {
              const now = topId(compiled, moved(x), tiers, method)!;
              const why = `${iv.dimension} ${JSON.stringify(iv)} at ${x}: ${now}, not ${id}`;
              if (now !== id) expect(Math.abs(score(x, now) - score(x, id)), why).toBeLessThan(TIE);
            };
            /** 1e-6 past an end the #1 is another stack (or the taker is within 1e-9 of it). */
            const changes = (x: number, taker: string) => {
              const now = topId(compiled, moved(x), tiers, method)!;
              const why = `${iv.dimension} ${JSON.stringify(iv)} at ${x}: still ${top}`;
              if (now === top)
                expect(Math.abs(score(x, taker) - score(x, top)), why).toBeLessThan(TIE);
            };
            /**
             * Just past an end, the taker leads the stacks that were within 1e-9 of the #1 at
             * the end (stacks tied there part as the weight moves: the steepest leads).
             */
            const leads = (end: number, direction: 1 | -1, taker: string) => {
              const x = end + direction * NEXT * Math.max(1, end);
              const group = same.filter((id) => Math.abs(score(end, id) - score(end, top)) < TIE);
              const best = Math.max(...group.map((id) => score(x, id)));
              expect(best - score(x, taker), `${iv.dimension} ${JSON.stringify(iv)}`).toBeLessThan(
                TIE,
              );
            };
            expect(iv.low).toBeLessThanOrEqual(iv.value);
            expect(iv.high).toBeGreaterThanOrEqual(iv.value);
            // low = 0 with a stack below: a tie at 0 or scores that jump there (R = 0, a
            // product's factor 0, TOPSIS's 0/0): the #1 holds on (0, high], `below` is #1 at 0.
            const open = iv.low === 0 && iv.below !== null;
            const inside = [iv.low, iv.high, iv.low + STEP, iv.high - STEP, iv.value];
            for (const f of [0.25, 0.5, 0.75]) inside.push(iv.low + f * (iv.high - iv.low));
            for (const x of inside)
              if (x >= iv.low && x <= iv.high && !(open && x === 0)) first(x, top);
            if (iv.below !== null) {
              if (open) first(0, iv.below);
              else {
                changes(Math.max(0, iv.low - STEP), iv.below);
                leads(iv.low, -1, iv.below);
              }
            } else {
              expect(iv.low).toBe(0);
              first(0, top);
            }
            if (iv.above !== null) {
              changes(Math.min(MAX, iv.high + STEP), iv.above);
              leads(iv.high, 1, iv.above);
            } else {
              expect(iv.high).toBe(MAX);
              first(MAX, top);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);

  it('gives the closed-form intervals of a hand-made weighted sum', () => {
    // s0 = (1, 0), s1 = (0, 1), s2 = (0.4, 0.4); weights d0 = 2, d1 = 1: s0 leads with 2/3.
    // Along d0 (R = 1): s0 = x/(x+1) beats s1 for x > 1 and s2 for x > 2/3.
    // Along d1 (R = 2): s0 = 2/(2+y) beats s1 for y < 2 and s2 for y < 3.
    const compiled = vectors([
      [1, 0, 0.4],
      [0, 1, 0.4],
    ]);
    const s = stabilityOf(compiled, { d0: 2, d1: 1 }, allListed(3), 'weightedSum');
    expect(s.top).toBe('s0');
    expect(s.exact).toBe(true);
    const [d0, d1] = s.intervals;
    expect(d0).toMatchObject({ dimension: 'd0', value: 2, high: 5, below: 's1', above: null });
    expect(d0!.low).toBeCloseTo(1, 12);
    expect(d0!.valueShare).toBeCloseTo(2 / 3, 12);
    expect(d0!.lowShare).toBeCloseTo(1 / 2, 12);
    expect(d0!.highShare).toBeCloseTo(5 / 6, 12);
    expect(d1).toMatchObject({ dimension: 'd1', value: 1, low: 0, below: null, above: 's1' });
    expect(d1!.high).toBeCloseTo(2, 12);
    expect(d1!.highShare).toBeCloseTo(1 / 2, 12);
    // Both 1 away; the first dimension's comes first.
    expect(s.nearest).toMatchObject({
      dimension: 'd0',
      direction: 'down',
      top: 's0',
      replacement: 's1',
    });
    expect(s.nearest!.distance).toBeCloseTo(1, 12);
  });

  it('solves the weighted product in log space', () => {
    // s0 = (0.9, 0.2), s1 = (0.2, 0.9), s2 = (0.5, 0.5); along d0 (R = 1) s0 beats s1 for x > 1
    // and s2 for x > ln 2.5 / ln 1.8.
    const compiled = vectors([
      [0.9, 0.2, 0.5],
      [0.2, 0.9, 0.5],
    ]);
    const s = stabilityOf(compiled, { d0: 2, d1: 1 }, allListed(3), 'weightedProduct');
    expect(s.top).toBe('s0');
    expect(s.intervals[0]!.below).toBe('s2');
    expect(s.intervals[0]!.low).toBeCloseTo(Math.log(2.5) / Math.log(1.8), 12);
  });

  it('lists nothing when the ranking lists nothing', () => {
    const compiled = vectors([[0.5, 0.6]]);
    const none = { ...allListed(2), tier: Uint8Array.from([255, 255]), size: 0 };
    expect(stabilityOf(compiled, { d0: 1 }, none, 'topsis')).toEqual({
      top: null,
      intervals: [],
      nearest: null,
      exact: true,
    });
  });
});

/** Compiled stacks s0, s1 … of one layer from hand-written vectors (one row per dimension). */
function vectors(rows: number[][]): CompiledStacks {
  const n = rows[0]!.length;
  const order = Int32Array.from({ length: n }, (_, i) => i);
  return {
    layerIds: ['x'],
    options: [Array.from({ length: n }, (_, i) => `s${i}`)],
    strides: [1],
    size: n,
    idPlace: [order],
    placeOption: [order],
    dimensionIds: rows.map((_, d) => `d${d}`),
    dims: rows.map((r) => Float64Array.from(r)),
    compat: new Uint8Array(n),
    fit: new Uint8Array(n),
  };
}

/** Every stack listed in tier 0. */
function allListed(n: number): Tiers {
  return {
    tier: new Uint8Array(n),
    size: n,
    counts: { match: n, partial: 0, mismatch: 0, invalid: 0 },
    valid: { match: n, partial: 0, mismatch: 0 },
  };
}
