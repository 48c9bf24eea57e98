import { describe, expect, it } from 'vitest';
import { seedCatalogue } from '../catalogue/seed-catalogue';
import type { Requirements } from '../catalogue/types';
import { matchStack, memoryFootprint, worse } from './match';
import { CLOUD_STACK, EDGE_STACK, partsOf, requirements } from './test-fixtures';
import type { MatchCheck } from './types';

const byId = new Map(seedCatalogue.technologies.map((t) => [t.id, t]));
const match = (stack: string, req: Partial<Requirements>) =>
  matchStack(partsOf(stack), byId, requirements(req));
/** The checks of one criterion as [layer, status, reason code, reason values]. */
const checks = (stack: string, req: Partial<Requirements>, criterion: MatchCheck['criterion']) =>
  match(stack, req)
    .checks.filter((c) => c.criterion === criterion)
    .map((c) => [c.layer, c.status, c.code, c.values]);

describe('worse', () => {
  it('orders mismatch > partial > match', () => {
    expect(worse('match', 'partial')).toBe('partial');
    expect(worse('mismatch', 'partial')).toBe('mismatch');
    expect(worse('match', 'match')).toBe('match');
  });
});

describe('nodes', () => {
  it('checks every layer with a node range: K3s, sqlite, flannel on the edge stack', () => {
    expect(checks(EDGE_STACK, { nodes: 1 }, 'nodes')).toEqual([
      ['orchestration', 'match', 'nodesWithin', { technology: 'k3s', cap: 1000, nodes: 1 }],
      ['storage', 'match', 'nodesWithin', { technology: 'sqlite', cap: 1, nodes: 1 }],
      ['network', 'match', 'nodesWithin', { technology: 'flannel', cap: 1000, nodes: 1 }],
    ]);
  });

  it('K3s beyond 1000 nodes is a mismatch; flannel’s read-in cap only partial', () => {
    expect(checks('k3s+docker+runc+etcd+flannel+opa', { nodes: 2000 }, 'nodes')).toEqual([
      ['orchestration', 'mismatch', 'nodesOver', { technology: 'k3s', cap: 1000, nodes: 2000 }],
      [
        'storage',
        'match',
        'nodesWithin',
        { technology: 'etcd', cap: 10000, orMore: true, nodes: 2000 },
      ],
      ['network', 'partial', 'nodesSoftCap', { technology: 'flannel', cap: 1000, nodes: 2000 }],
    ]);
  });

  it('1000 nodes still fit K3s; 1001 do not', () => {
    expect(match('k3s+docker+runc+etcd+calico+opa', { nodes: 1000 }).status).toBe('match');
    expect(match('k3s+docker+runc+etcd+calico+opa', { nodes: 1001 }).status).toBe('mismatch');
  });

  it('flannel alone out of range makes the stack partial', () => {
    const r = match('kubernetes+docker+runc+etcd+flannel+opa', { nodes: 5000 });
    expect(r.status).toBe('partial');
    expect(r.layers.network).toBe('partial');
    expect(r.layers.orchestration).toBe('match');
  });
});

describe('memory budget', () => {
  it('sums K3s 250 + WasmEdge 2–50 + OPA-Wasm 2 = 254–302 MB', () => {
    const techs = Object.values(partsOf(EDGE_STACK)).map((id) => byId.get(id)!);
    expect(memoryFootprint(techs)).toEqual([254, 302]);
  });

  it('sums Kubernetes 512 + Docker 18–500 + Gatekeeper 30 = 560–1042 MB', () => {
    const techs = Object.values(partsOf(CLOUD_STACK)).map((id) => byId.get(id)!);
    expect(memoryFootprint(techs)).toEqual([560, 1042]);
  });

  it('matches at 302 MB, is partial at 300, a mismatch at 253', () => {
    expect(checks(EDGE_STACK, { memoryPerNodeMB: 302 }, 'memory')).toEqual([
      ['stack', 'match', 'memoryFootprint', { low: 254, high: 302, budget: 302 }],
    ]);
    expect(checks(EDGE_STACK, { memoryPerNodeMB: 300 }, 'memory')).toEqual([
      ['stack', 'partial', 'memoryFootprint', { low: 254, high: 302, budget: 300 }],
    ]);
    expect(checks(EDGE_STACK, { memoryPerNodeMB: 253 }, 'memory')[0]![1]).toBe('mismatch');
  });

  it('is a stack-level check: it sets the status but no layer', () => {
    const r = match(CLOUD_STACK, { memoryPerNodeMB: 512 });
    expect(r.status).toBe('mismatch');
    expect(Object.values(r.layers)).toEqual(Array(6).fill('match'));
  });

  it('is not checked without a budget', () => {
    expect(checks(EDGE_STACK, {}, 'memory')).toEqual([]);
  });
});

describe('cold start', () => {
  it('10 ms: WasmEdge 6–10 ms matches, Docker 1–2 s does not', () => {
    expect(checks(EDGE_STACK, { coldStartMs: 10 }, 'coldStart')).toEqual([
      [
        'runtime',
        'match',
        'coldStartWithin',
        { technology: 'wasmedge', min: 6, max: 10, bound: 10 },
      ],
    ]);
    expect(checks(CLOUD_STACK, { coldStartMs: 10 }, 'coldStart')).toEqual([
      [
        'runtime',
        'mismatch',
        'coldStartOver',
        { technology: 'docker', min: 1000, max: 2000, bound: 10 },
      ],
    ]);
  });

  it('8 ms: WasmEdge is only partly within', () => {
    expect(checks(EDGE_STACK, { coldStartMs: 8 }, 'coldStart')).toEqual([
      [
        'runtime',
        'partial',
        'coldStartPartly',
        { technology: 'wasmedge', min: 6, max: 10, bound: 8 },
      ],
    ]);
    expect(checks(EDGE_STACK, { coldStartMs: 5 }, 'coldStart')[0]![1]).toBe('mismatch');
  });
});

describe('offline and high availability', () => {
  it('offline checks orchestration and storage only', () => {
    expect(checks(EDGE_STACK, { offline: true }, 'offline')).toEqual([
      [
        'orchestration',
        'match',
        'boolYes',
        { technology: 'k3s', note: { zh: '工业 IoT 案例', en: 'the industrial IoT case' } },
      ],
      [
        'storage',
        'match',
        'boolYes',
        {
          technology: 'sqlite',
          note: { zh: '本地存储，支持离线运行', en: 'local storage, runs offline' },
        },
      ],
    ]);
  });

  it('offline: Kubernetes has no figure (partial), etcd is weak at it (⭐⭐, a 17.6.3 reading: partial)', () => {
    expect(checks(CLOUD_STACK, { offline: true }, 'offline')).toEqual([
      ['orchestration', 'partial', 'notStated', { technology: 'kubernetes' }],
      ['storage', 'partial', 'starsRating', { technology: 'etcd', stars: 2, reading: true }],
    ]);
  });

  it('offline: an external DB is read as not working offline (mismatch, marked as a reading)', () => {
    expect(
      checks('k3s+docker+runc+external-db+flannel+opa', { offline: true }, 'offline')[1],
    ).toEqual(['storage', 'mismatch', 'boolNo', { technology: 'external-db', reading: true }]);
  });

  it('HA checks storage only: sqlite is a single point of failure, etcd Raft', () => {
    expect(checks(EDGE_STACK, { highAvailability: true }, 'highAvailability')).toEqual([
      [
        'storage',
        'mismatch',
        'boolNo',
        { technology: 'sqlite', note: { zh: '单点', en: 'single point of failure' } },
      ],
    ]);
    expect(checks(CLOUD_STACK, { highAvailability: true }, 'highAvailability')).toEqual([
      [
        'storage',
        'match',
        'boolYes',
        { technology: 'etcd', note: { zh: '强一致（Raft）', en: 'strongly consistent (Raft)' } },
      ],
    ]);
  });
});

describe('network policy: the gap in none < basic < full < l7', () => {
  const statusOf = (network: string, required: Requirements['networkPolicy']) =>
    checks(`k3s+docker+runc+etcd+${network}+opa`, { networkPolicy: required }, 'networkPolicy');

  it('none required: no check', () => {
    expect(statusOf('flannel', 'none')).toEqual([]);
  });

  it('gap 0 match, gap 1 partial, gap 2 mismatch', () => {
    expect(statusOf('flannel', 'basic')).toEqual([
      [
        'network',
        'match',
        'networkPolicy',
        { technology: 'flannel', level: 'basic', required: 'basic' },
      ],
    ]);
    expect(statusOf('flannel', 'full')).toEqual([
      [
        'network',
        'partial',
        'networkPolicy',
        { technology: 'flannel', level: 'basic', required: 'full' },
      ],
    ]);
    expect(statusOf('flannel', 'l7')[0]![1]).toBe('mismatch');
    expect(statusOf('calico', 'l7')[0]![1]).toBe('partial');
    expect(statusOf('cilium', 'l7')[0]![1]).toBe('match');
    expect(statusOf('cilium', 'basic')[0]![1]).toBe('match');
  });
});

describe('policy complexity and an existing database', () => {
  it('complex policies: Kyverno partial (a reading: the seed calls it simple, not incapable), OPA-Wasm match; simple ones are not checked', () => {
    expect(
      checks(
        'k3s+docker+runc+etcd+calico+kyverno',
        { policyComplexity: 'complex' },
        'policyComplexity',
      ),
    ).toEqual([['policy', 'partial', 'simplePolicies', { technology: 'kyverno', reading: true }]]);
    expect(checks(EDGE_STACK, { policyComplexity: 'complex' }, 'policyComplexity')).toEqual([
      ['policy', 'match', 'complexPolicies', { technology: 'opa-wasm' }],
    ]);
    expect(
      checks(
        'k3s+docker+runc+etcd+calico+kyverno',
        { policyComplexity: 'simple' },
        'policyComplexity',
      ),
    ).toEqual([]);
  });

  it('existing database: external DB match, etcd partial', () => {
    expect(
      checks(
        'k3s+docker+runc+external-db+calico+opa',
        { existingDatabase: true },
        'existingDatabase',
      ),
    ).toEqual([['storage', 'match', 'reusesDatabase', { technology: 'external-db' }]]);
    expect(checks(CLOUD_STACK, { existingDatabase: true }, 'existingDatabase')).toEqual([
      ['storage', 'partial', 'ownDatabase', { technology: 'etcd' }],
    ]);
  });
});

describe('stack status is the worst of its checks', () => {
  it('the edge stack under large-scale requirements', () => {
    const r = match(EDGE_STACK, {
      nodes: 2000,
      highAvailability: true,
      networkPolicy: 'full',
      policyComplexity: 'complex',
    });
    expect(r.layers).toEqual({
      orchestration: 'mismatch',
      runtime: 'match',
      ociRuntime: 'match',
      storage: 'mismatch',
      network: 'partial',
      policy: 'match',
    });
    expect(r.status).toBe('mismatch');
  });

  it('partial when the worst is partial, match with open requirements', () => {
    expect(match(EDGE_STACK, { coldStartMs: 8 }).status).toBe('partial');
    expect(match(EDGE_STACK, {}).status).toBe('match');
    expect(match(CLOUD_STACK, {}).checks).toHaveLength(3);
  });

  it('throws on a technology the catalogue does not have', () => {
    expect(() => match('k3s+nope+crun+sqlite+flannel+opa', {})).toThrow(
      'matchStack: unknown technology "nope"',
    );
  });
});

describe('site, Alpha APIs and GPU (17.8.2, 17.3.1, 17.4.4)', () => {
  const K8S_WASM = 'kubernetes+wasmedge+crun+etcd+calico+opa-wasm';

  it('an edge site rules Kubernetes out (“K3s（必须）”) and checks the layers 17.8.2 labels', () => {
    expect(checks(K8S_WASM, { site: 'edge' }, 'site')).toEqual([
      ['orchestration', 'mismatch', 'edgeUnfit', { technology: 'kubernetes', reading: true }],
    ]);
    expect(checks(EDGE_STACK, { site: 'edge' }, 'site')).toEqual([
      ['orchestration', 'match', 'edgeSuits', { technology: 'k3s' }],
      ['storage', 'match', 'edgeSuits', { technology: 'sqlite' }],
      ['network', 'match', 'edgeSuits', { technology: 'flannel' }],
    ]);
  });

  it('a cloud site leaves the edge side workable but out of spec (partial)', () => {
    expect(checks(EDGE_STACK, { site: 'cloud' }, 'site')).toEqual([
      ['orchestration', 'partial', 'cloudEdgeSide', { technology: 'k3s', reading: true }],
      ['storage', 'partial', 'cloudEdgeSide', { technology: 'sqlite', reading: true }],
      ['network', 'partial', 'cloudEdgeSide', { technology: 'flannel', reading: true }],
    ]);
    expect(match(K8S_WASM, { site: 'cloud' }).status).toBe('match');
  });

  it('Alpha APIs: Kubernetes matches, K3s is partial (a reading of the 17.3.1 tree)', () => {
    expect(checks(K8S_WASM, { alphaApi: true }, 'alphaApi')).toEqual([
      ['orchestration', 'match', 'alphaOffers', { technology: 'kubernetes' }],
    ]);
    expect(checks(EDGE_STACK, { alphaApi: true }, 'alphaApi')).toEqual([
      ['orchestration', 'partial', 'alphaElsewhere', { technology: 'k3s', reading: true }],
    ]);
  });

  it('GPU: WasmEdge has the GPU Plugin; the seed states nothing for Docker (partial)', () => {
    expect(checks(EDGE_STACK, { gpu: true }, 'gpu')).toEqual([
      [
        'runtime',
        'match',
        'boolYes',
        { technology: 'wasmedge', note: { zh: 'WasmEdge GPU Plugin', en: 'WasmEdge GPU Plugin' } },
      ],
    ]);
    expect(checks('k3s+docker+runc+sqlite+flannel+opa', { gpu: true }, 'gpu')).toEqual([
      ['runtime', 'partial', 'notStated', { technology: 'docker' }],
    ]);
  });
});
