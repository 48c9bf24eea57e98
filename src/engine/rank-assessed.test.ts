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
import { quantiseScore } from './rank';
import { partsOf, vector, weights } from './test-fixtures';
import type { DimensionVector, MatchStatus } from './types';

// rankAssessed is what the app ranks with (useRanking, the presenter, conformance, exports):
// its properties are tested here, on hand-made rows and on the seed catalogue.

const assessed = (
  id: string,
  dimensions: DimensionVector,
  fit: MatchStatus = 'match',
  status: 'valid' | 'warning' | 'invalid' = 'valid',
): AssessedStack => ({
  stack: { id, parts: partsOf(`${id}+o+r+s+n+p`), status, reasons: [] },
  dimensions,
  match: { status: fit, layers: {}, checks: [] },
  caseIds: [],
});

const FIT_FIRST: RankOptions = { mode: 'fitFirst', showInvalid: false };
const SCORE_ONLY: RankOptions = { mode: 'scoreOnly', showInvalid: false };

describe('rankAssessed', () => {
  const input = [
    assessed('b', vector(0.5, 0.5, 0.5, 0.5, 0.5, 0.5)),
    assessed('c', vector(1, 0, 0, 0, 0, 0)),
    assessed('a', vector(0.5, 0.5, 0.5, 0.5, 0.5, 0.5)),
    assessed('d', vector(0, 0, 0, 0, 0, 1)),
  ];

  it('orders by total, highest first, ties by id; exact ties share a rank number', () => {
    const ranked = rankAssessed(input, weights({ resource: 1, maturity: 1 }), SCORE_ONLY);
    expect(ranked.map((r) => [r.rank, r.stack.id, r.total])).toEqual([
      [1, 'a', 0.5],
      [1, 'b', 0.5],
      [1, 'c', 0.5],
      [1, 'd', 0.5],
    ]);
    const byResource = rankAssessed(input, weights({ resource: 2, maturity: 1 }), SCORE_ONLY);
    expect(byResource.map((r) => [r.rank, r.stack.id])).toEqual([
      [1, 'c'],
      [2, 'a'],
      [2, 'b'],
      [4, 'd'],
    ]);
    expect(byResource[0]!.total).toBeCloseTo(2 / 3, 12);
    expect(byResource[3]!.total).toBeCloseTo(1 / 3, 12);
  });

  it('treats totals within 1e-9 as tied (same rank, ordered by id)', () => {
    const near = [
      assessed('z', vector(0.3 + 1e-12, 0, 0, 0, 0, 0)),
      assessed('y', vector(0.3, 0, 0, 0, 0, 0)),
    ];
    const ranked = rankAssessed(near, weights({ resource: 1 }), SCORE_ONLY);
    expect(ranked.map((r) => [r.rank, r.stack.id])).toEqual([
      [1, 'y'],
      [1, 'z'],
    ]);
  });

  it('fit first: every match before any partial before any mismatch, whatever the score', () => {
    const rows = [
      assessed('low-match', vector(0.1, 0, 0, 0, 0, 0), 'match'),
      assessed('high-mismatch', vector(1, 0, 0, 0, 0, 0), 'mismatch'),
      assessed('mid-partial', vector(0.5, 0, 0, 0, 0, 0), 'partial'),
    ];
    const w = weights({ resource: 1 });
    expect(rankAssessed(rows, w, FIT_FIRST).map((r) => r.stack.id)).toEqual([
      'low-match',
      'mid-partial',
      'high-mismatch',
    ]);
    expect(rankAssessed(rows, w, SCORE_ONLY).map((r) => r.stack.id)).toEqual([
      'high-mismatch',
      'mid-partial',
      'low-match',
    ]);
  });

  it('leaves invalid stacks out, or puts them last when shown', () => {
    const rows = [
      assessed('bad', vector(1, 1, 1, 1, 1, 1), 'match', 'invalid'),
      assessed('ok', vector(0, 0, 0, 0, 0, 0)),
    ];
    const w = weights({ resource: 1 });
    expect(rankAssessed(rows, w, FIT_FIRST).map((r) => r.stack.id)).toEqual(['ok']);
    expect(
      rankAssessed(rows, w, { mode: 'scoreOnly', showInvalid: true }).map((r) => [
        r.rank,
        r.stack.id,
      ]),
    ).toEqual([
      [1, 'ok'],
      [2, 'bad'],
    ]);
  });

  it('does not mutate its input', () => {
    const before = structuredClone(input);
    const ranked = rankAssessed(input, weights({ cost: 1 }), SCORE_ONLY);
    expect(input).toEqual(before);
    expect(ranked[0]).not.toBe(input[0]);
    expect('rank' in input[0]!).toBe(false);
  });
});

describe('rankAssessed on the seed catalogue (fast-check)', () => {
  const prepared = prepareCatalogue(seedCatalogue);
  const open = assessStacks(prepared, openRequirements);
  // The seed's edge requirements split the stacks into fit tiers, so tier order is exercised too.
  const edgeScenario = seedCatalogue.scenarios.find((s) => s.id === 'edge')!;
  const edge = assessStacks(prepared, edgeScenario.requirements);
  const valid = open.filter((a) => a.stack.status !== 'invalid').length;
  const weight = fc.integer({ min: 0, max: 10 });
  const anyWeights = fc.record({
    resource: weight,
    performance: weight,
    scale: weight,
    availability: weight,
    cost: weight,
    maturity: weight,
  });
  const anyMode = fc.constantFrom<RankOptions['mode']>('fitFirst', 'scoreOnly');
  const scale = (w: Weights, k: number): Weights =>
    Object.fromEntries(Object.entries(w).map(([d, v]) => [d, v * k]));
  const ids = (rows: { stack: { id: string } }[]) => rows.map((r) => r.stack.id);

  it('orders and numbers the same when every weight is scaled by the same positive factor', () => {
    fc.assert(
      fc.property(
        anyWeights,
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        anyMode,
        (w, k, mode) => {
          const options = { mode, showInvalid: false };
          const ranked = rankAssessed(edge, w, options);
          const scaled = rankAssessed(edge, scale(w, k), options);
          expect(ids(scaled)).toEqual(ids(ranked));
          expect(scaled.map((r) => r.rank)).toEqual(ranked.map((r) => r.rank));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('is deterministic: the order of its input does not matter', () => {
    fc.assert(
      fc.property(anyWeights, anyMode, fc.integer(), (w, mode, seed) => {
        const shuffled = [...edge];
        let x = seed | 0;
        for (let i = shuffled.length - 1; i > 0; i--) {
          x = (Math.imul(x, 1103515245) + 12345) | 0;
          const j = Math.abs(x) % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        const options = { mode, showInvalid: false };
        expect(ids(rankAssessed(shuffled, w, options))).toEqual(
          ids(rankAssessed(edge, w, options)),
        );
      }),
      { numRuns: 30 },
    );
  });

  it('ranks every valid stack once; totals never rise within a fit tier; equal ranks exactly for ties', () => {
    // The edge requirements do split the stacks into tiers (else the order check is idle).
    expect(new Set(edge.map((a) => a.match.status))).toEqual(
      new Set(['match', 'partial', 'mismatch']),
    );
    fc.assert(
      fc.property(anyWeights, (w) => {
        const ranked = rankAssessed(open, w, FIT_FIRST);
        expect(new Set(ids(ranked)).size).toBe(valid);
        expect(ranked).toHaveLength(valid);
        const tiered = rankAssessed(edge, w, FIT_FIRST);
        const tier = { match: 0, partial: 1, mismatch: 2 } as const;
        tiered.slice(1).forEach((row, i) => {
          const prev = tiered[i]!;
          expect(tier[row.match.status]).toBeGreaterThanOrEqual(tier[prev.match.status]);
          const sameTier = row.match.status === prev.match.status;
          if (sameTier)
            expect(quantiseScore(row.total)).toBeLessThanOrEqual(quantiseScore(prev.total));
          const tied = sameTier && quantiseScore(row.total) === quantiseScore(prev.total);
          expect(row.rank === prev.rank).toBe(tied);
          if (!tied) expect(row.rank).toBe(i + 2);
        });
      }),
      { numRuns: 20 },
    );
  });
});
