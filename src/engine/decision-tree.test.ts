import { describe, expect, it } from 'vitest';

import { openRequirements, scenarios } from '../catalogue/scenarios';
import { GLOBAL_TREE, SELECTION_TREES, walkTree } from './decision-tree';
import { SCENARIO_TREES } from './scenario-trees';
import { treeSignals } from './tree-signals';

const scenario = (id: string) => scenarios.find((s) => s.id === id)!;
const branchIds = (path: ReturnType<typeof walkTree>) =>
  path.taken.map((l) => `${l.levelId}:${l.branch.id}`);

describe('treeSignals', () => {
  it('answers the tree questions from the requirements and scenario', () => {
    expect(
      treeSignals(
        { ...openRequirements, nodes: 1001, memoryPerNodeMB: 559, coldStartMs: 999 },
        null,
      ),
    ).toEqual({
      edgeScenario: false,
      edge: false,
      cloud: false,
      resourceConstrained: true,
      serverless: false,
      aiInference: false,
      largeScale: true,
      fastStart: true,
      highDensity: false,
      singleNode: false,
      existingDatabase: false,
      smallCluster: false,
      networkPolicy: false,
      complexPolicy: false,
      simplePolicy: false,
      alphaApi: false,
      traditionalContainers: false,
    });
  });

  it('reads “边缘单节点” (17.8.1 level 4) as an edge site with one node, not any single node', () => {
    expect(treeSignals(openRequirements, null).singleNode).toBe(false);
    expect(treeSignals({ ...openRequirements, site: 'edge' }, null).singleNode).toBe(true);
    expect(treeSignals({ ...openRequirements, site: 'edge', nodes: 2 }, null).singleNode).toBe(
      false,
    );
    expect(treeSignals({ ...openRequirements, site: 'cloud' }, null)).toMatchObject({
      cloud: true,
      edge: false,
    });
  });

  it('puts the thresholds exactly at the seed figures', () => {
    const at = treeSignals(
      { ...openRequirements, nodes: 1000, memoryPerNodeMB: 560, coldStartMs: 1000 },
      null,
    );
    expect([at.largeScale, at.smallCluster, at.resourceConstrained, at.fastStart]).toEqual([
      false,
      true,
      false,
      false,
    ]);
    expect(treeSignals({ ...openRequirements, offline: true }, null).edge).toBe(true);
    expect(treeSignals(openRequirements, 'serverless')).toMatchObject({
      serverless: true,
      highDensity: true,
    });
  });
});

describe('walkTree on the global tree (17.8.1)', () => {
  it('takes the edge path for the edge scenario and recommends the 17.4.2 stack', () => {
    const edge = scenario('edge');
    const path = walkTree(GLOBAL_TREE, treeSignals(edge.requirements, 'edge'));
    expect(branchIds(path)).toEqual([
      'scenario:edge',
      'orchestration:k3s',
      'runtime:wasm',
      'storage:sqlite',
      'network:flannel',
      'policy:opa-wasm',
    ]);
    expect(path.recommendation).toEqual({
      orchestration: ['k3s'],
      runtime: ['wasmedge'],
      ociRuntime: ['crun'],
      storage: ['sqlite'],
      network: ['flannel'],
      policy: ['opa-wasm'],
    });
    expect(path.taken[0]!.because).toEqual(['edgeScenario']);
  });

  it('takes the cloud-native path for large-scale production', () => {
    const large = scenario('large-scale');
    const path = walkTree(GLOBAL_TREE, treeSignals(large.requirements, 'large-scale'));
    expect(branchIds(path)).toEqual([
      'scenario:cloud',
      'orchestration:k8s',
      'runtime:docker-default',
      'storage:etcd',
      'network:calico-cilium',
      'policy:opa-wasm-default',
    ]);
    expect(path.recommendation.network).toEqual(['calico', 'cilium']);
    expect(path.taken[4]!.because).toEqual(['largeScale']);
    // 17.8.1's level 6 has no branch for large clusters: OPA-Wasm (recommended), where 17.4.1
    // names OPA + Gatekeeper — the seed's two sections disagree.
    expect(path.recommendation.policy).toEqual(['opa-wasm']);
  });

  it('falls through to the defaults with open requirements', () => {
    const path = walkTree(GLOBAL_TREE, treeSignals(openRequirements, 'default'));
    expect(branchIds(path)).toEqual([
      'scenario:hybrid',
      'orchestration:k3s-default',
      'runtime:docker-default',
      'storage:sqlite-default',
      'network:flannel',
      'policy:opa-wasm-default',
    ]);
    expect(path.taken.map((l) => l.because.length)).toEqual([0, 0, 0, 0, 1, 0]);
  });

  it('uses the existing database only when the cluster is neither large nor a single node', () => {
    const path = walkTree(
      GLOBAL_TREE,
      treeSignals(
        { ...openRequirements, nodes: 5, existingDatabase: true, policyComplexity: 'simple' },
        null,
      ),
    );
    expect(path.recommendation.storage).toEqual(['external-db']);
    expect(path.recommendation.policy).toEqual(['kyverno']);
  });
});

describe('scenario trees (17.8.2)', () => {
  it('serverless picks K3s-side layers for small clusters and Kubernetes-side for large ones', () => {
    const small = walkTree(
      SCENARIO_TREES.serverless,
      treeSignals({ ...openRequirements, nodes: 10 }, 'serverless'),
    );
    expect(small.recommendation).toEqual({
      orchestration: ['k3s'],
      runtime: ['wasmedge'],
      ociRuntime: ['crun'],
      storage: ['sqlite'],
      network: ['flannel'],
      policy: ['opa-wasm'],
    });
    const large = walkTree(
      SCENARIO_TREES.serverless,
      treeSignals({ ...openRequirements, nodes: 5000 }, 'serverless'),
    );
    expect([
      large.recommendation.orchestration,
      large.recommendation.storage,
      large.recommendation.network,
    ]).toEqual([['kubernetes'], ['etcd'], ['calico']]);
  });

  it('AI inference splits on the site: K3s（边缘）or Kubernetes（云端）, whatever the node count', () => {
    const cloud = walkTree(
      SCENARIO_TREES['ai-inference'],
      treeSignals({ ...openRequirements, nodes: 50, site: 'cloud' }, 'ai-inference'),
    );
    expect([
      cloud.recommendation.orchestration,
      cloud.recommendation.storage,
      cloud.recommendation.network,
    ]).toEqual([['kubernetes'], ['etcd'], ['calico']]);
    const edge = walkTree(
      SCENARIO_TREES['ai-inference'],
      treeSignals({ ...openRequirements, nodes: 5000, site: 'edge' }, 'ai-inference'),
    );
    expect(edge.recommendation.orchestration).toEqual(['k3s']);
  });

  it('edge requires K3s whatever the requirements', () => {
    const path = walkTree(
      SCENARIO_TREES.edge,
      treeSignals({ ...openRequirements, nodes: 5000 }, 'edge'),
    );
    expect(path.recommendation.orchestration).toEqual(['k3s']);
    expect(path.taken).toHaveLength(5);
  });
});

describe('the 17.3 selection trees', () => {
  const [orchestration, runtime] = SELECTION_TREES;
  const pick = (tree: (typeof SELECTION_TREES)[number], req: Partial<typeof openRequirements>) =>
    walkTree([tree.level], treeSignals({ ...openRequirements, ...req }, null)).taken[0]!.branch.id;

  it('17.3.1: Alpha APIs call for Kubernetes, unless the site is edge or constrained', () => {
    expect(orchestration!.section).toBe('17.3.1');
    expect(pick(orchestration!, { alphaApi: true })).toBe('k8s-alpha');
    expect(pick(orchestration!, { alphaApi: true, site: 'edge' })).toBe('k3s-edge');
    expect(pick(orchestration!, { nodes: 1001, site: 'edge' })).toBe('k8s-large');
    expect(pick(orchestration!, {})).toBe('k3s-default');
  });

  it('17.3.2: a resource-constrained site takes WasmEdge + crun; otherwise Docker + runc (default, mature)', () => {
    expect(runtime!.section).toBe('17.3.2');
    expect(pick(runtime!, { memoryPerNodeMB: 256, coldStartMs: 5000 })).toBe('wasm-constrained');
    expect(pick(runtime!, { coldStartMs: 10 })).toBe('wasm-start');
    expect(pick(runtime!, {})).toBe('docker-default');
    expect(pick(runtime!, { coldStartMs: 5000 })).toBe('docker-default');
  });
});
