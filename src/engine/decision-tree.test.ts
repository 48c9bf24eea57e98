import { describe, expect, it } from 'vitest';

import { openRequirements, scenarios } from '../catalogue/scenarios';
import { GLOBAL_TREE, walkTree } from './decision-tree';
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
      edge: false,
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
    expect(path.taken[0]!.because).toEqual(['edge']);
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
      'policy:opa-wasm',
    ]);
    expect(path.recommendation.network).toEqual(['calico', 'cilium']);
    expect(path.taken[4]!.because).toEqual(['largeScale', 'networkPolicy']);
    expect(path.taken[5]!.because).toEqual(['complexPolicy']);
  });

  it('falls through to the defaults with open requirements', () => {
    const path = walkTree(GLOBAL_TREE, treeSignals(openRequirements, 'default'));
    expect(branchIds(path)).toEqual([
      'scenario:hybrid',
      'orchestration:k3s-default',
      'runtime:docker-default',
      'storage:sqlite',
      'network:flannel',
      'policy:opa-wasm-default',
    ]);
    expect(path.taken.map((l) => l.because.length)).toEqual([0, 0, 0, 1, 1, 0]);
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

  it('edge requires K3s whatever the requirements', () => {
    const path = walkTree(
      SCENARIO_TREES.edge,
      treeSignals({ ...openRequirements, nodes: 5000 }, 'edge'),
    );
    expect(path.recommendation.orchestration).toEqual(['k3s']);
    expect(path.taken).toHaveLength(5);
  });
});
