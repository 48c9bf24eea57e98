import { describe, expect, it } from 'vitest';
import { seedCatalogue } from '../catalogue/seed-catalogue';
import type { CompatibilityRule } from '../catalogue/types';
import { buildStacks, checkCompatibility, stackId, statusOf } from './stacks';
import { EDGE_STACK, makeCatalogue, makeTechnology, partsOf } from './test-fixtures';

const seedStacks = buildStacks(seedCatalogue);
const byId = new Map(seedStacks.map((s) => [s.id, s]));
const layerOrder = seedCatalogue.layers.map((l) => l.id);

describe('buildStacks on the seed', () => {
  it('builds 2·3·2·3·3·4 = 432 stacks with distinct ids', () => {
    expect(seedStacks).toHaveLength(432);
    expect(byId.size).toBe(432);
  });

  it('writes ids in layer order joined by "+", first and last in catalogue order', () => {
    expect(seedStacks[0]!.id).toBe('kubernetes+docker+runc+etcd+flannel+opa');
    expect(seedStacks[1]!.id).toBe('kubernetes+docker+runc+etcd+flannel+opa-wasm');
    expect(seedStacks[431]!.id).toBe('k3s+wasmedge+crun+external-db+cilium+gatekeeper');
    expect(stackId(partsOf(EDGE_STACK), layerOrder)).toBe(EDGE_STACK);
    expect(byId.get(EDGE_STACK)!.parts).toEqual({
      orchestration: 'k3s',
      runtime: 'wasmedge',
      ociRuntime: 'crun',
      storage: 'sqlite',
      network: 'flannel',
      policy: 'opa-wasm',
    });
  });

  it('marks 192 stacks invalid: 72 K8s+sqlite, 72 K8s+external DB, 72 WasmEdge+runc, less 2·12 counted twice', () => {
    const count = (status: string) => seedStacks.filter((s) => s.status === status).length;
    expect(count('invalid')).toBe(72 + 72 + 72 - 12 - 12);
    // Valid: no WasmEdge, sqlite or flannel, no OPA-Wasm (no WasmEdge to host it):
    // K8s·2·2·etcd·2·3 = 24 plus K3s·2·2·2·2·3 = 48.
    expect(count('valid')).toBe(72);
    expect(count('warning')).toBe(432 - 192 - 72);
  });

  it('gives every rule that fires, in catalogue order', () => {
    const k8sWasmSqlite = byId.get('kubernetes+wasmedge+runc+sqlite+flannel+opa')!;
    expect(k8sWasmSqlite.status).toBe('invalid');
    expect(k8sWasmSqlite.reasons.map((r) => r.ruleId)).toEqual([
      'k8s-needs-etcd-not-sqlite',
      'wasmedge-needs-crun',
      'wasm-images-need-conversion',
      'sqlite-single-node',
      'flannel-basic-policy',
    ]);
  });

  it('gives the edge stack four warnings and their reasons', () => {
    const edge = byId.get(EDGE_STACK)!;
    expect(edge.status).toBe('warning');
    expect(edge.reasons.map((r) => [r.ruleId, r.severity, r.source])).toEqual([
      ['wasm-images-need-conversion', 'warning', '17.7.3'],
      ['sqlite-single-node', 'warning', '17.3.3'],
      ['sqlite-etcd-migration', 'warning', '17.7.3'],
      ['flannel-basic-policy', 'warning', '17.3.3'],
    ]);
    expect(edge.reasons[3]!.reason.en).toBe('flannel has only basic network-policy support.');
  });

  it('honours `unless`: OPA-Wasm warns with Docker, not with WasmEdge', () => {
    const withDocker = byId.get('k3s+docker+runc+etcd+calico+opa-wasm')!;
    expect(withDocker.status).toBe('warning');
    expect(withDocker.reasons.map((r) => r.ruleId)).toEqual(['opa-wasm-host']);
    const withWasmEdge = byId.get('k3s+wasmedge+crun+etcd+calico+opa-wasm')!;
    expect(withWasmEdge.reasons.map((r) => r.ruleId)).toEqual(['wasm-images-need-conversion']);
    expect(byId.get('k3s+docker+runc+etcd+calico+gatekeeper')!.status).toBe('valid');
  });
});

describe('checkCompatibility and statusOf on fixtures', () => {
  const rule = (over: Partial<CompatibilityRule>): CompatibilityRule => ({
    id: 'r',
    severity: 'warning',
    when: [],
    reason: { zh: '理由', en: 'reason' },
    source: '17.7.3',
    ...over,
  });
  const parts = partsOf('a+b+c+d+e+f');

  it('fires only when every `when` id is present and no `unless` id is', () => {
    const rules = [
      rule({ id: 'both', when: ['a', 'f'] }),
      rule({ id: 'missing', when: ['a', 'x'] }),
      rule({ id: 'unless-absent', when: ['b'], unless: ['x', 'y'] }),
      rule({ id: 'unless-present', when: ['b'], unless: ['x', 'c'] }),
    ];
    expect(checkCompatibility(parts, rules).map((h) => h.ruleId)).toEqual([
      'both',
      'unless-absent',
    ]);
  });

  it('ranks invalid over warning over valid', () => {
    const hits = checkCompatibility(parts, [
      rule({ id: 'w', when: ['a'] }),
      rule({ id: 'i', when: ['b'], severity: 'invalid' }),
    ]);
    expect(statusOf(hits)).toBe('invalid');
    expect(statusOf(hits.slice(0, 1))).toBe('warning');
    expect(statusOf([])).toBe('valid');
  });

  it('builds the cartesian product of a small catalogue in layer order', () => {
    const tech = (id: string, layer: (typeof layerOrder)[number]) => makeTechnology({ id, layer });
    const stacks = buildStacks(
      makeCatalogue({
        technologies: [
          tech('o1', 'orchestration'),
          tech('n1', 'network'),
          tech('o2', 'orchestration'),
          tech('r1', 'runtime'),
          tech('x1', 'ociRuntime'),
          tech('s1', 'storage'),
          tech('p1', 'policy'),
          tech('n2', 'network'),
        ],
      }),
    );
    expect(stacks.map((s) => s.id)).toEqual([
      'o1+r1+x1+s1+n1+p1',
      'o1+r1+x1+s1+n2+p1',
      'o2+r1+x1+s1+n1+p1',
      'o2+r1+x1+s1+n2+p1',
    ]);
  });
});
