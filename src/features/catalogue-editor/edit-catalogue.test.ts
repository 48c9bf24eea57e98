import { describe, expect, it } from 'vitest';

import { gatewayLayer, kong, podman, traefik } from '../../catalogue/catalogue-fixtures';
import { seedCatalogue } from '../../catalogue/seed-catalogue';
import type { Catalogue, Technology } from '../../catalogue/types';
import { validateCatalogue } from '../../catalogue/validate';
import { DEFAULT_SCENARIO_ID, presetWeights, scenarioIn } from '../../engine/presets';
import { normaliseWeights } from '../../engine/rank';
import { defaultInputs } from '../../store/app-store';
import { preparedFor, rankFor } from '../../store/use-ranking';
import {
  addDimension,
  addLayer,
  addRule,
  addTechnology,
  deleteRule,
  deleteTechnology,
  duplicateTechnology,
  isNothing,
  moveLayer,
  removeLayer,
  renameLayer,
  ruleKindOf,
  updateDimension,
  updateRule,
  updateTechnology,
  userSource,
  type DimensionInput,
} from './edit-catalogue';

const seed = seedCatalogue;
const snapshot = structuredClone(seed);
const ids = (c: Catalogue) => c.technologies.map((t) => t.id);
const valid = (c: Catalogue) => {
  const result = validateCatalogue(c);
  expect(result.ok ? [] : result.errors).toEqual([]);
  return result.ok;
};
const validStacks = (c: Catalogue) =>
  rankFor(c, defaultInputs(c).requirements, defaultInputs(c).weights, {
    mode: 'fitFirst',
    showInvalid: false,
  }).length;
const reason = { zh: '理由', en: 'Reason' };

/** Kong and Traefik in a gateway layer added with addLayer. */
function withGatewayLayer(c: Catalogue): Catalogue {
  const layered = addLayer(c, { name: { en: 'Gateway', zh: '网关' }, source: '17.4.3' });
  return addTechnology(addTechnology(layered, kong), traefik);
}

describe('technologies', () => {
  it('addTechnology puts Podman after the last runtime; the catalogue validates', () => {
    const next = addTechnology(seed, podman);
    expect(ids(next).slice(2, 6)).toEqual(['docker', 'containerd', 'wasmedge', 'podman']);
    expect(next.technologies).toHaveLength(18);
    expect(valid(next)).toBe(true);
    expect(seed).toEqual(snapshot);
  });

  it('a technology of a layer with no technology yet goes last', () => {
    const layered = addLayer(seed, { name: { en: 'Gateway', zh: '' }, source: 'x' });
    expect(ids(addTechnology(layered, kong)).at(-1)).toBe('kong');
  });

  it('updateTechnology replaces it in place; a change of layer prunes the patterns', () => {
    const k3s = seed.technologies.find((t) => t.id === 'k3s')!;
    const renamed = updateTechnology(seed, 'k3s', { ...k3s, name: 'K3s lite' });
    expect(renamed.catalogue.technologies[1]!.name).toBe('K3s lite');
    expect(isNothing(renamed.removed)).toBe(true);

    const flannel = seed.technologies.find((t) => t.id === 'flannel')!;
    const moved = updateTechnology(seed, 'flannel', { ...flannel, layer: 'policy' });
    expect(moved.catalogue.technologies.find((t) => t.id === 'flannel')!.layer).toBe('policy');
    // The patterns whose only network is flannel go; serverless-functions keeps Calico.
    expect(moved.removed).toEqual({
      technologies: [],
      rules: [],
      rulesChanged: [],
      includes: [],
      patterns: [
        { kind: 'variant', scenario: 'default', variant: 'tree-defaults' },
        { kind: 'variant', scenario: 'edge', variant: 'edge' },
        { kind: 'variant', scenario: 'serverless', variant: 'small' },
        { kind: 'variant', scenario: 'ai-inference', variant: 'edge' },
        { kind: 'variant', scenario: 'hybrid', variant: 'edge' },
        { kind: 'case', id: 'inspur-5g-mec' },
        { kind: 'case', id: 'huawei-industrial-iot' },
        { kind: 'case', id: 'tencent-game-serverless' },
        { kind: 'case', id: 'huawei-mec' },
        { kind: 'case', id: 'alibaba-ack-edge' },
      ],
    });
    expect(
      moved.catalogue.cases.find((c) => c.id === 'serverless-functions')!.stack.network,
    ).toEqual(['calico']);
    expect(seed).toEqual(snapshot);
  });

  it('duplicateTechnology: <id>-copy, then -copy-2, named "… (copy)", right after the original', () => {
    const once = duplicateTechnology(seed, 'k3s');
    expect(ids(once).slice(0, 3)).toEqual(['kubernetes', 'k3s', 'k3s-copy']);
    expect(once.technologies[2]).toEqual({
      ...seed.technologies[1],
      id: 'k3s-copy',
      name: 'K3s (copy)',
    });
    const twice = duplicateTechnology(once, 'k3s');
    expect(ids(twice).slice(0, 4)).toEqual(['kubernetes', 'k3s', 'k3s-copy-2', 'k3s-copy']);
    expect(valid(twice)).toBe(true);
    expect(duplicateTechnology(seed, 'nope')).toBe(seed);
  });

  it('deleteTechnology(gatekeeper): the large-scale variant goes, OPA-Wasm loses its includes, cases keep OPA-Wasm', () => {
    const { catalogue, removed } = deleteTechnology(seed, 'gatekeeper');
    expect(removed).toEqual({
      technologies: ['gatekeeper'],
      rules: [],
      rulesChanged: [],
      includes: ['opa-wasm'],
      patterns: [{ kind: 'variant', scenario: 'large-scale', variant: 'cloud-native' }],
    });
    expect(catalogue.technologies.find((t) => t.id === 'opa-wasm')!.includes).toBeUndefined();
    expect('includes' in catalogue.technologies.find((t) => t.id === 'opa-wasm')!).toBe(false);
    expect(catalogue.cases.find((c) => c.id === 'inspur-5g-mec')!.stack.policy).toEqual([
      'opa-wasm',
    ]);
    expect(catalogue.scenarios.find((s) => s.id === 'large-scale')!.variants).toEqual([]);
    expect(valid(catalogue)).toBe(true);
    expect(seed).toEqual(snapshot);
  });

  it('deleteTechnology(wasmedge): rules naming it in `when` go, `unless` loses it, patterns with only it go', () => {
    const { catalogue, removed } = deleteTechnology(seed, 'wasmedge');
    expect(removed).toEqual({
      technologies: ['wasmedge'],
      rules: ['wasmedge-needs-crun', 'wasm-images-need-conversion'],
      rulesChanged: ['opa-wasm-host'],
      includes: [],
      patterns: [
        { kind: 'variant', scenario: 'edge', variant: 'edge' },
        { kind: 'variant', scenario: 'serverless', variant: 'small' },
        { kind: 'variant', scenario: 'serverless', variant: 'large' },
        { kind: 'variant', scenario: 'ai-inference', variant: 'edge' },
        { kind: 'variant', scenario: 'ai-inference', variant: 'cloud' },
        { kind: 'variant', scenario: 'hybrid', variant: 'edge' },
        { kind: 'case', id: 'inspur-5g-mec' },
        { kind: 'case', id: 'huawei-industrial-iot' },
        { kind: 'case', id: 'tencent-game-serverless' },
        { kind: 'case', id: 'serverless-functions' },
        { kind: 'case', id: 'huawei-mec' },
        { kind: 'case', id: 'aws-lambda-wasm' },
        { kind: 'case', id: 'second-state' },
        { kind: 'matrixRow', label: 'K3s + WasmEdge + sqlite' },
        { kind: 'matrixRow', label: 'Kubernetes + WasmEdge + etcd' },
      ],
    });
    const host = catalogue.compatibility.find((r) => r.id === 'opa-wasm-host')!;
    expect(host.when).toEqual(['opa-wasm']);
    expect('unless' in host).toBe(false);
    expect(catalogue.cases.find((c) => c.id === 'alibaba-ack-edge')!.stack.runtime).toEqual([
      'docker',
    ]);
    expect(valid(catalogue)).toBe(true);
  });

  it('deleting the last technology of a layer leaves a catalogue that does not validate', () => {
    const one = deleteTechnology(seed, 'runc').catalogue;
    const none = deleteTechnology(one, 'crun').catalogue;
    const result = validateCatalogue(none);
    expect(result.ok ? [] : result.errors).toEqual([
      {
        path: 'layers[2].id',
        value: '"ociRuntime"',
        expected: 'a layer with at least one technology',
      },
    ]);
  });
});

describe('layers', () => {
  it('addLayer: id from the name, unique; user source', () => {
    const one = addLayer(seed, { name: { en: 'API gateway', zh: 'API 网关' }, source: ' 17.4.3 ' });
    expect(one.layers.at(-1)).toEqual({
      id: 'apiGateway',
      name: { en: 'API gateway', zh: 'API 网关' },
      source: 'user',
      entered: { source: '17.4.3' },
    });
    const two = addLayer(one, { name: { en: 'API gateway', zh: '' }, source: 'x' });
    expect(two.layers.at(-1)!.id).toBe('apiGateway-2');
    const zh = addLayer(seed, { name: { en: '', zh: '网关' }, source: 'x' });
    expect(zh.layers.at(-1)!.id).toBe('layer');
    const reserved = addLayer(seed, { name: { en: 'Constructor', zh: '' }, source: 'x' });
    expect(reserved.layers.at(-1)!.id).toBe('constructor-2');
  });

  it('a new layer validates once it has a technology', () => {
    const layered = addLayer(seed, { name: { en: 'Gateway', zh: '网关' }, source: 'x' });
    expect(validateCatalogue(layered).ok).toBe(false);
    expect(valid(withGatewayLayer(seed))).toBe(true);
  });

  it('renameLayer and moveLayer', () => {
    const renamed = renameLayer(seed, 'policy', { zh: '准入', en: 'Admission' });
    expect(renamed.layers[5]).toEqual({ ...seed.layers[5], name: { zh: '准入', en: 'Admission' } });
    const up = moveLayer(seed, 'storage', 'up');
    expect(up.layers.map((l) => l.id)).toEqual([
      'orchestration',
      'runtime',
      'storage',
      'ociRuntime',
      'network',
      'policy',
    ]);
    expect(moveLayer(up, 'storage', 'down').layers).toEqual(seed.layers);
    expect(moveLayer(seed, 'orchestration', 'up')).toBe(seed);
    expect(moveLayer(seed, 'policy', 'down')).toBe(seed);
    expect(valid(up)).toBe(true);
    expect(preparedFor(up).stacks[0]!.id).toBe('kubernetes+docker+etcd+runc+flannel+opa');
  });

  it('removeLayer(policy): its four technologies, the rule on OPA-Wasm; patterns lose the slot', () => {
    const result = removeLayer(seed, 'policy');
    if (!result.ok) throw new Error('refused');
    expect(result.removed).toEqual({
      technologies: ['opa', 'opa-wasm', 'kyverno', 'gatekeeper'],
      rules: ['opa-wasm-host'],
      rulesChanged: [],
      includes: [],
      patterns: [],
    });
    expect(result.catalogue.layers.map((l) => l.id)).not.toContain('policy');
    expect(
      result.catalogue.scenarios.every((s) => s.variants.every((v) => !('policy' in v.stack))),
    );
    expect(valid(result.catalogue)).toBe(true);
    expect(preparedFor(result.catalogue).stacks).toHaveLength(432 / 4);
  });

  it('removeLayer(runtime): a case left with no slot goes; refuses the last layer', () => {
    const result = removeLayer(seed, 'runtime');
    if (!result.ok) throw new Error('refused');
    expect(result.removed.rules).toEqual(['wasmedge-needs-crun', 'wasm-images-need-conversion']);
    expect(result.removed.rulesChanged).toEqual(['opa-wasm-host']);
    expect(result.removed.patterns).toEqual([{ kind: 'case', id: 'aws-lambda-wasm' }]);
    expect(valid(result.catalogue)).toBe(true);

    let c: Catalogue = seed;
    for (const id of ['runtime', 'ociRuntime', 'storage', 'network', 'policy']) {
      const r = removeLayer(c, id);
      if (!r.ok) throw new Error(id);
      c = r.catalogue;
    }
    expect(c.layers.map((l) => l.id)).toEqual(['orchestration']);
    expect(valid(c)).toBe(true);
    expect(removeLayer(c, 'orchestration')).toEqual({ ok: false, reason: 'lastLayer' });
  });
});

const security: DimensionInput = {
  name: { en: 'Security', zh: '安全' },
  indicators: { en: 'network-policy support', zh: '网络策略支持' },
  defaultWeight: 2,
  metrics: [{ fact: 'networkPolicy', rule: 'policySupport' }],
  aggregation: 'min',
  source: 'team policy',
};

describe('dimensions', () => {
  it('addDimension: id from the name, user source; updateDimension changes fields', () => {
    const next = addDimension(seed, security);
    expect(next.dimensions.at(-1)).toEqual({
      id: 'security',
      name: security.name,
      indicators: security.indicators,
      defaultWeight: 2,
      metrics: security.metrics,
      aggregation: 'min',
      source: 'user',
      entered: { source: 'team policy' },
    });
    expect(valid(next)).toBe(true);
    expect(addDimension(next, security).dimensions.at(-1)!.id).toBe('security-2');
    const changed = updateDimension(next, 'security', {
      name: { en: 'Safety', zh: '安全性' },
      aggregation: 'mean',
      defaultWeight: 4,
      metrics: [{ fact: 'complexPolicies', rule: 'bool' }],
    });
    expect(changed.dimensions.at(-1)).toEqual({
      ...next.dimensions.at(-1),
      name: { en: 'Safety', zh: '安全性' },
      aggregation: 'mean',
      defaultWeight: 4,
      metrics: [{ fact: 'complexPolicies', rule: 'bool' }],
    });
    expect(valid(changed)).toBe(true);
  });
});

describe('rules', () => {
  it('requires, excludes and warns become invalid / invalid / warning rules with user sources', () => {
    let c = addRule(seed, {
      kind: 'requires',
      technology: 'kyverno',
      others: ['etcd', 'external-db'],
      reason,
      source: 'team',
    });
    c = addRule(c, {
      kind: 'excludes',
      technology: 'kubernetes',
      others: ['flannel'],
      reason,
      source: 'team',
    });
    c = addRule(c, { kind: 'warns', technology: 'k3s', others: [], reason, source: 'team' });
    c = addRule(c, {
      kind: 'warns',
      technology: 'calico',
      others: [],
      unless: ['etcd'],
      reason,
      source: 'team',
    });
    const user = { reason, source: 'user', entered: { source: 'team' } };
    expect(c.compatibility.slice(-4)).toEqual([
      {
        id: 'requires-kyverno-etcd-external-db',
        severity: 'invalid',
        when: ['kyverno'],
        unless: ['etcd', 'external-db'],
        ...user,
      },
      {
        id: 'excludes-kubernetes-flannel',
        severity: 'invalid',
        when: ['kubernetes', 'flannel'],
        ...user,
      },
      { id: 'warns-k3s', severity: 'warning', when: ['k3s'], ...user },
      { id: 'warns-calico-etcd', severity: 'warning', when: ['calico'], unless: ['etcd'], ...user },
    ]);
    expect(c.compatibility.slice(-4).map(ruleKindOf)).toEqual([
      'requires',
      'excludes',
      'warns',
      'warns',
    ]);
    expect(valid(c)).toBe(true);
    // Of the 240 valid stacks, 60 run Kubernetes (etcd only; 5 runtime pairs × 3 networks × 4
    // policies), 20 of them on flannel; Kyverno on sqlite (K3s only: 5 pairs × 3 networks) is 15.
    expect(validStacks(c)).toBe(240 - 20 - 15);
  });

  it('the seed rules read as excludes / warns / warns-with-unless', () => {
    expect(seed.compatibility.map((r) => [r.id, ruleKindOf(r)])).toEqual([
      ['k8s-needs-etcd-not-sqlite', 'excludes'],
      ['k8s-needs-etcd-not-external-db', 'excludes'],
      ['wasmedge-needs-crun', 'excludes'],
      ['wasm-images-need-conversion', 'warns'],
      ['sqlite-single-node', 'warns'],
      ['sqlite-etcd-migration', 'warns'],
      ['flannel-basic-policy', 'warns'],
      ['opa-wasm-host', 'warns'],
    ]);
  });

  it('updateRule rewrites a seed rule as a user rule with the same id; deleteRule removes it', () => {
    const next = updateRule(seed, 'wasmedge-needs-crun', {
      kind: 'requires',
      technology: 'wasmedge',
      others: ['crun'],
      reason,
      source: 'team benchmark',
    });
    expect(next.compatibility[2]).toEqual({
      id: 'wasmedge-needs-crun',
      severity: 'invalid',
      when: ['wasmedge'],
      unless: ['crun'],
      reason,
      ...userSource('team benchmark'),
    });
    expect(validStacks(next)).toBe(240);
    const without = deleteRule(seed, 'wasmedge-needs-crun');
    expect(without.compatibility.map((r) => r.id)).not.toContain('wasmedge-needs-crun');
    expect(validStacks(without)).toBe(240 + 48);
  });
});

describe('ranking an edited catalogue', () => {
  it('Podman as a runtime: 240 valid stacks become 336 (96 Podman stacks: no Kubernetes + sqlite / external DB)', () => {
    expect(validStacks(seed)).toBe(240);
    const next = addTechnology(seed, podman);
    expect(preparedFor(next).stacks).toHaveLength(432 + 144);
    expect(validStacks(next)).toBe(336);
  });

  it('a gateway layer with Kong and Traefik doubles the stacks exactly', () => {
    const next = withGatewayLayer(seed);
    expect(preparedFor(seed).stacks).toHaveLength(432);
    expect(preparedFor(next).stacks).toHaveLength(864);
    expect(validStacks(next)).toBe(480);
    expect(preparedFor(next).stacks[0]!.id).toBe('kubernetes+docker+runc+etcd+flannel+opa+kong');
  });

  it('7 layers and 8 dimensions rank: every total is Σ wᵢ·fᵢ with the normalised weights', () => {
    const footprint: DimensionInput = {
      name: { en: 'Footprint', zh: '占用' },
      indicators: { en: 'memory', zh: '内存' },
      defaultWeight: 1.5,
      metrics: [{ fact: 'memoryFootprint', rule: 'lowerLog' }],
      aggregation: 'mean',
      source: 'team',
    };
    const layered = withGatewayLayer(seed);
    const next = addDimension(addDimension(layered, security), footprint);
    expect(valid(next)).toBe(true);
    expect(next.layers).toHaveLength(7);
    expect(next.dimensions.map((d) => d.id)).toEqual([
      'resource',
      'performance',
      'scale',
      'availability',
      'cost',
      'maturity',
      'security',
      'footprint',
    ]);
    const weights = presetWeights(next, scenarioIn(next, DEFAULT_SCENARIO_ID));
    expect(weights).toEqual({
      resource: 3,
      performance: 3,
      scale: 2,
      availability: 2,
      cost: 2,
      maturity: 1,
      security: 2,
      footprint: 1.5,
    });
    const rows = rankFor(next, defaultInputs(next).requirements, weights, {
      mode: 'scoreOnly',
      showInvalid: true,
    });
    expect(rows).toHaveLength(864);
    const w = normaliseWeights(weights);
    expect(Object.values(w).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    for (const row of rows) {
      expect(Object.keys(row.dimensions).sort()).toEqual(Object.keys(weights).sort());
      const sum = Object.keys(w).reduce((s, d) => s + w[d]! * (row.dimensions[d] ?? 0), 0);
      expect(row.total).toBeCloseTo(sum, 12);
    }
    // The security dimension scores a stack by its weakest network policy support (min).
    const flannel = rows.find((r) => r.stack.parts.network === 'flannel')!;
    const cilium = rows.find((r) => r.stack.parts.network === 'cilium')!;
    expect(flannel.dimensions.security).toBeLessThan(cilium.dimensions.security!);
    // Score order, invalid stacks last (then again by score).
    const firstInvalid = rows.findIndex((r) => r.stack.status === 'invalid');
    expect(firstInvalid).toBe(480);
    for (let i = 1; i < rows.length; i++) {
      if (i === firstInvalid) continue;
      expect(rows[i - 1]!.total).toBeGreaterThanOrEqual(rows[i]!.total - 1e-9);
    }
  });
});

describe('user-entered marks', () => {
  it('userSource trims what the user typed', () => {
    expect(userSource('  team estimate ')).toEqual({
      source: 'user',
      entered: { source: 'team estimate' },
    });
  });

  it('the fixtures the tests use carry user sources', () => {
    const facts = Object.values(podman.facts) as Technology['facts'][keyof Technology['facts']][];
    expect(facts.every((f) => f?.source === 'user' && f.entered !== undefined)).toBe(true);
    expect(gatewayLayer.source).toBe('user');
  });
});
