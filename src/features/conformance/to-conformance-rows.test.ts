import { describe, expect, it } from 'vitest';

import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { checkConformance, variantRanking } from '../../engine/conformance';
import { prepareCatalogue } from '../../engine/evaluate';
import { fitsPattern } from '../../engine/patterns';
import { summarise, toConformanceRows, type ConformanceRow } from './to-conformance-rows';

const rows = toConformanceRows(prepareCatalogue(seedCatalogue), seedCatalogue.scenarios);
const row = (key: string) => rows.find((r) => r.key === key)!;
const id = (parts: ConformanceRow['leaders'][number]) =>
  [
    parts.orchestration,
    parts.runtime,
    parts.ociRuntime,
    parts.storage,
    parts.network,
    parts.policy,
  ].join('+');

const EDGE = 'k3s+wasmedge+crun+sqlite+flannel+opa-wasm';
const K8S_WASM = 'kubernetes+wasmedge+crun+etcd+calico+opa-wasm';

describe('toConformanceRows', () => {
  it('has one row per seed alternative, in catalogue order', () => {
    expect(rows.map((r) => r.key)).toEqual([
      'default/tree-defaults',
      'edge/edge',
      'serverless/small',
      'serverless/large',
      'ai-inference/edge',
      'ai-inference/cloud',
      'large-scale/cloud-native',
      'hybrid/central',
      'hybrid/edge',
    ]);
  });

  it('17.4.2 / 17.8.2 edge: the seed’s K3s + WasmEdge + crun + sqlite + flannel + OPA-Wasm is #1', () => {
    const edge = row('edge/edge');
    expect(edge.verdict).toBe('agrees');
    expect(edge.leaders.map(id)).toEqual([EDGE]);
    expect(edge.seedRank).toBe(1);
    expect([edge.gapPoints, edge.seedTies]).toEqual([0, 1]);
  });

  it('17.8.2 serverless and AI inference: each alternative’s seed stack is #1 under its inputs', () => {
    expect(row('serverless/small').leaders.map(id)).toEqual([EDGE]);
    expect(row('serverless/large').leaders.map(id)).toEqual([K8S_WASM]);
    expect(row('serverless/large').requirements.nodes).toBe(1001);
    expect(row('ai-inference/edge').leaders.map(id)).toEqual([EDGE]);
    expect(row('ai-inference/cloud').leaders.map(id)).toEqual([K8S_WASM]);
    expect(row('ai-inference/cloud').requirements.site).toBe('cloud');
    for (const key of [
      'serverless/small',
      'serverless/large',
      'ai-inference/edge',
      'ai-inference/cloud',
    ]) {
      expect([key, row(key).verdict, row(key).seedRank]).toEqual([key, 'agrees', 1]);
    }
  });

  it('17.4.1 "Docker + containerd + runc": containerd and Docker share #1 exactly, the seed’s Docker stack among them', () => {
    const large = row('large-scale/cloud-native');
    expect(large.verdict).toBe('coRecommended');
    expect(large.leaders.map(id)).toEqual([
      'kubernetes+containerd+runc+etcd+calico+gatekeeper',
      'kubernetes+docker+runc+etcd+calico+gatekeeper',
    ]);
    expect([large.seedRank, large.seedTies]).toEqual([1, 2]);
    expect(large.spreadPoints).toBe(0);
    expect(large.separatedBy).toEqual([{ layer: 'runtime', ids: ['containerd', 'docker'] }]);
    // Docker includes containerd (the conjunction): only the Docker stack fits the seed's pattern.
    expect(large.leadersFittingSeed).toBe(1);
    expect(large.layers).toEqual([]);
    expect(large.decidedBy).toEqual([]);
  });

  it('17.2.2 hybrid central (documented disagreement): the seed’s K8s + Docker stack shares #3 with three others, 3.6 points behind WasmEdge', () => {
    const central = row('hybrid/central');
    expect(central.verdict).toBe('differs');
    expect(central.rankedAs.id).toBe('large-scale');
    expect(central.heldToPolicy).toBe('opa-wasm');
    expect(central.leaders.map(id)).toEqual([K8S_WASM]);
    // Four stacks tie exactly at #3 (containerd / Docker × crun / runc): 3rd to 6th place.
    expect([central.seedRank, central.seedTies]).toEqual([3, 4]);
    expect(central.gapPoints).toBeCloseTo(3.633, 3);
    expect(central.layers).toEqual([
      { layer: 'runtime', app: 'wasmedge', seed: 'docker' },
      { layer: 'ociRuntime', app: 'crun', seed: 'runc' },
    ]);
    expect(central.fit).toEqual({ top: 'match', seed: 'match' });
    expect(central.failedChecks).toEqual([]);
    expect(central.decidedBy.map((d) => d.dimension)).toEqual(['resource', 'performance', 'cost']);
    expect(central.decidedBy.map((d) => Math.round(d.points * 10) / 10)).toEqual([1.4, 1.3, 0.9]);
    const sum = central.decidedBy.reduce((s, d) => s + d.points, 0);
    expect(sum).toBeCloseTo(central.gapPoints!, 9);
  });

  it('17.2.2 hybrid edge: ranked with the edge scenario’s inputs, the seed’s K3s stack is #1', () => {
    const edge = row('hybrid/edge');
    expect(edge.rankedAs.id).toBe('edge');
    expect(edge.heldToPolicy).toBeNull();
    expect([edge.verdict, edge.seedRank, edge.leaders.map(id)]).toEqual(['agrees', 1, [EDGE]]);
  });

  it('walks the 17.8.1 global tree under each row’s inputs and compares it with the leading group', () => {
    const tree = (key: string) => {
      const t = row(key).tree;
      return [t.path.id, t.fit, t.layers];
    };
    expect(tree('edge/edge')).toEqual(['edge', 'matches', []]);
    expect(tree('serverless/small')).toEqual(['serverless', 'matches', []]);
    expect(tree('serverless/large')).toEqual(['serverless', 'matches', []]);
    expect(row('serverless/large').tree.pattern.network).toEqual(['calico', 'cilium']);
    // Level 1 identifies the AI scenario by name, even at an edge site: the AI path.
    expect(tree('ai-inference/edge')).toEqual(['ai', 'matches', []]);
    // 17.8.1 has no edge / cloud split for AI (17.8.2 does): its defaults pick the K3s side.
    expect(tree('ai-inference/cloud')).toEqual([
      'ai',
      'differs',
      ['orchestration', 'storage', 'network'],
    ]);
    // 17.8.1's policy default is OPA-Wasm; both co-recommended stacks run Gatekeeper.
    expect(tree('large-scale/cloud-native')).toEqual(['cloud', 'differs', ['policy']]);
    expect(tree('hybrid/central')).toEqual(['cloud', 'differs', ['runtime', 'ociRuntime']]);
    expect(tree('hybrid/edge')).toEqual(['edge', 'matches', []]);
  });

  it('counts ties on the very ranking checkConformance reads', () => {
    const prepared = prepareCatalogue(seedCatalogue);
    const scenarios = seedCatalogue.scenarios;
    for (const c of checkConformance(prepared, scenarios)) {
      const scenario = scenarios.find((s) => s.id === c.scenarioId)!;
      const variant = scenario.variants.find((v) => v.id === c.variantId)!;
      const { rows: ranked } = variantRanking(prepared, scenarios, scenario, variant);
      const seed = ranked.find((r) => fitsPattern(r.stack.parts, variant.stack))!;
      expect([seed.stack.id, seed.rank]).toEqual([c.seedBest!.stack.id, c.seedBest!.rank]);
      expect(ranked[0]!.stack.id).toBe(c.leaders[0]!.stack.id);
    }
  });

  it('summarises the verdicts', () => {
    expect(summarise(rows)).toEqual({
      total: 9,
      agrees: 6,
      coRecommended: 1,
      differs: 2,
      absent: 0,
    });
  });
});
