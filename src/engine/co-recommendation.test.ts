import { describe, expect, it } from 'vitest';

import { scenarios } from '../catalogue/scenarios';
import { seedCatalogue } from '../catalogue/seed-catalogue';
import type { Requirements } from '../catalogue/types';
import { coRecommendationOf, seedChecks } from './co-recommendation';
import { leadingGroup, rankTiers } from './conformance';
import { assessStacks, prepareCatalogue, rankAssessed } from './evaluate';
import { focusOf } from './technology-scores';

const prepared = prepareCatalogue(seedCatalogue);
const OPTIONS = { mode: 'fitFirst', showInvalid: false } as const;
const scenario = (id: string) => scenarios.find((s) => s.id === id)!;

/** The ranking under a preset, as the app ranks it by default. */
function rankPreset(id: string, requirements?: Requirements) {
  const s = scenario(id);
  return rankAssessed(
    assessStacks(prepared, requirements ?? s.requirements, focusOf(s)),
    s.weights,
    OPTIONS,
  );
}

describe('coRecommendationOf', () => {
  it('large-scale: containerd and Docker tie exactly on every dimension; the runtime is all that differs', () => {
    const co = coRecommendationOf(
      leadingGroup(rankPreset('large-scale')),
      scenario('large-scale').weights,
    )!;
    expect(co.rows.map((r) => [r.rank, r.stack.id])).toEqual([
      [1, 'kubernetes+containerd+runc+etcd+calico+gatekeeper'],
      [1, 'kubernetes+docker+runc+etcd+calico+gatekeeper'],
    ]);
    expect(co.exact).toBe(true);
    expect(co.sameScores).toBe(true);
    expect(co.layers).toEqual([{ layer: 'runtime', technologies: ['containerd', 'docker'] }]);
    expect(co.others).toHaveLength(1);
    expect(co.others[0]!.gap).toBe(0);
    expect(co.others[0]!.deltas).toEqual([]);
  });

  it('seed defaults: etcd and sqlite within half a point, with the weighted differences that nearly cancel', () => {
    const co = coRecommendationOf(
      leadingGroup(rankPreset('default')),
      scenario('default').weights,
    )!;
    expect(co.rows.map((r) => [r.rank, r.stack.id])).toEqual([
      [1, 'k3s+wasmedge+crun+etcd+calico+opa-wasm'],
      [2, 'k3s+wasmedge+crun+sqlite+calico+opa-wasm'],
    ]);
    expect(co.exact).toBe(false);
    expect(co.sameScores).toBe(false);
    expect(co.layers).toEqual([{ layer: 'storage', technologies: ['etcd', 'sqlite'] }]);
    const [other] = co.others;
    expect(other!.gap).toBeCloseTo(0.003836, 6);
    expect(other!.deltas.map((d) => [d.dimension, Math.round(d.weighted * 10000) / 100])).toEqual([
      ['scale', 5.77],
      ['availability', 3.08],
      ['performance', -1.25],
      ['cost', -2.88],
      ['resource', -4.33],
    ]);
    expect(other!.deltas.reduce((s, d) => s + d.weighted, 0)).toBeCloseTo(other!.gap, 12);
  });

  it('is null for a lone leader (edge) and an empty ranking', () => {
    expect(
      coRecommendationOf(leadingGroup(rankPreset('edge')), scenario('edge').weights),
    ).toBeNull();
    expect(coRecommendationOf([], scenario('edge').weights)).toBeNull();
  });
});

describe('seedChecks', () => {
  it('edge: the seed’s K3s + WasmEdge + crun + sqlite + flannel + OPA-Wasm is #1', () => {
    const s = scenario('edge');
    const [check, ...rest] = seedChecks(s, rankPreset('edge'), s.weights, s.requirements, null);
    expect(rest).toEqual([]);
    expect(check!.tier).toBeNull();
    expect(check!.variant.id).toBe('edge');
    expect(check!.conformance!.verdict).toBe('agrees');
    expect(check!.conformance!.seedBest!.stack.id).toBe(
      'k3s+wasmedge+crun+sqlite+flannel+opa-wasm',
    );
    expect(check!.sharingRank).toBe(1);
  });

  it('serverless beyond 1000 nodes checks the large variant: the seed’s Kubernetes + etcd + Calico stack is #1', () => {
    const s = scenario('serverless');
    const requirements = { ...s.requirements, nodes: 2000 };
    const [check] = seedChecks(
      s,
      rankPreset('serverless', requirements),
      s.weights,
      requirements,
      null,
    );
    expect(check!.variant.id).toBe('large');
    expect(check!.conformance!.verdict).toBe('agrees');
    expect(check!.conformance!.leaders[0]!.stack.id).toBe(
      'kubernetes+wasmedge+crun+etcd+calico+opa-wasm',
    );
  });

  it('large-scale: the seed’s Docker + containerd + runc stack is co-recommended', () => {
    const s = scenario('large-scale');
    const [check] = seedChecks(s, rankPreset('large-scale'), s.weights, s.requirements, null);
    expect(check!.conformance!.verdict).toBe('coRecommended');
    expect(check!.sharingRank).toBe(2);
  });

  it('hybrid: the central tier differs from the seed’s K8s + Docker + etcd + Calico + OPA-Wasm, the edge tier agrees', () => {
    const h = scenario('hybrid');
    const tiers = rankTiers(prepared, h, scenario, OPTIONS);
    const [central, edge] = seedChecks(h, [], h.weights, h.requirements, tiers);
    expect(central!.tier).toBe('central');
    expect(central!.rankedAs.id).toBe('large-scale');
    expect(central!.count).toBe(60);
    const c = central!.conformance!;
    expect(c.verdict).toBe('differs');
    expect(c.leaders.map((r) => r.stack.id)).toEqual([
      'kubernetes+wasmedge+crun+etcd+calico+opa-wasm',
    ]);
    expect(c.seedBest!.stack.id).toBe('kubernetes+docker+runc+etcd+calico+opa-wasm');
    expect(c.seedBest!.rank).toBe(3);
    expect(central!.sharingRank).toBe(4);
    expect(c.gap).toBeCloseTo(0.036327, 6);
    expect(c.layers).toEqual(['runtime', 'ociRuntime']);
    expect(c.decidedBy.map((d) => [d.dimension, Math.round(d.weighted * 10000) / 100])).toEqual([
      ['resource', 1.39],
      ['performance', 1.35],
      ['cost', 0.89],
    ]);
    expect(edge!.tier).toBe('edge');
    expect(edge!.conformance!.verdict).toBe('agrees');
  });

  it('checks the seed defaults against 17.8.1’s default branches; names none for the hybrid without its tier rankings', () => {
    const d = scenario('default');
    const [check, ...rest] = seedChecks(d, rankPreset('default'), d.weights, d.requirements, null);
    expect(rest).toEqual([]);
    expect([check!.variant?.id, check!.conformance?.verdict]).toEqual(['tree-defaults', 'differs']);
    const h = scenario('hybrid');
    expect(seedChecks(h, rankPreset('hybrid'), h.weights, h.requirements, null)).toEqual([]);
  });
});
