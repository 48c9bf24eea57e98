import { describe, expect, it } from 'vitest';

import { scenarios } from '../catalogue/scenarios';
import { seedCatalogue } from '../catalogue/seed-catalogue';
import type { StackPattern } from '../catalogue/types';
import { checkConformance, leadingGroup, rankTiers, variantInputs } from './conformance';
import { assessStacks, prepareCatalogue, rankAssessed } from './evaluate';
import { fitsPattern } from './patterns';
import { focusOf } from './technology-scores';

// Each scenario's preset (and each alternative the seed offers, with the inputs that select
// it), ranked the way the app ranks by default: fit first, invalid stacks hidden.
const prepared = prepareCatalogue(seedCatalogue);
const OPTIONS = { mode: 'fitFirst', showInvalid: false } as const;
const scenario = (id: string) => scenarios.find((s) => s.id === id)!;

function rankVariant(scenarioId: string, variantId: string) {
  const s = scenario(scenarioId);
  const variant = s.variants.find((v) => v.id === variantId)!;
  const { weights, requirements } = variantInputs(seedCatalogue, s, variant);
  return rankAssessed(assessStacks(prepared, requirements, focusOf(s)), weights, OPTIONS);
}

/** The stack the seed names, written out: one technology per slot. */
const stack = (o: string, r: string, oci: string, s: string, n: string, p: string) =>
  `${o}+${r}+${oci}+${s}+${n}+${p}`;
const SEED_EDGE = stack('k3s', 'wasmedge', 'crun', 'sqlite', 'flannel', 'opa-wasm');
const SEED_K8S_WASM = stack('kubernetes', 'wasmedge', 'crun', 'etcd', 'calico', 'opa-wasm');

describe('the seed’s stack is #1 under its own preset (17.4, 17.8.2)', () => {
  it('edge (17.4.2, 17.8.2): K3s + WasmEdge + crun + sqlite + flannel (built in) + OPA-Wasm', () => {
    const ranking = rankVariant('edge', 'edge');
    expect(ranking[0]!.stack.id).toBe(SEED_EDGE);
    expect(leadingGroup(ranking)).toHaveLength(1);
    // flannel beats Calico on ease of configuration (cost, 5★ vs 3★) once cost weighs 17.6.1's
    // "medium"; performance counts start time only (17.6.3), where the network plays no part.
    expect(ranking[1]!.stack.id).toBe(
      stack('k3s', 'wasmedge', 'crun', 'sqlite', 'calico', 'opa-wasm'),
    );
    expect(ranking[0]!.total - ranking[1]!.total).toBeCloseTo((2 / 14) * ((5 / 5 - 3 / 5) / 4), 9);
  });

  it('serverless, small (17.8.2 “K3s（小规模）”): K3s + WasmEdge + crun + sqlite + flannel + OPA-Wasm', () => {
    expect(rankVariant('serverless', 'small')[0]!.stack.id).toBe(SEED_EDGE);
  });

  it('serverless, large (17.8.2 “Kubernetes（大规模）”, > 1000 nodes): Kubernetes + WasmEdge + crun + etcd + Calico + OPA-Wasm', () => {
    const ranking = rankVariant('serverless', 'large');
    expect(ranking[0]!.stack.id).toBe(SEED_K8S_WASM);
    expect(leadingGroup(ranking)).toHaveLength(1);
  });

  it('AI inference, edge (17.8.2 “K3s（边缘）”): K3s + WasmEdge (GPU Plugin) + crun + sqlite + flannel + OPA-Wasm', () => {
    const ranking = rankVariant('ai-inference', 'edge');
    expect(ranking[0]!.stack.id).toBe(SEED_EDGE);
    expect(ranking[0]!.match.checks.filter((c) => c.criterion === 'gpu')).toEqual([
      expect.objectContaining({ layer: 'runtime', status: 'match' }),
    ]);
  });

  it('AI inference, cloud (17.8.2 “Kubernetes（云端）”): Kubernetes + WasmEdge + crun + etcd + Calico + OPA-Wasm', () => {
    expect(rankVariant('ai-inference', 'cloud')[0]!.stack.id).toBe(SEED_K8S_WASM);
  });

  it('large-scale (17.4.1): Kubernetes + Docker/containerd + runc + etcd + Calico + Gatekeeper, Docker and containerd co-recommended', () => {
    const ranking = rankVariant('large-scale', 'cloud-native');
    const group = leadingGroup(ranking).map((r) => r.stack.id);
    expect(group).toEqual([
      stack('kubernetes', 'containerd', 'runc', 'etcd', 'calico', 'gatekeeper'),
      stack('kubernetes', 'docker', 'runc', 'etcd', 'calico', 'gatekeeper'),
    ]);
    // The seed reads containerd's specs from Docker's 17.3.2 row: nothing separates them.
    expect(ranking[0]!.total).toBe(ranking[1]!.total);
    expect(ranking.slice(0, 2).map((r) => r.rank)).toEqual([1, 1]);
    // The seed's stack is the Docker one: Docker stands for "Docker + containerd", Gatekeeper
    // for "OPA + Gatekeeper" (Technology.includes). It shares #1 with the containerd stack.
    const pattern = scenario('large-scale').variants[0]!.stack;
    const seedStacks = group.filter((id) =>
      fitsPattern(ranking.find((r) => r.stack.id === id)!.stack.parts, pattern),
    );
    expect(seedStacks).toEqual([
      stack('kubernetes', 'docker', 'runc', 'etcd', 'calico', 'gatekeeper'),
    ]);
  });

  it('hybrid, edge tier (17.2.2 方案 4): K3s + WasmEdge + crun + sqlite + flannel + OPA-Wasm', () => {
    const tiers = rankTiers(prepared, scenario('hybrid'), scenario, OPTIONS)!;
    expect(tiers.find((t) => t.key === 'edge')!.rows[0]!.stack.id).toBe(SEED_EDGE);
  });
});

describe('where the seed’s facts cannot produce its conclusion (shown beside the ranking)', () => {
  it('seed defaults: 17.8.1’s default branches (K3s + Docker + runc + sqlite + flannel + OPA-Wasm) are not #1 under 17.6.1’s weights', () => {
    const [defaults] = checkConformance(prepared, [scenario('default')]);
    expect(defaults!.verdict).toBe('differs');
    expect(defaults!.seedBest!.stack.id).toBe(
      stack('k3s', 'docker', 'runc', 'sqlite', 'flannel', 'opa-wasm'),
    );
    // 17.6.1 weighs resource and performance high; 17.8.1 falls back to the mature defaults.
    // With nothing required, scale (etcd's and WasmEdge's capacity), performance and
    // availability put the WasmEdge stacks ahead: two sections of the seed pull apart.
    expect(defaults!.layers).toEqual(['runtime', 'ociRuntime', 'storage', 'network']);
    expect(defaults!.decidedBy.map((d) => d.dimension)).toEqual([
      'scale',
      'performance',
      'availability',
    ]);
    expect(defaults!.fit).toEqual({ top: 'match', seed: 'match' });
    // The model's figures for it: the tree's stack is #69, 8.5 points behind.
    expect(defaults!.seedBest!.rank).toBe(69);
    expect(defaults!.gap).toBeCloseTo(0.0846, 4);
  });

  it('hybrid, central tier (17.2.2): the seed’s Kubernetes + Docker + runc + etcd + Calico + OPA-Wasm is not #1 — with OPA-Wasm unified, WasmEdge leads', () => {
    const tiers = rankTiers(prepared, scenario('hybrid'), scenario, OPTIONS)!;
    const central = tiers.find((t) => t.key === 'central')!;
    expect(central.unifiedPolicy).toBe('opa-wasm');
    expect(central.rows.every((r) => r.stack.parts.policy === 'opa-wasm')).toBe(true);
    expect(central.rows[0]!.stack.id).toBe(SEED_K8S_WASM);
    const seed = central.rows.find(
      (r) => r.stack.id === stack('kubernetes', 'docker', 'runc', 'etcd', 'calico', 'opa-wasm'),
    )!;
    // Docker and containerd, each on runc or crun, tie behind the two WasmEdge stacks.
    expect(seed.rank).toBe(3);
    // OPA-Wasm (⭐⭐⭐) is the weakest link of maturity in every such stack, so Docker's maturity
    // lead counts for nothing; WasmEdge wins resource, performance and cost (large-scale weights
    // 2/2/3/2/2/3, scale counting the node cap only).
    expect(seed.dimensions.maturity).toBe(central.rows[0]!.dimensions.maturity);
    const resource = (1 - Math.log2(30) / 20 - (1 - Math.log2(45e6) / 40)) / 4; // runtime layer, mean of 4 layers
    const performance = Math.log10(Math.sqrt(2e6) / Math.sqrt(60)) / 6 / 4;
    const cost = (Math.log10(3000) - Math.log10(300)) / 4 / 4;
    const gap = (2 * resource + 2 * performance + 2 * cost) / 14;
    expect(central.rows[0]!.total - seed.total).toBeCloseTo(gap, 9);
    expect(gap).toBeCloseTo(0.0363, 4);

    const hybrid = checkConformance(prepared, scenarios).find(
      (c) => c.scenarioId === 'hybrid' && c.variantId === 'central',
    )!;
    expect(hybrid.verdict).toBe('differs');
    expect(hybrid.layers).toEqual(['runtime', 'ociRuntime']);
    expect(hybrid.decidedBy.map((d) => d.dimension)).toEqual(['resource', 'performance', 'cost']);
  });
});

describe('checkConformance: every variant of chapter 17', () => {
  it('lists the nine alternatives and agrees with the book on all but the hybrid central tier and the 17.8.1 defaults', () => {
    const rows = checkConformance(prepared, scenarios);
    expect(rows.map((r) => [r.scenarioId, r.variantId, r.verdict])).toEqual([
      ['default', 'tree-defaults', 'differs'],
      ['edge', 'edge', 'agrees'],
      ['serverless', 'small', 'agrees'],
      ['serverless', 'large', 'agrees'],
      ['ai-inference', 'edge', 'agrees'],
      ['ai-inference', 'cloud', 'agrees'],
      ['large-scale', 'cloud-native', 'coRecommended'],
      ['hybrid', 'central', 'differs'],
      ['hybrid', 'edge', 'agrees'],
    ]);
  });

  it('a pattern no stack fits is reported as absent, not as agreement', () => {
    const impossible: StackPattern = { orchestration: ['kubernetes'], storage: ['sqlite'] };
    const s = {
      ...scenario('edge'),
      variants: [{ ...scenario('edge').variants[0]!, stack: impossible }],
    };
    const [row] = checkConformance(prepared, [s]);
    expect(row!.verdict).toBe('absent');
    expect(row!.seedBest).toBeNull();
  });
});
