import { describe, expect, it } from 'vitest';

import type { StackPattern } from '../../catalogue/types';
import type { RankingRow } from '../../engine/evaluate';
import type { MatchCheck } from '../../engine/types';
import { treeVsRanking } from './tree-vs-ranking';

const LAYERS = ['orchestration', 'runtime', 'ociRuntime', 'storage', 'network', 'policy'] as const;

/** A ranking row; `total` defaults to the weighted score under `weights` below. */
function row(
  id: string,
  dims: number[],
  match: RankingRow['match']['status'] = 'match',
  checks: MatchCheck[] = [],
  total = weightedTotal(dims),
): RankingRow {
  const ids = id.split('+');
  const parts = Object.fromEntries(
    LAYERS.map((l, i) => [l, ids[i]!]),
  ) as RankingRow['stack']['parts'];
  const [resource, performance, scale, availability, cost, maturity] = dims as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return {
    stack: { id, parts, status: 'valid', reasons: [] },
    dimensions: { resource, performance, scale, availability, cost, maturity },
    match: { status: match, layers: {} as RankingRow['match']['layers'], checks },
    caseIds: [],
    rank: 0,
    total,
  };
}

const weights = { resource: 4, performance: 3, scale: 0, availability: 2, cost: 0, maturity: 1 };
const weightedTotal = (dims: number[]) =>
  (4 * dims[0]! + 3 * dims[1]! + 2 * dims[3]! + dims[5]!) / 10;
const flannelTree: StackPattern = { orchestration: ['k3s'], network: ['flannel'] };

describe('treeVsRanking', () => {
  it('agrees when #1 follows the tree', () => {
    const top = row('k3s+w+c+s+flannel+p', [1, 1, 1, 1, 1, 1]);
    const next = row('k3s+w+c+s+calico+p', [0.5, 0.5, 0.5, 0.5, 0.5, 0.5]);
    expect(treeVsRanking(flannelTree, [top, next], weights)).toEqual({
      kind: 'agree',
      leaders: [top],
      following: [top],
    });
  });

  it('agrees when any co-recommended stack follows the tree, whichever comes first by id', () => {
    const calico = row('k3s+w+c+s+calico+p', [1, 1, 1, 1, 1, 1]);
    const flannel = row('k3s+w+c+s+flannel+p', [1, 1, 1, 1, 1, 1]);
    expect(treeVsRanking(flannelTree, [calico, flannel], weights)).toEqual({
      kind: 'agree',
      leaders: [calico, flannel],
      following: [flannel],
    });
  });

  it('counts a layer as different only when no co-recommended stack takes the tree’s pick', () => {
    // The large-scale tie: containerd and Docker share #1; the tree picks Docker + OPA-Wasm.
    const tree: StackPattern = { runtime: ['docker'], policy: ['opa-wasm'] };
    const containerd = row('kubernetes+containerd+runc+etcd+calico+gatekeeper', [1, 1, 1, 1, 1, 1]);
    const docker = row('kubernetes+docker+runc+etcd+calico+gatekeeper', [1, 1, 1, 1, 1, 1]);
    const follower = row('kubernetes+docker+runc+etcd+calico+opa-wasm', [1, 1, 1, 1, 1, 0.5]);
    const verdict = treeVsRanking(tree, [containerd, docker, follower], weights);
    expect(verdict).toMatchObject({
      kind: 'differ',
      leaders: [containerd, docker],
      treeStack: follower,
      layers: ['policy'],
      decidedBy: 'maturity',
      evenLead: true,
      failedChecks: [],
    });
    expect(verdict?.kind === 'differ' && verdict.gap).toBeCloseTo(0.05, 12);
  });

  it('takes the smallest lead of a near-tied group over the tree’s stack', () => {
    const a = row('k3s+w+c+s+calico+p', [1, 1, 1, 1, 1, 1]);
    const b = row('k3s+w+c+s+cilium+p', [1, 1, 1, 1, 1, 0.98]);
    const tree = row('k3s+w+c+s+flannel+p', [0.5, 1, 1, 1, 1, 0.98]);
    const verdict = treeVsRanking(flannelTree, [a, b, tree], weights);
    expect(verdict).toMatchObject({
      kind: 'differ',
      leaders: [a, b],
      layers: ['network'],
      decidedBy: 'resource',
      evenLead: false,
    });
    // resource 0.4 · 0.5 = 0.2 over b; a leads by 0.002 more
    expect(verdict?.kind === 'differ' && verdict.gap).toBeCloseTo(0.2, 12);
  });

  it('names the layer and the weighted dimension that put #1 ahead of the tree’s stack', () => {
    const top = row('k3s+w+c+s+calico+p', [0.7, 0.75, 0.4, 1, 0.87, 0.6]);
    const tree = row('k3s+w+c+s+flannel+p', [0.7, 0.65, 0.4, 1, 0.97, 0.6]);
    const verdict = treeVsRanking(flannelTree, [top, tree], weights);
    expect(verdict).toMatchObject({
      kind: 'differ',
      layers: ['network'],
      decidedBy: 'performance',
      failedChecks: [],
    });
    // performance 0.3 · 0.1 = 0.03; cost has weight 0
    expect(verdict?.kind === 'differ' && verdict.gap).toBeCloseTo(0.03, 12);
    expect(verdict?.kind === 'differ' && verdict.treeStack?.stack.id).toBe('k3s+w+c+s+flannel+p');
  });

  it('says a rule decides when the tree’s stack fails a requirement', () => {
    const check: MatchCheck = {
      criterion: 'nodes',
      layer: 'network',
      status: 'partial',
      code: 'nodesSoftCap',
      values: { technology: 'flannel', cap: 1000, nodes: 2000 },
    };
    const top = row('kubernetes+w+c+s+calico+p', [0.1, 0.1, 0.1, 0.1, 0.1, 0.1]);
    const tree = row('k3s+w+c+s+flannel+p', [0.9, 0.9, 0.9, 0.9, 0.9, 0.9], 'partial', [check]);
    const verdict = treeVsRanking(flannelTree, [top, tree], weights);
    expect(verdict).toMatchObject({
      kind: 'differ',
      layers: ['orchestration', 'network'],
      decidedBy: null,
      failedChecks: [check],
    });
  });

  it('reports no tree stack when none is in the ranking', () => {
    const top = row('kubernetes+w+c+s+calico+p', [1, 1, 1, 1, 1, 1]);
    expect(treeVsRanking(flannelTree, [top], weights)).toMatchObject({
      kind: 'differ',
      treeStack: null,
      decidedBy: null,
    });
    expect(treeVsRanking(flannelTree, [], weights)).toBeNull();
  });
});
