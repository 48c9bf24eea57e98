import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scenarios } from '../catalogue/scenarios';
import { seedCatalogue } from '../catalogue/seed-catalogue';
import type { Weights } from '../catalogue/types';
import { scoreStacks } from './aggregate';
import { assessStacks, prepareCatalogue, rankAssessed } from './evaluate';
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

describe('seed conclusions: fit first, invalid hidden, each scenario’s own weights and requirements', () => {
  const prepared = prepareCatalogue(seedCatalogue);
  const top = (id: string) => {
    const scenario = scenarios.find((s) => s.id === id)!;
    const assessed = assessStacks(prepared, scenario.requirements);
    return rankAssessed(assessed, scenario.weights, { mode: 'fitFirst', showInvalid: false });
  };

  it('edge: K3s + WasmEdge + sqlite; Calico and Cilium tie on 0.4·res + 0.3·perf + 0.2·1 + 0.1·0.6', () => {
    const ranking = top('edge');
    expect(ranking).toHaveLength(240);
    const first = ranking[0]!;
    expect(first.stack.parts).toMatchObject({
      orchestration: 'k3s',
      runtime: 'wasmedge',
      storage: 'sqlite',
    });
    // Scale and cost weigh 0 at the edge, so flannel’s 5★ ease (cost) never counts
    // while its 3★ performance does: Calico/Cilium 5★ win; the tie goes to the id.
    expect(first.stack.id).toBe('k3s+wasmedge+crun+sqlite+calico+opa-wasm');
    expect(ranking[1]!.stack.id).toBe('k3s+wasmedge+crun+sqlite+cilium+opa-wasm');
    expect(ranking[2]!.stack.id).toBe('k3s+wasmedge+crun+sqlite+flannel+opa-wasm');
    const resource = (1 - Math.log2(250) / 10 + (1 - Math.log2(30) / 20) + 1 + 0.9) / 4;
    const perf = (1 - Math.log10(Math.sqrt(60) / 0.01) / 6 + 5 / 6 + 1 + 2 / 3) / 4;
    expect(first.total).toBeCloseTo(0.4 * resource + 0.3 * perf + 0.2 * 1 + 0.1 * 0.6, 6);
    expect(ranking[1]!.total).toBe(first.total);
    expect(ranking[2]!.total).toBeCloseTo(first.total - (0.3 * 0.4) / 4, 6);
    // Only K3s + WasmEdge + crun + sqlite (× 3 networks × 4 policies) matches offline + 10 ms.
    expect(ranking.filter((r) => r.match.status === 'match')).toHaveLength(12);
  });

  it('large-scale: Kubernetes + etcd + Calico; containerd and Docker tie, WasmEdge 0.0011 behind', () => {
    const ranking = top('large-scale');
    const first = ranking[0]!;
    expect(first.stack.parts).toMatchObject({ orchestration: 'kubernetes', storage: 'etcd' });
    expect(['calico', 'cilium']).toContain(first.stack.parts.network);
    // containerd and Docker share the 17.3.2 specs; runc caps maturity at 14/15 for both.
    expect(first.stack.id).toBe('kubernetes+containerd+runc+etcd+calico+gatekeeper');
    expect(ranking[1]!.stack.id).toBe('kubernetes+docker+runc+etcd+calico+gatekeeper');
    expect(ranking[2]!.stack.id).toBe('kubernetes+wasmedge+crun+etcd+calico+gatekeeper');
    // WasmEdge gains 0.0976 resource, 2·0.0942 perf, 3·0.125 scale, 2·0.0625 cost and loses
    // 3·(14/15 − 10/15) maturity (crun), out of 13.
    const gain =
      (1 * ((1 - Math.log2(30) / 20 - (1 - Math.log2(45e6) / 40)) / 4) +
        2 * (Math.log10(1414.2135623730951 / 7.745966692414834) / 6 / 4) +
        3 * 0.125 +
        2 * 0.0625 -
        3 * (4 / 15)) /
      13;
    expect(ranking[2]!.total - first.total).toBeCloseTo(gain, 6);
    expect(gain).toBeCloseTo(-0.001076, 6);
  });

  it('serverless: WasmEdge; K3s + external DB (shared database beats etcd’s 3-node cluster on resource and cost)', () => {
    const first = top('serverless')[0]!;
    expect(first.stack.parts.runtime).toBe('wasmedge');
    expect(first.stack.id).toBe('k3s+wasmedge+crun+external-db+calico+opa-wasm');
    const wasmStart = 1 - Math.log10(Math.sqrt(60) / 0.01) / 6;
    const f = {
      resource: (1 - Math.log2(250) / 10 + (1 - Math.log2(30) / 20) + 0.5 + 0.9) / 4,
      performance: (wasmStart + (1 - Math.log10(200) / 6) + 1 + 2 / 3) / 4,
      scale: Math.log10(1000 * 3000) / 8,
      availability: 0.5,
      cost: (1 + Math.log10(3000) / 4 + 0.5 + 0.6) / 4,
      maturity: 0.6,
    };
    expect(first.total).toBeCloseTo(
      (2 * f.resource +
        3 * f.performance +
        3 * f.scale +
        2 * f.availability +
        3 * f.cost +
        f.maturity) /
        14,
      6,
    );
    expect(first.total).toBeCloseTo(0.681154, 6);
  });

  it('ai-inference: WasmEdge; K3s + sqlite, Calico and flannel tie (perf and cost both weigh 3)', () => {
    const ranking = top('ai-inference');
    expect(ranking[0]!.stack.parts.runtime).toBe('wasmedge');
    expect(ranking[0]!.stack.id).toBe('k3s+wasmedge+crun+sqlite+calico+opa-wasm');
    expect(ranking[1]!.stack.id).toBe('k3s+wasmedge+crun+sqlite+flannel+opa-wasm');
    expect(ranking[1]!.total).toBeCloseTo(ranking[0]!.total, 9);
    expect(ranking[0]!.total).toBeCloseTo(0.677047, 6);
  });

  it('scoreOnly ignores fit; showInvalid appends the 192 invalid stacks last', () => {
    const edge = scenarios.find((s) => s.id === 'edge')!;
    const assessed = assessStacks(prepared, edge.requirements);
    const all = rankAssessed(assessed, edge.weights, { mode: 'scoreOnly', showInvalid: true });
    expect(all).toHaveLength(432);
    expect(all.slice(240).every((r) => r.stack.status === 'invalid')).toBe(true);
    all.slice(1, 240).forEach((r, i) => expect(r.total).toBeLessThanOrEqual(all[i]!.total + 1e-9));
    const fit = rankAssessed(assessed, edge.weights, { mode: 'fitFirst', showInvalid: false });
    expect(fit.map((r) => r.match.status)).toEqual([
      ...Array<string>(12).fill('match'),
      ...Array<string>(228).fill('mismatch'),
    ]);
    expect(all.map((r) => r.rank)).toEqual(Array.from({ length: 432 }, (_, i) => i + 1));
  });
});
